/* Statement syntax errors. */
int f(int a) {
  switch (a) {
  case 1 return 1;
  default return 2;
  }
  do a++; while (a < 3)
  return 0;
}
// expect: 4:10: error: expected ':' or '...' before 'return'
// expect: 5:10: error: expected ':' before 'return'
// expect: 7:24: error: expected ';' before 'return'
// oracle: gcc -m32 -fsyntax-only -Wall prints these same messages.
