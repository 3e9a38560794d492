// Functions declared with prototypes before their definitions, called before they are defined;
// arguments are converted to the parameter types the prototype gives.
int printf(const char *, ...);

static unsigned char low_byte(unsigned x);
static int average(int a, int b);
static long widen(short s);
void unused_declaration(int, char *);

int main(void) {
  printf("low_byte(0x1234) = %d\n", low_byte(0x1234));
  printf("average(-7, 4) = %d\n", average(-7, 4));
  printf("widen(-5) = %ld\n", widen(-5));
  printf("low_byte(-1) = %d\n", low_byte((unsigned)-1));
  return average(100, 50);
}

static unsigned char low_byte(unsigned x) { return (unsigned char)x; }
static int average(int a, int b) { return (a + b) / 2; }
static long widen(short s) { return s * 100000L; }
