// The gcc side of abi/bitfields.
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

void gcc_fill(struct flags *f) {
  f->a = 5, f->b = -3, f->c = 1, f->d = 300, f->e = 15, f->f = 1000, f->g = 123456789;
}

unsigned gcc_check(const struct flags *f) {
  unsigned h = 0;
  h = h * 31 + f->a;
  h = h * 31 + (unsigned)f->b;
  h = h * 31 + f->c;
  h = h * 31 + f->d;
  h = h * 31 + f->e;
  h = h * 31 + (unsigned)f->f;
  h = h * 31 + f->g;
  return h;
}

struct flags gcc_make(int seed) {
  struct flags f = {0};
  f.a = seed, f.b = -seed, f.c = seed & 1, f.d = seed * 100, f.e = seed * 4, f.f = -seed * 500, f.g = seed << 20;
  return f;
}

unsigned gcc_size(void) { return sizeof(struct flags); }
