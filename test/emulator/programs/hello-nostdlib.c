static int sys(int n, int a, int b, int c) { int r; __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory"); return r; }
static int len(const char *s) { int n = 0; while (s[n]) n++; return n; }
static void put(const char *s) { sys(4, 1, (int)s, len(s)); }
static void putnum(unsigned v) { char b[12]; int i = 11; b[i] = 0; do { b[--i] = '0' + v % 10; v /= 10; } while (v); put(b + i); }
int main(int argc, char **argv) {
  put("hello, world\n");
  for (int i = 0; i < argc; i++) { put(argv[i]); put("\n"); }
  unsigned s = 0; for (unsigned i = 0; i < 1000; i++) s += i * i; putnum(s); put("\n");
  return 42;
}
__asm__(".globl _start\n_start:\n xor %ebp,%ebp\n mov (%esp),%eax\n lea 4(%esp),%ecx\n push %ecx\n push %eax\n call main\n mov %eax,%ebx\n mov $1,%eax\n int $0x80\n");
