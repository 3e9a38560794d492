// Initializers convert to the object's type: truncation to narrow types, sign changes, bools.
int printf(const char *, ...);

char c = 300;
unsigned char uc = -1;
short s = 70000;
unsigned u = -5;
_Bool b = 256;
int fromchar = '\xf0';
long l = 4000000000u;

int main(void) {
  printf("%d %d %d %u %d %d %ld\n", c, uc, s, u, b, fromchar, l);
  char lc = 0x1ff;
  _Bool lb = -3, lz = 0;
  unsigned short lus = -1;
  signed char arr[3] = {127, 128, 255};
  printf("%d %d %d %d\n", lc, lb, lz, lus);
  printf("%d %d %d\n", arr[0], arr[1], arr[2]);
  return uc;
}
