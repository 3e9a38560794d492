// Register clobbers: asm that destroys ebx, esi, edi or ecx tells the compiler, which keeps its values elsewhere.
int printf(const char *, ...);

static int mix(int a, int b, int c, int d) {
  int r;
  __asm__("mov ebx, %1\n\tmov esi, %2\n\tmov edi, %3\n\tlea ecx, [ebx+esi]\n\tadd ecx, edi\n\tmov %0, ecx"
          : "=a"(r)
          : "m"(a), "m"(b), "m"(c)
          : "ebx", "esi", "edi", "ecx");
  return r * d;
}

int main(void) {
  int keep1 = 1000, keep2 = 2000, keep3 = 3000, keep4 = 4000;
  int r = 0;
  for (int i = 0; i < 5; i++) r += mix(i, keep1, keep2, keep3) + keep4;
  printf("%d %d %d %d %d\n", r, keep1, keep2, keep3, keep4);
  return r % 256;
}
