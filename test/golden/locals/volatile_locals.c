// volatile locals are read and written every time the program says so: nothing is cached or dropped.
int printf(const char *, ...);

int main(void) {
  volatile int counter = 0;
  for (int i = 0; i < 100; i++) counter++;
  volatile int x = 5;
  int a = x + x + x; /* three reads */
  x = 7;
  x = 8; /* both stores happen; the last one stays */
  int b = x;
  volatile unsigned char byte = 250;
  for (int i = 0; i < 10; i++) byte++;
  printf("counter %d, a %d, b %d, byte %d\n", counter, a, b, byte);
  volatile int arr[4] = { 1, 2, 3, 4 };
  int s = 0;
  for (int i = 0; i < 4; i++) s += arr[i] * arr[3 - i];
  printf("s %d\n", s);
  return counter;
}
