// Basic asm statements (no operands) and volatile asm with only clobbers, in loops and branches.
int printf(const char *, ...);

static int spins;

static void pause_a_little(void) {
  for (int i = 0; i < 3; i++) {
    __asm__("nop");
    __asm__ volatile("pause");
    spins++;
  }
}

int main(void) {
  __asm__ volatile("" : : : "memory");
  pause_a_little();
  if (spins == 3) __asm__("nop\n\tnop");
  __asm__ volatile("mov eax, eax" : : : "eax");
  printf("spins %d\n", spins);
  int x = 41;
  __asm__ volatile("" : "+r"(x));
  x++;
  printf("x %d\n", x);
  return x;
}
