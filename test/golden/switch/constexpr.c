// Case labels are constant expressions: arithmetic, enums, sizeof, character constants, casts.
int printf(const char *, ...);

enum { BASE = 10, STEP = 3 };

static const char *classify(int x) {
  switch (x) {
  case BASE: return "BASE";
  case BASE + STEP: return "BASE+STEP";
  case BASE * STEP - 1: return "BASE*STEP-1";
  case sizeof(int) * 100: return "sizeof(int)*100";
  case 'A' + 1: return "'A'+1";
  case (char)0x141: return "(char)0x141";
  case 1 << 20: return "1<<20";
  case -BASE: return "-BASE";
  case 7 ? 77 : 0: return "7?77:0";
  case ~0: return "~0";
  }
  return "none";
}

int main(void) {
  int xs[] = {10, 13, 29, 400, 66, 65, 1048576, -10, 77, -1, 5};
  for (int i = 0; i < 11; i++) printf("%d -> %s\n", xs[i], classify(xs[i]));
  return 0;
}
