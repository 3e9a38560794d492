/* Rescanning, hide sets, nested and recursive macros, # and ##. */
#define foo foo
#define bar foo bar
foo bar
#define AA BB
#define BB AA
AA BB
#define f(x) g(x)
#define g(x) f(x) x
f(1) g(2)
#define LPAREN (
#define call(m, a) m a
#define id(x) x
call(id, (7)) id LPAREN 8)
#define cat(a, b) a ## b
#define xcat(a, b) cat(a, b)
cat(1, cat(2, 3)) xcat(xcat(1, 2), 3)
cat(x, __LINE__) xcat(x, __LINE__)
#define s(x) #x
#define xs(x) s(x)
s("a\n" 'b' \ x) xs(cat(a, b)) s(  spaced   out  ) s(a
b)
#define va(fmt, ...) fn(fmt, __VA_ARGS__)
#define gnu(fmt, ...) fn(fmt, ## __VA_ARGS__)
va(1, 2, 3) va(1,) gnu(1) gnu(1, 2)
#define empty()
#define E
empty() E x E
#define max(a, b) ((a) > (b) ? (a) : (b))
max(max(1, 2), max(3, (4, 5)))
#define n_args(...) #__VA_ARGS__
n_args() n_args(a, b,c)
#define paste3(a, b, c) a ## b ## c
paste3(x, , z) paste3(, y, ) paste3(, , ) paste3(1, 2, 3)
#define op(a, b) a ## b
op(+, =) op(<, <=) op(-, >)
#define obj (1 + obj)
obj
#define fn_not_called(x) x
fn_not_called + (fn_not_called)(1)
#define multiline(a, b) [a|b]
multiline(
  1,
  2
)
