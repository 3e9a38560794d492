/* Several errors in one run: the parser resynchronises at ';' and '}'. */
int f(int a) {
  a = ;
  if (a > ) return 1;
  return a;
}
int g(int b) {
  return b + ;
}
int h(void) { return 0; }
// expect: 3:7: error: expected expression before ';' token
// expect: 4:11: error: expected expression before ')' token
// expect: 8:14: error: expected expression before ';' token
// oracle: gcc -m32 -fsyntax-only -Wall prints these same messages.
