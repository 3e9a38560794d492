// Choosing the object to modify with ?: over pointers, with side effects in the condition.
int printf(const char *, ...);

int main(void) {
  int a = 0, b = 0, turns = 0;
  for (int i = 0; i < 10; i++) *(i % 3 == 0 ? &a : &b) += i;
  printf("a %d b %d\n", a, b);
  int x = 5, y = 5;
  *(turns++ > 0 ? &x : &y) *= 2;
  *(turns++ > 0 ? &x : &y) *= 3;
  printf("x %d y %d turns %d\n", x, y, turns);
  int arr[2] = { 0, 0 };
  for (int i = 0; i < 7; i++) arr[i & 1 ? 1 : 0]++;
  printf("arr %d %d\n", arr[0], arr[1]);
  char c1 = 'a', c2 = 'b';
  char *pick = x > y ? &c1 : &c2;
  (*pick)++;
  printf("c1 %c c2 %c\n", c1, c2);
  return a + b;
}
