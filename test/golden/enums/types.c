// The type of an enum: unsigned int when no value is negative, int otherwise; constants are int.
int printf(const char *, ...);

enum pos { P0, P1 = 100 };
enum neg { N0 = -1, N1 = 1 };
enum big { BIG = 0x7fffffff };

int main(void) {
  enum pos p = P0;
  enum neg n = N0;
  printf("pos -1 compares greater: %d\n", p - 1 > 0);
  printf("neg below zero: %d\n", n < 0);
  printf("constant is int: %d\n", P0 - 1 < 0);
  p = (enum pos)-1;
  printf("pos from -1 is big: %d\n", p > 1000);
  printf("sizes %d %d %d\n", (int)sizeof(enum pos), (int)sizeof(enum neg), (int)sizeof(BIG));
  printf("max %d\n", BIG);
  enum neg m = N1;
  m = m * -5;
  printf("m %d\n", m);
  return p > 0;
}
