// Members of struct values that are not lvalues: of a call, of ?:, of an assignment, of a comma.
int printf(const char *, ...);

struct s { int a; char c; short h; int arr[3]; };

static struct s make(int k) {
  struct s r = {k, (char)('a' + k), (short)(-k), {k, k * 2, k * 3}};
  return r;
}

int main(void) {
  struct s x = make(1), y = make(2), z;
  printf("%d %c %d %d\n", make(3).a, make(4).c, make(5).h, make(6).arr[2]);
  int pick = 1;
  printf("%d %d\n", (pick ? x : y).a, (!pick ? x : y).arr[1]);
  printf("%c\n", (z = y).c);
  printf("%d\n", (x.a++, y).h);
  int total = 0;
  for (int i = 0; i < 4; i++) total += make(i).arr[i % 3] + make(i).h;
  printf("total %d\n", total);
  return make(7).a + z.a;
}
