/* A stray '}' at file scope, and a block left open at the end of the file. */
int f(void) { return 0; }
}
int g(void) {
  return 1;
// expect: 3:1: error: expected identifier or '(' before '}' token
// expect: 5:12: error: expected '}' at end of block
