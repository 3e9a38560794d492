// Bit-fields inside a union with a byte array: which bits of which byte each field lands in.
int printf(const char *, ...);

union reg {
  unsigned char bytes[4];
  struct { unsigned low : 4, mid : 8, high : 20; } f;
  struct { signed s : 12; unsigned rest : 20; } g;
};

int main(void) {
  union reg r = {{0}};
  r.f.low = 0xa;
  r.f.mid = 0xbc;
  r.f.high = 0x12345;
  printf("%02x %02x %02x %02x\n", r.bytes[0], r.bytes[1], r.bytes[2], r.bytes[3]);
  printf("g.s %d g.rest %05x\n", r.g.s, r.g.rest);
  r.bytes[1] = 0xff;
  printf("low %x mid %x high %x s %d\n", r.f.low, r.f.mid, r.f.high, r.g.s);
  r.g.s = -1;
  printf("%02x %02x %02x %02x\n", r.bytes[0], r.bytes[1], r.bytes[2], r.bytes[3]);
  return r.f.mid;
}
