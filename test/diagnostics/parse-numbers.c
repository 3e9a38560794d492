// oracle: gcc -m32 -fsyntax-only -Wall prints these same messages.
/* Malformed numbers, as gcc words them. */
int a = 08;
int b = 12abc;
int c = 0x;
// expect: 3:9: error: invalid digit "8" in octal constant
// expect: 4:9: error: invalid suffix "abc" on integer constant
// expect: 5:9: error: invalid suffix "x" on integer constant
