// Bit-fields: reading and writing narrow fields, signed fields sign-extending, wrap-around.
int printf(const char *, ...);

struct flags {
  unsigned ready : 1;
  unsigned mode : 3;
  int delta : 4;
  unsigned count : 8;
  unsigned : 0;
  unsigned high : 16;
};

int main(void) {
  struct flags f = {1, 5, -3, 200, 0xbeef};
  printf("%u %u %d %u %x\n", f.ready, f.mode, f.delta, f.count, f.high);
  int nine = 9;
  f.mode = nine;       /* 9 does not fit in 3 bits: 1 */
  f.delta = 7;
  f.count += 100;      /* 300 wraps to 44 */
  f.ready = 0;
  printf("%u %u %d %u\n", f.ready, f.mode, f.delta, f.count);
  f.delta = -8;
  f.delta--;           /* -9 as a 4-bit field is 7 (implementation-defined, gcc wraps) */
  printf("%d\n", f.delta);
  printf("sizeof %d\n", (int)sizeof f);
  int sum = 0;
  for (f.mode = 0; f.mode < 7; f.mode++) sum += f.mode;
  printf("sum %d\n", sum);
  struct flags g = {1, 2, 1, 3, 4};
  const unsigned char *raw = (const unsigned char *)&g;
  printf("bytes %02x %02x %02x %02x %02x\n", raw[0], raw[1], raw[2], raw[4], raw[5]);
  return f.count;
}
