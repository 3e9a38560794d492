/* Integer constants beyond 32 bits, constant expressions, static assertions, initializers. */
int big = 2147483648;
unsigned ok = 4294967295u;
int hex = 0xffffffff;
int huge = 0x100000000;
int neg = -2147483647 - 1;
_Static_assert(sizeof(long) == 4, "ILP32");
_Static_assert(1 == 2, "one is not two");
_Static_assert(big, "not constant");
int arr[3] = {1, 2, 3, 4};
struct p { int x, y; } pt = {.z = 1};
char s[2] = "abc";
int n;
int *bad = &n + n;
static int k = n;
int negative[-1];
int shifts(int x) { return x << 32; }
int divide(int x) { return x / 0; }
enum e { A = 0x7fffffff, B };
int ok_after_errors = sizeof(struct p) + A;
// expect: 2:11: error: integer constant '2147483648' is 'long long' in C, which is not supported in Logos C (write it in hexadecimal or with a 'u' suffix)
// expect: 5:12: error: integer constant '0x100000000' does not fit in 32 bits
// expect: 8:1: error: static assertion failed: "one is not two"
// expect: 9:16: error: expression in static assertion is not an integer constant expression
// expect: 10:24: error: excess elements in array initializer
// expect: 11:31: error: 'struct p' has no member named 'z'
// expect: 12:13: warning: initializer-string for array of 'char' is too long
// expect: 14:12: error: initializer element is not constant
// expect: 15:16: error: initializer element is not constant
// expect: 16:14: error: size of array 'negative' is negative
// expect: 17:30: warning: left shift count >= width of type [-Wshift-count-overflow]
// expect: 18:30: warning: division by zero [-Wdiv-by-zero]
