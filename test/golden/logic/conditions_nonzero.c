// A condition is true when its value is not zero, whatever the type: negative, large unsigned,
// narrow types and the result of bitwise masks.
int printf(const char *, ...);

int main(void) {
  int n = -5;
  unsigned u = 0x80000000u;
  unsigned char c = 0x100 - 1;
  short s = -32768;
  int flags = 0x24;
  int count = 0;
  if (n) count++;
  if (u) count++;
  if (c) count++;
  if (s) count++;
  if (flags & 0x04) count++;
  if (flags & 0x08) count += 100;
  if (!(flags & 0x08)) count++;
  if (u >> 31) count++;
  if (u << 1) count += 100; /* 0 */
  printf("count = %d\n", count);
  int loops = 0;
  for (unsigned m = 0xf0; m; m >>= 1) loops++;
  printf("loops = %d\n", loops);
  return count;
}
