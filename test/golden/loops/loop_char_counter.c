// Loop counters of type char, unsigned char and short: the comparisons see promoted values.
int printf(const char *, ...);

int main(void) {
  int n = 0;
  for (char c = 'a'; c <= 'z'; c++) n++;
  printf("letters %d\n", n);
  int m = 0;
  for (unsigned char u = 200; u >= 200; u++) m++; /* stops when u wraps to 0 */
  printf("from 200 to 255: %d\n", m);
  int k = 0;
  for (signed char s = -128; s < 127; s++) k++;
  printf("signed char -128..126: %d\n", k);
  int t = 0;
  for (short s = -1000; s < 1000; s += 7) t++;
  printf("shorts: %d\n", t);
  unsigned short us = 65530;
  int w = 0;
  while (us != 4) { us++; w++; }
  printf("unsigned short wraps after %d\n", w);
  return n;
}
