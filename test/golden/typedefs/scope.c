// typedef names have block scope: an inner typedef or variable hides an outer typedef.
int printf(const char *, ...);

typedef int T;
typedef unsigned char byte;

static int outer(void) { T x = 5; return x; }

int main(void) {
  T a = outer();
  {
    typedef char T;       /* hides the outer T */
    T b = 'b';
    printf("inner T size %d, b %c\n", (int)sizeof(T), b);
  }
  {
    int T = 3;            /* an object hiding the typedef */
    printf("T as variable %d\n", T * a);
  }
  byte bytes[3] = {255, 1, 2};
  byte sum = bytes[0] + bytes[1];
  printf("outer T size %d, a %d, sum %d\n", (int)sizeof(T), a, sum);
  return sum;
}
