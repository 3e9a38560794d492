// Shifts by 0 and by 31, of signed and unsigned values: >> of a negative int is arithmetic on gcc.
int printf(const char *, ...);

int main(void) {
  int n = -8, p = 0x40000001, one = 1;
  unsigned u = 0x80000001u;
  printf("n>>0=%d u<<0=%u u>>0=%u p<<0=%d\n", n >> 0, u << 0, u >> 0, p << 0);
  printf("u>>31=%u u<<31=%u\n", u >> 31, u << 31);
  printf("n>>31=%d n>>1=%d n>>3=%d n>>30=%d\n", n >> 31, n >> 1, n >> 3, n >> 30);
  printf("p>>31=%d p>>30=%d (unsigned)p<<1=%u\n", p >> 31, p >> 30, (unsigned)p << 1);
  printf("1u<<31=%u 1<<30=%d\n", 1u << 31, one << 30);
  printf("-1>>31=%d -1>>0=%d (unsigned)-1>>31=%u\n", -1 >> 31, -1 >> 0, (unsigned)-1 >> 31);
  printf("0xffffffff<<16=%u\n", 0xffffffffu << 16);
  return 0;
}
