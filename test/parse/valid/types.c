/* Structs, unions, enums, bit-fields, anonymous members, qualifiers, storage classes. */
struct s1;
struct s1 { int a; char b; };
struct s2 { struct s1 inner; struct s2 *self; unsigned flags : 3, : 2, mode : 1; int : 0; };
union u1 { int i; unsigned char bytes[4]; struct { short lo, hi; } half; };
struct anon { int kind; union { int i; char *s; }; struct { int x, y; }; };
enum color { RED, GREEN = 5, BLUE, };
enum color c1 = BLUE;
enum { ANON_A = 1 << 2, ANON_B = ANON_A | 1 };
typedef enum { NO, YES } bool_t;
static const volatile int cv = 0;
extern unsigned int eu;
int register_fn(void);
unsigned short us; signed char sc; unsigned char uc; short int si; long int li;
unsigned long int uli; long unsigned lu; signed s; unsigned u; _Bool flag;
const char *const ccp = "x";
static inline int sq(int x) { return x * x; }
_Noreturn void die(void);
_Alignas(16) char buf[32];
_Alignas(int) char buf2[8];
_Static_assert(sizeof(int) == 4, "int is 32 bits");
_Static_assert(1, "ok");
struct { int x; } anon_var;
void auto_reg(void) { auto int a = 1; register int r = a; (void)r; }
struct s2 *sp;
int use(void) { return sp->flags + sizeof(struct anon) + sizeof(union u1); }
