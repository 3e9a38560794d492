// Global chars and shorts: stores truncate, loads sign- or zero-extend, neighbours are untouched.
int printf(const char *, ...);

char c1 = 1, c2 = 2, c3 = 3, c4 = 4;
short s1 = 10, s2 = 20;
unsigned char u1 = 250;
signed char g = -100;

int main(void) {
  c2 = (char)300; /* 44 */
  s1 = (short)70000; /* 4464 */
  u1 += 10; /* 260 wraps to 4 */
  g -= 50; /* -150 wraps to 106 */
  printf("%d %d %d %d | %d %d | %d %d\n", c1, c2, c3, c4, s1, s2, u1, g);
  c3 = -1;
  unsigned widened = (unsigned char)c3;
  printf("c3 %d as unsigned char %u\n", c3, widened);
  return c1 + c2 + c3 + c4;
}
