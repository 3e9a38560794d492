// Array indexes of type signed char, unsigned char, short and unsigned short: a negative signed
// char index reaches before a middle pointer; an unsigned char never does.
int printf(const char *, ...);

int main(void) {
  int table[512];
  for (int i = 0; i < 512; i++) table[i] = i;
  int *mid = table + 256;
  signed char sc = -5;
  unsigned char uc = (unsigned char)-5;
  short sh = -200;
  unsigned short us = 200;
  printf("mid[sc] %d, mid[uc] %d, mid[sh] %d, table[us] %d\n", mid[sc], mid[uc], mid[sh], table[us]);
  printf("table[uc] %d\n", table[uc]);
  char c = 'A';
  printf("table[c] %d\n", table[(unsigned char)c]);
  int sum = 0;
  for (signed char k = -10; k < 10; k++) sum += mid[k];
  printf("sum %d\n", sum);
  return mid[sc] % 256;
}
