// Loads of signed narrow values from memory sign-extend; unsigned ones zero-extend — through
// pointers, arrays and struct members.
int printf(const char *, ...);

struct mix { signed char sc; unsigned char uc; short s; unsigned short us; };

int main(void) {
  unsigned char raw[8] = { 0x80, 0x80, 0x00, 0x80, 0x00, 0x80, 0xff, 0xff };
  signed char *psc = (signed char *)raw;
  unsigned char *puc = raw;
  short *ps = (short *)(void *)(raw + 2);
  unsigned short *pus = (unsigned short *)(void *)(raw + 4);
  printf("%d %d %d %d\n", *psc, *puc, *ps, *pus);
  struct mix m = { -1, 255, -1, 65535 };
  int sum = m.sc + m.uc + m.s + m.us;
  printf("members %d %d %d %d sum %d\n", m.sc, m.uc, m.s, m.us, sum);
  short arr[3] = { -2, 2, -32768 };
  int t = 0;
  for (int i = 0; i < 3; i++) t += arr[i];
  printf("sum of shorts %d\n", t);
  return sum % 256;
}
