// The gcc side of abi/calleesaved.
unsigned gcc_scramble(unsigned x) {
  unsigned a = x * 2654435761u, b = a >> 13, c = a ^ b, d = c * 5, e = d + x;
  return a ^ b ^ c ^ d ^ e;
}

unsigned gcc_loop(unsigned n, unsigned (*f)(unsigned, unsigned)) {
  unsigned a = 11, b = 22, c = 33, d = 44, e = 55, acc = 0;
  for (unsigned i = 0; i < n; i++) {
    acc ^= f(i, acc) + a + b * c + d * e;
    a += 1, b ^= i, c += acc & 7, d *= 3, e -= 2;
  }
  return acc ^ a ^ b ^ c ^ d ^ e;
}
