// Tentative definitions: int x; declared several times at file scope is one object, zero unless
// one of them has an initializer.
int printf(const char *, ...);

int a;
int a;
int b;
int b = 42;
int b;
static int c;
static int c;
int arr[];
int arr[5];

int main(void) {
  printf("a = %d, b = %d, c = %d\n", a, b, c);
  a++;
  c += b;
  arr[4] = 9;
  printf("a = %d, c = %d, arr[4] = %d, sizeof arr = %u\n", a, c, arr[4], (unsigned)sizeof arr);
  return a + c;
}
