// Stores through one pointer change what another pointer to the same object reads: the compiler
// must not keep the old value (no CSE across an aliasing store).
int printf(const char *, ...);

static int probe(int *p, int *q) {
  *p = 1;
  int a = *q;
  *p = 2;
  int b = *q;
  *q += 10;
  int c = *p;
  return a * 100 + b * 10 + c;
}

static int through_char(int *x, unsigned char *bytes) {
  int before = *x;
  bytes[0] = 0xff; /* a char store may alias anything */
  return *x - before;
}

int main(void) {
  int x = 0, y = 0;
  printf("same object: %d\n", probe(&x, &x));
  printf("different objects: %d\n", probe(&x, &y));
  int v = 0x100;
  printf("through char: %d\n", through_char(&v, (unsigned char *)&v));
  int arr[4] = { 1, 2, 3, 4 };
  int *p = &arr[1], *q = arr + 1;
  int s1 = *p + *q;
  *q = 50;
  int s2 = *p + *q;
  printf("s1 %d s2 %d\n", s1, s2);
  return probe(&y, &y) % 256;
}
