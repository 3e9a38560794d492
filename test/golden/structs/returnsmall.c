// Small structs returned from functions (1, 2, 4 and 8 bytes): still through memory on i386 Linux.
int printf(const char *, ...);

struct b1 { char c; };
struct b2 { char c, d; };
struct b4 { short s, t; };
struct b8 { int a; short b; char c; };

static struct b1 m1(int k) { struct b1 r = {(char)('a' + k)}; return r; }
static struct b2 m2(int k) { struct b2 r = {(char)k, (char)-k}; return r; }
static struct b4 m4(int k) { struct b4 r = {(short)(k * 100), (short)(-k * 100)}; return r; }
static struct b8 m8(int k) { struct b8 r = {k * 1000, (short)k, (char)('A' + k)}; return r; }

int main(void) {
  int sum = 0;
  for (int k = 0; k < 4; k++) {
    struct b1 a = m1(k);
    struct b2 b = m2(k);
    struct b4 c = m4(k);
    struct b8 d = m8(k);
    printf("%c %d %d %d %d %d %d %c\n", a.c, b.c, b.d, c.s, c.t, d.a, d.b, d.c);
    sum += a.c + b.d + c.t + d.b;
  }
  printf("%d\n", sum);
  return m8(2).c;
}
