// _Alignas and aligned records on locals: 8 and 16 in leaf functions (no call to align esp),
// 64 and a page-aligned record (more than the stack's 16), at every depth of a recursion.
int printf(const char *, ...);

struct page { char bytes[100]; } __attribute__((aligned(4096)));

static unsigned leaf16(void) {
  _Alignas(16) char b[3];
  b[0] = 1;
  return (unsigned)b & 15;
}

static unsigned leaf8(void) {
  _Alignas(8) short s;
  s = 2;
  return (unsigned)&s & 7;
}

static int misaligned(int depth) {
  char pad = (char)depth;
  _Alignas(16) char b16[3];
  _Alignas(64) int b64[2];
  struct page p;
  b16[0] = pad;
  b64[1] = depth;
  p.bytes[99] = pad;
  int bad = ((unsigned)b16 & 15) != 0;
  bad += ((unsigned)b64 & 63) != 0;
  bad += ((unsigned)&p & 4095) != 0;
  bad += b16[0] != pad || b64[1] != depth || p.bytes[99] != pad; /* the objects still work */
  return depth > 0 ? bad + misaligned(depth - 1) : bad;
}

int main(void) {
  unsigned leaves = 0;
  for (int i = 0; i < 4; i++) leaves += leaf16() + leaf8();
  printf("leaf functions: misaligned by %u\n", leaves);
  printf("recursion: %d misaligned locals\n", misaligned(5));
  struct { _Alignas(32) int x; } s32 = { 5 };
  printf("member aligned to 32: %u, x %d\n", (unsigned)&s32 & 31, s32.x);
  return (int)leaves + misaligned(2);
}
