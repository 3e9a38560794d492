// _Bool: any nonzero value converts to 1, including 256 (whose low byte is 0) and pointers.
int printf(const char *, ...);

static _Bool truthy(int x) { return x; }

int main(void) {
  int x = 256, z = 0, m = -1;
  _Bool a = x, b = z, c = m;
  int local;
  _Bool p = &local, q = (int *)0;
  printf("(_Bool)256=%d (_Bool)0=%d (_Bool)-1=%d\n", a, b, c);
  printf("(_Bool)&local=%d (_Bool)null=%d\n", p, q);
  printf("truthy(0x100)=%d truthy(0x80000000)=%d\n", truthy(0x100), truthy((int)0x80000000u));
  _Bool flag = 0;
  flag++;
  flag++; /* stays 1 */
  printf("flag after two ++: %d\n", flag);
  flag = 0;
  flag += 2;
  printf("flag += 2: %d\n", flag);
  printf("sizeof(_Bool)=%u, a+a+c=%d\n", (unsigned)sizeof(_Bool), a + a + c);
  return a + c + p;
}
