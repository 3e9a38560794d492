/* A missing ';': after a statement reported just after the token it should follow, after a
   declarator where the next token stands (gcc's places); the parse goes on as if it were there.
   A statement of a lone name followed by what cannot go on an expression misses its ';' too. */
int f(void) {
  int x = 1
  x = x + 1
  return x;
}
void g(int a) {
  g "x";
  a 3;
  a return;
}
// expect: 6:3: error: expected ',' or ';' before 'x'
// expect: 6:12: error: expected ';' before 'return'
// expect: 10:4: error: expected ';' before string constant
// expect: 11:4: error: expected ';' before numeric constant
// expect: 12:4: error: expected ';' before 'return'
