// Algebraic "identities" that fail for unsigned wrap-around: an optimizer must not apply them.
int printf(const char *, ...);

static volatile unsigned inputs[] = { 0, 1, 0x7fffffffu, 0x80000000u, 0x80000001u, 0xfffffffeu, 0xffffffffu };

int main(void) {
  int held = 0, total = 0;
  for (int i = 0; i < 7; i++) {
    unsigned u = inputs[i];
    int r[] = { u * 2 / 2 == u, (u << 1) >> 1 == u, u + 1 > u, u - 1 < u, (u + 5) - 5 == u,
                u * 3 / 3 == u, (u >> 1) << 1 == u, -u == 0u - u, u == 0 || u / u == 1 };
    printf("%10u:", u);
    for (int k = 0; k < 9; k++) {
      if (k == 8 && u == 0) { printf(" -"); continue; } /* 0 / 0 is not done */
      printf(" %d", r[k]);
      held += r[k];
      total++;
    }
    printf("\n");
  }
  printf("%d of %d held\n", held, total);
  return total - held;
}
