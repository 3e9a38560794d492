// Bitwise operators on narrow types: masks, xor and or of bytes and halfwords.
int printf(const char *, ...);

int main(void) {
  unsigned char a = 0xa5, b = 0x3c;
  printf("& %02x | %02x ^ %02x\n", a & b, a | b, a ^ b);
  unsigned char nib_swap = (unsigned char)(a << 4 | a >> 4);
  printf("nibble swap %02x\n", nib_swap);
  unsigned short h = 0x1234;
  unsigned short swapped = (unsigned short)(h << 8 | h >> 8);
  printf("byte swap %04x\n", swapped);
  signed char s = -2; /* 0xfe */
  printf("s & 0xff = %d, s | 1 = %d, s ^ -1 = %d\n", s & 0xff, s | 1, s ^ -1);
  unsigned char parity = 0;
  for (unsigned char v = a; v; v >>= 1) parity ^= v & 1;
  printf("parity of a5 = %d\n", parity);
  return nib_swap;
}
