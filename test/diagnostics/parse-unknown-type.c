/* An identifier used as a type that no typedef declares. */
size_type n;
int f(void) {
  uint8 b;
  return 0;
}
// expect: 2:1: error: unknown type name 'size_type'
// expect: 4:3: error: unknown type name 'uint8'
