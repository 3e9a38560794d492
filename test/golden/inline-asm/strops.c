// String instructions with fixed registers: rep movsb, rep stosb and repne scasb (edi, esi, ecx, al).
int printf(const char *, ...);

static void copy(void *dst, const void *src, unsigned n) {
  __asm__ volatile("rep movsb" : "+D"(dst), "+S"(src), "+c"(n) : : "memory");
}

static void fill(void *dst, unsigned char v, unsigned n) {
  __asm__ volatile("rep stosb" : "+D"(dst), "+c"(n) : "a"(v) : "memory");
}

static unsigned length(const char *s) {
  unsigned n = 0xffffffffu;
  __asm__("repne scasb" : "+D"(s), "+c"(n) : "a"(0), "m"(*(const char(*)[64])s) : "cc");
  return ~n - 1;
}

int main(void) {
  char a[32] = "source string", b[32];
  copy(b, a, 14);
  printf("%s\n", b);
  fill(b, '*', 6);
  printf("%s\n", b);
  fill(b + 6, 0, 1);
  printf("%s %u\n", b, length(b));
  printf("%u %u\n", length(a), length(""));
  return (int)length(a);
}
