/* A missing ';' is reported just after the token it should follow. */
int f(void) {
  int x = 1
  x = x + 1
  return x;
}
// expect: 3:12: error: expected ';' after declaration
// expect: 4:12: error: expected ';' after expression
