/* A missing ';': after a statement reported just after the token it should follow, after a
   declarator where the next token stands (gcc's places); the parse goes on as if it were there. */
int f(void) {
  int x = 1
  x = x + 1
  return x;
}
// expect: 5:3: error: expected ',' or ';' before 'x'
// expect: 5:12: error: expected ';' before 'return'
