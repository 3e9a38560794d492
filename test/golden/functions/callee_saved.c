// A caller keeps many values live across calls while the callee uses every register: ebx, esi,
// edi and ebp must come back as they were.
int printf(const char *, ...);

static unsigned churn(unsigned seed) {
  unsigned a = seed, b = seed * 3, c = seed ^ 0xabcdef, d = seed + 99, e = seed >> 3, f = ~seed;
  for (int i = 0; i < 8; i++) {
    a = a * 31 + b; b ^= c << 1; c += d >> 2; d -= e; e ^= f; f += a;
  }
  return a ^ b ^ c ^ d ^ e ^ f;
}

int main(void) {
  unsigned v1 = 111, v2 = 222, v3 = 333, v4 = 444, v5 = 555, v6 = 666;
  unsigned acc = 0;
  for (unsigned i = 0; i < 20; i++) {
    acc += churn(i + v1) ^ churn(v2 - i);
    v1 += 1; v2 += 2; v3 += 3; v4 += 4; v5 += 5; v6 += 6;
  }
  printf("%u %u %u %u %u %u\n", v1, v2, v3, v4, v5, v6);
  printf("acc %08x\n", acc);
  return v1 + v2 + v3 + v4 + v5 + v6 == 2331 + 420 ? 0 : 1;
}
