// Switch on long, unsigned long, _Bool, unsigned short and a packed enum: each promoted as C says.
int printf(const char *, ...);

enum __attribute__((packed)) op { NOP, PUSH = 7, POP = 200 };

static int on_long(long x) { switch (x) { case -1L: return 1; case 2147483647L: return 2; default: return 0; } }
static int on_ulong(unsigned long x) { switch (x) { case 0xffffffffUL: return 3; case 0UL: return 4; default: return 0; } }
static int on_bool(_Bool b) { switch (b) { case 0: return 5; case 1: return 6; } return -1; }
static int on_ushort(unsigned short h) { switch (h) { case 65535: return 7; case 0: return 8; default: return 9; } }
static int on_enum(enum op o) { switch (o) { case NOP: return 10; case PUSH: return 11; case POP: return 12; } return -1; }

int main(void) {
  printf("%d %d %d\n", on_long(-1), on_long(2147483647L), on_long(5));
  printf("%d %d %d\n", on_ulong(0xffffffffUL), on_ulong(0), on_ulong(1));
  printf("%d %d %d\n", on_bool(0), on_bool(1), on_bool(42));
  printf("%d %d %d\n", on_ushort(65535), on_ushort((unsigned short)65536), on_ushort(1));
  printf("%d %d %d\n", on_enum(NOP), on_enum(PUSH), on_enum(POP));
  return on_enum(POP);
}
