/* What gcc says was expected, by context: an argument, what may follow a declarator (with or
   without its initializer), a parameter, a member's name. */
int f(int, int);
int a b;
int c = 1 d;
void p1(int a, );
void p2(int a, 3);
struct s { int m; } v;
int g1(void) { return f(1, ); }
int g2(void) { return f(, 1); }
int g4(void) { return v..m; }
// oracle: gcc -m32 -fsyntax-only -Wall prints these same messages.
// expect: 4:7: error: expected '=', ',', ';', 'asm' or '__attribute__' before 'b'
// expect: 5:11: error: expected ',' or ';' before 'd'
// expect: 6:16: error: expected declaration specifiers or '...' before ')' token
// expect: 7:16: error: expected declaration specifiers or '...' before numeric constant
// expect: 9:28: error: expected expression before ')' token
// expect: 10:25: error: expected expression before ',' token
// expect: 11:25: error: expected identifier before '.' token
