/* Line splices (backslash-newline) inside tokens, directives, comments and strings. */
#def\
ine TW\
O 2
in\
t x = TW\
O; /* comment *\
/ int y = 1\
0;
char *s = "ab\
cd"; // line comment \
continues here
#if TWO \
  == 2
int ok;
#endif
#define F(a, \
   b) a ## \
b
int F(p, q);
