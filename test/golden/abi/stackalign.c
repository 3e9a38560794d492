// ABI: the stack is 16-byte aligned at every call, as gcc's code assumes for its aligned locals.
int printf(const char *, ...);

/* gcc side: reports the alignment of a 16-aligned local, and calls back */
unsigned gcc_misalignment(void);
unsigned gcc_via(unsigned (*f)(void));

/* called by gcc: how logosc's own aligned local sits */
unsigned logos_misalignment(void) {
  _Alignas(16) char buf[16];
  buf[0] = 0;
  return (unsigned)((unsigned long)buf % 16) + buf[0];
}

static unsigned deep(int n, char pad) {
  char local[3] = {pad, pad, pad};
  if (n == 0) return gcc_misalignment() + local[1] - pad;
  return deep(n - 1, pad) + deep(n - 1, (char)(pad + 1)) - gcc_misalignment();
}

int main(void) {
  printf("direct %u\n", gcc_misalignment());
  printf("deep %u\n", deep(4, 'x'));
  printf("callback %u\n", gcc_via(logos_misalignment));
  printf("gcc callback %u\n", gcc_via(gcc_misalignment));
  return (int)gcc_misalignment();
}
