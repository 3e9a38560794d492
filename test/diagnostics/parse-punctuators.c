/* Missing punctuators in gcc's words and places: a missing ')', ']', ':' or ';' just after the
   token it should follow, a missing '}' or a list of choices at the token that stands there; an
   error inside braces the item opened (an initializer list, a struct) is recovered from after
   them, with no error after it; a token that cannot start a declaration at file scope. */
int x = (1 2);
int y[2] = {1 2};
int after_y = 1;
struct { int a int b; } s1;
struct { int n o; } s2;
void g(int);
void f(void) {
  g(1 2);
  int a = x ? 1 2;
  switch (x) { default x = 3; }
  do ; while (1) 2;
  int q[2] = {1 2};
  struct { int m; int n o; } s;
  q[0] = a;
  g(q[0] + s.m);
}
3;
return 0;
"s";
+;
struct { int last } s3;
// oracle: gcc -m32 -fsyntax-only -Wall prints these same messages.
// expect: 5:11: error: expected ')' before numeric constant
// expect: 6:15: error: expected '}' before numeric constant
// expect: 8:16: error: expected ':', ',', ';', '}' or '__attribute__' before 'int'
// expect: 9:16: error: expected ':', ',', ';', '}' or '__attribute__' before 'o'
// expect: 12:6: error: expected ')' before numeric constant
// expect: 13:16: error: expected ':' before numeric constant
// expect: 14:23: error: expected ':' before 'x'
// expect: 15:17: error: expected ';' before numeric constant
// expect: 16:17: error: expected '}' before numeric constant
// expect: 17:25: error: expected ':', ',', ';', '}' or '__attribute__' before 'o'
// expect: 21:1: error: expected identifier or '(' before numeric constant
// expect: 22:1: error: expected identifier or '(' before 'return'
// expect: 23:1: error: expected identifier or '(' before string constant
// expect: 24:1: error: expected identifier or '(' before '+' token
// expect: 25:19: warning: no semicolon at end of struct or union
