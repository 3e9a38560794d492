// ABI: bit-field structs laid out identically — gcc packs the fields, logosc reads and changes them.
int printf(const char *, ...);

struct flags {
  unsigned a : 3;
  signed b : 5;
  unsigned c : 1;
  unsigned short d : 9;
  unsigned char e : 4;
  int f : 12;
  unsigned : 0;
  unsigned g : 31;
};

/* gcc side */
void gcc_fill(struct flags *f);
unsigned gcc_check(const struct flags *f);
struct flags gcc_make(int seed);
unsigned gcc_size(void);

int main(void) {
  struct flags f;
  gcc_fill(&f);
  printf("%u %d %u %u %u %d %u\n", f.a, f.b, f.c, f.d, f.e, f.f, f.g);
  f.a = 6, f.b = -16, f.c = 0, f.d = 511, f.e = 9, f.f = -2048, f.g = 0x7fffffff;
  printf("gcc reads %08x\n", gcc_check(&f));
  struct flags m = gcc_make(3);
  printf("%u %d %u %u %u %d %u\n", m.a, m.b, m.c, m.d, m.e, m.f, m.g);
  printf("sizes %u %u\n", (unsigned)sizeof(struct flags), gcc_size());
  return sizeof(struct flags) == gcc_size() ? 0 : 1;
}
