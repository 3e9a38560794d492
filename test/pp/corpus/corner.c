/* More macro corner cases. */
#define EMPTY
#define LPAREN (
#define RPAREN )
#define F(x, y) x + y
#define ELLIP_FUNC(...) __VA_ARGS__
#define G(x) #x
#define H(x) G(x)
#define CAT(a, b) a ## b
#define XCAT(a, b) CAT(a, b)
#define ID(x) x
#define NIL(x) x
#define APPLY(m, x) m(x)
F(1, 2) F(, 2) F(1, ) F(,)
ELLIP_FUNC(a, b, c) ELLIP_FUNC() ELLIP_FUNC(F(1,2))
G( a   "b\n"   'c' /* comment */ d ) G() G(  ) G("\\" '\'')
H(EMPTY) H(F(1,2)) H(__LINE__)
CAT(x, y) CAT(1, 2) CAT(+, +) CAT(<, <=) CAT(, x) CAT(x, ) CAT(,)
XCAT(XCAT(a, b), c) XCAT(L, "s") CAT(0x, 1f)
ID(ID)(3) NIL(NIL)(NIL(4))
APPLY(ID, 5) APPLY(G, x y)
F
(7, 8)
ID
/* c */ (9)
ID EMPTY (10)
#define f(a) a*g
#define g(a) f(a)
f(2)(9)
#define AA BB
#define BB AA
AA BB
#define str(s) # s
#define xstr(s) str(s)
#define INCFILE(n) vers ## n
xstr(INCFILE(2).h) str(strncmp("abc\0d", "abc", '\4') == 0)
#define t(x,y,z) x ## y ## z
t(1,2,3) t(,4,5) t(6,,7) t(8,9,) t(10,,) t(,11,) t(,,12) t(,,)
#define OBJ (1 + OBJ)
OBJ
#define FN(x) (x + FN(x))
FN(FN(1))
#define COMMA ,
ID(a COMMA b) F(COMMA, COMMA)
#define PARENS() ()
PARENS() PARENS ()
#define q(x) x
q(q)(q)(1)
