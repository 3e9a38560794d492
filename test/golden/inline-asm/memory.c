// Inline assembly and memory: "m" operands (printed as `dword ptr [...]`), read-write memory
// outputs, clobbered registers, and the "memory" clobber as a compiler barrier — a value read
// before the asm is read again after it, because the asm may have written it.
int printf(const char *, ...);

int counter = 5;
int table[4] = {1, 2, 3, 4};

struct pair {
  short lo;
  short hi;
};

int main(void) {
  __asm__("add %0, 3" : "+m"(counter));
  printf("counter: %d\n", counter);

  int local = 7;
  __asm__("shl %0, 2" : "+m"(local));
  printf("local: %d\n", local);

  int v;
  __asm__("mov %0, %1" : "=r"(v) : "m"(table[2]));
  printf("table[2]: %d\n", v);

  struct pair p = {1, 2};
  __asm__("mov %0, 300" : "=m"(p.hi));
  printf("pair: %d %d\n", p.lo, p.hi);

  /* The asm writes counter through a pointer it is given: without "memory" the compiler could
     keep counter's value from before. */
  int before = counter;
  __asm__ volatile("mov dword ptr [%0], 42" : : "r"(&counter) : "memory");
  int after = counter;
  printf("barrier: %d %d\n", before, after);

  /* A value loaded before the asm and first used after it is the value from before. */
  int seen = counter, bias = before;
  __asm__ volatile("mov dword ptr [%0], 7" : : "r"(&counter) : "memory");
  int total = bias + seen;
  printf("loaded before: %d, now %d\n", total, counter);

  /* Clobbered registers hold nothing of the compiler's across the asm. */
  int keep1 = 11, keep2 = 22, keep3 = 33;
  __asm__ volatile("xor eax, eax\n\txor ebx, ebx\n\txor ecx, ecx\n\txor edx, edx\n\t"
                   "xor esi, esi\n\txor edi, edi"
                   :
                   :
                   : "eax", "ebx", "ecx", "edx", "esi", "edi");
  printf("kept: %d %d %d\n", keep1, keep2, keep3);

  /* Basic asm (no operands) in a function; %% would be a literal %. */
  __asm__("nop");
  __asm__ volatile("nop; nop");

  /* cpuid: leaf 0 gives the highest leaf in eax and the 12-byte vendor in ebx, edx, ecx. */
  unsigned a, b, c, d;
  __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0));
  unsigned vendor[3] = {b, d, c};
  int printable = 1;
  for (int i = 0; i < 12; i++) {
    unsigned char ch = ((unsigned char *)vendor)[i];
    if (ch < 0x20 || ch > 0x7e) printable = 0;
  }
  printf("cpuid: vendor printable %d, leaf 1 exists %d\n", printable, a >= 1);
  return 0;
}
