// Enum constants as bit flags: combining with |, testing with &, clearing with &~.
int printf(const char *, ...);

enum perm { READ = 1 << 0, WRITE = 1 << 1, EXEC = 1 << 2, ALL = READ | WRITE | EXEC };

static void show(unsigned p) {
  printf("%c%c%c (%u)\n", p & READ ? 'r' : '-', p & WRITE ? 'w' : '-', p & EXEC ? 'x' : '-', p);
}

int main(void) {
  unsigned p = READ | EXEC;
  show(p);
  p |= WRITE;
  show(p);
  p &= ~EXEC;
  show(p);
  p ^= ALL;
  show(p);
  printf("all %d, has write %d\n", (p | ALL) == ALL, (p & WRITE) != 0);
  int count = 0;
  for (unsigned bit = READ; bit <= EXEC; bit <<= 1) count += (ALL & bit) != 0;
  printf("bits %d\n", count);
  return p;
}
