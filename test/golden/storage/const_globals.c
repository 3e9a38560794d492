// const objects at file scope (read-only data): tables read through indexes and pointers.
int printf(const char *, ...);

static const int squares[10] = { 0, 1, 4, 9, 16, 25, 36, 49, 64, 81 };
const char hexdigits[] = "0123456789abcdef";
static const unsigned crc_poly = 0xedb88320u;

static unsigned crc32(const char *s) {
  unsigned crc = ~0u;
  while (*s) {
    crc ^= (unsigned char)*s++;
    for (int k = 0; k < 8; k++) crc = crc & 1 ? (crc >> 1) ^ crc_poly : crc >> 1;
  }
  return ~crc;
}

int main(void) {
  int s = 0;
  for (int i = 0; i < 10; i++) s += squares[i];
  printf("sum of squares %d\n", s);
  unsigned v = 0xc0ffee;
  char out[9];
  for (int i = 7; i >= 0; i--) { out[i] = hexdigits[v & 15]; v >>= 4; }
  out[8] = 0;
  printf("hex %s\n", out);
  printf("crc32(\"123456789\") = %08x\n", crc32("123456789"));
  return crc32("123456789") == 0xcbf43926u ? 0 : 1;
}
