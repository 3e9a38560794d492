/* Malformed numbers, as gcc words them. */
int a = 08;
int b = 12abc;
int c = 0x;
// expect: 2:9: error: invalid digit "8" in octal constant
// expect: 3:9: error: invalid suffix "abc" on integer constant
// expect: 4:9: error: invalid suffix "x" on integer constant
