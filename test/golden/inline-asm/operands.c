// Inline assembly operands (GCC extended asm, Intel syntax as gcc -masm=intel): registers of the
// compiler's choosing ("r"), fixed registers ("a" "b" "c" "d" "S" "D"), write-only ("=") and
// read-write ("+") outputs, early clobbers ("=&r"), matching constraints ("0"), immediates ("i",
// "N"), named operands (%[x]) and the byte, word and high-byte modifiers (%b0 %w0 %h0).
int printf(const char *, ...);

static unsigned add(unsigned a, unsigned b) {
  unsigned r;
  __asm__("mov %0, %1\n\tadd %0, %2" : "=&r"(r) : "r"(a), "r"(b));
  return r;
}

static unsigned bswap(unsigned x) {
  __asm__("bswap %0" : "+r"(x));
  return x;
}

/* a + b as a 64-bit sum of two 32-bit halves, with add and adc. */
static void add64(unsigned *lo, unsigned *hi, unsigned blo, unsigned bhi) {
  unsigned l = *lo, h = *hi;
  __asm__("add %[l], %[bl]\n\tadc %[h], %[bh]"
          : [l] "+r"(l), [h] "+r"(h)
          : [bl] "r"(blo), [bh] "r"(bhi)
          : "cc");
  *lo = l;
  *hi = h;
}

int main(void) {
  unsigned a = 1, b = 2;
  __asm__("xchg %0, %1" : "+r"(a), "+r"(b));
  printf("xchg: a=%u b=%u\n", a, b);
  printf("add: %u\n", add(40, 2));
  printf("bswap: %08x\n", bswap(0x11223344));

  unsigned lo = 0xffffffffu, hi = 1;
  add64(&lo, &hi, 2, 3);
  printf("add64: hi=%u lo=%u\n", hi, lo);

  unsigned char ch;
  __asm__("mov %0, 65" : "=a"(ch));
  printf("char in al: %c\n", ch);

  unsigned short w = 0x1234;
  __asm__("xchg %h0, %b0" : "+a"(w));
  printf("xchg ah, al: %04x\n", w);

  unsigned c;
  __asm__("add %0, %2" : "=r"(c) : "0"(10), "i"(7));
  printf("matching: %u\n", c);

  unsigned s, d, x = 3, y = 4;
  __asm__("mov %0, esi\n\tadd %0, edi" : "=a"(s) : "S"(x), "D"(y));
  __asm__("lea %0, [%1+%2*4+5]" : "=r"(d) : "b"(x), "c"(y));
  printf("esi+edi: %u lea: %u\n", s, d);

  int n = -5;
  __asm__("neg %0" : "+d"(n));
  printf("neg: %d\n", n);

  unsigned k = 0;
  __asm__("mov %k0, %1" : "=r"(k) : "N"(200));
  printf("N: %u\n", k);
  return 0;
}
