// The type of a conditional expression: char and unsigned char arms give int; int and unsigned
// give unsigned; a pointer and a null constant give the pointer type.
int printf(const char *, ...);

static volatile int yes = 1, no = 0;

int main(void) {
  signed char m1 = -1;
  unsigned char u255 = 255;
  int r1 = yes ? m1 : u255;
  int r2 = no ? m1 : u255;
  printf("r1 %d r2 %d sizeof %u\n", r1, r2, (unsigned)sizeof(yes ? m1 : u255));
  int neg = -2;
  unsigned one = 1;
  printf("(yes ? neg : one) = %u, > 0: %d\n", yes ? (unsigned)neg : one, (yes ? (unsigned)neg : one) > 0);
  short s = -3;
  unsigned short us = 3;
  printf("(yes ? s : us) = %d\n", yes ? s : us);
  int value = 9;
  int *p = no ? 0 : &value;
  int *q = yes ? 0 : &value;
  printf("p %s, q %s\n", p ? "set" : "null", q ? "set" : "null");
  long l = yes ? 7L : 'c';
  printf("l %ld\n", l);
  return r2;
}
