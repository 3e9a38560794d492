/* Features outside Logos C are named as such. */
float f;
double d;
long long ll;
int i = 1.5;
unsigned long long ull = 10ULL;
_Complex int ci;
int g(void) { return ({ int x = 1; x; }); }
// expect: 2:1: error: 'float' is not supported in Logos C
// expect: 3:1: error: 'double' is not supported in Logos C
// expect: 4:1: error: 'long long' is not supported in Logos C
// expect: 5:9: error: floating constants are not supported in Logos C
// expect: 6:1: error: 'long long' is not supported in Logos C
// expect: 6:26: error: 'long long' is not supported in Logos C
// expect: 7:1: error: '_Complex' is not supported in Logos C
// expect: 8:22: error: statement expressions are not supported in Logos C
