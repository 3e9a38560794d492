// Objects with static storage and no initializer start as zero: ints, arrays, pointers, chars.
int printf(const char *, ...);

int counters[1000];
static char buffer[4096];
int *pointer;
unsigned short shorts[33];
static struct { int x; char name[8]; int *p; } record;

int main(void) {
  int nonzero = 0;
  for (int i = 0; i < 1000; i++) nonzero += counters[i] != 0;
  for (int i = 0; i < 4096; i++) nonzero += buffer[i] != 0;
  for (int i = 0; i < 33; i++) nonzero += shorts[i] != 0;
  nonzero += pointer != 0;
  nonzero += record.x != 0 || record.name[7] != 0 || record.p != 0;
  printf("nonzero bytes found: %d\n", nonzero);
  counters[999] = 1;
  buffer[0] = 'x';
  printf("after writes: %d %c\n", counters[999], buffer[0]);
  static int inner[100];
  int s = 0;
  for (int i = 0; i < 100; i++) s += inner[i];
  printf("static local array sum %d\n", s);
  return nonzero;
}
