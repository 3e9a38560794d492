// Integer to string and back by hand, in several bases, including INT_MIN and UINT_MAX.
int printf(const char *, ...);

static char *utoa(unsigned v, char *buf, unsigned base) {
  char tmp[33];
  int n = 0;
  do { tmp[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % base]; v /= base; } while (v);
  char *p = buf;
  while (n) *p++ = tmp[--n];
  *p = 0;
  return buf;
}
static char *itoa(int v, char *buf) {
  if (v < 0) { buf[0] = '-'; utoa(0u - (unsigned)v, buf + 1, 10); }
  else utoa(v, buf, 10);
  return buf;
}
static int atoi_(const char *s) {
  int neg = 0;
  unsigned v = 0;
  while (*s == ' ') s++;
  if (*s == '-' || *s == '+') neg = *s++ == '-';
  while (*s >= '0' && *s <= '9') v = v * 10 + (unsigned)(*s++ - '0');
  return neg ? (int)(0u - v) : (int)v;
}

int main(void) {
  char b[40];
  int vals[] = {0, 7, -7, 123456, -2147483647 - 1, 2147483647};
  int ok = 1;
  for (int i = 0; i < 6; i++) {
    itoa(vals[i], b);
    int back = atoi_(b);
    printf("%s -> %d\n", b, back);
    ok &= back == vals[i];
  }
  printf("%s %s %s\n", utoa(255, b, 2), utoa(0xffffffffu, b + 10, 16), utoa(35, b + 20, 36));
  printf("%s\n", utoa(0xffffffffu, b, 8));
  printf("%d %d\n", atoi_("  +42x"), atoi_("-0"));
  return ok ? 0 : 1;
}
