/* The GNU extensions Logos C keeps: attributes, asm, builtins. */
typedef __builtin_va_list va_list;
struct __attribute__((packed)) hdr { char a; int b; };
struct tail { char a; int b; } __attribute__((packed, aligned(4)));
struct al { int x __attribute__((aligned(8))); char y; };
typedef unsigned int u32 __attribute__((aligned(4)));
void halt(void) __attribute__((noreturn));
__attribute__((noreturn)) void halt2(void);
static int unused_var __attribute__((unused)) = 3;
int in_section __attribute__((section(".data.special"))) = 1;
void fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
int renamed __asm__("real_name");
__asm__(".globl marker\nmarker:");
int sum(int n, ...) {
  va_list ap;
  int s = 0;
  __builtin_va_start(ap, n);
  for (int i = 0; i < n; i++) s += __builtin_va_arg(ap, int);
  __builtin_va_end(ap);
  return s;
}
struct off { int a; char b[4]; struct { int c; } in; };
int offsets(void) {
  return __builtin_offsetof(struct off, b) + __builtin_offsetof(struct off, b[2]) +
         __builtin_offsetof(struct off, in.c);
}
unsigned int asms(unsigned int x) {
  unsigned int r;
  __asm__("nop");
  __asm__ volatile("cli");
  __asm__ __volatile__("mov %0, %1" : "=r"(r) : "r"(x));
  __asm__("add %0, %1" : "+r"(r) : "ri"(1) : "cc");
  __asm__ volatile("" : : : "memory");
  __asm__("mov %[out], %[in]" : [out] "=r"(r) : [in] "r"(x) : "cc", "memory");
  __asm__ goto("jmp %l0" : : : : target);
target:
  return r;
}
void attr_label(void) {
lbl: __attribute__((unused));
  return;
}
