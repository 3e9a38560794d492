/* Redeclarations: one entity per name and linkage, with notes on the earlier declaration. */
int x;
long x;
int f(int);
int f(char *);
struct s { int a; int a; };
struct s { int b; };
struct t { int w : 40; int z : -1; unsigned q : 0; };
typedef int T;
typedef long T;
typedef int T;
int y = 1;
int y = 2;
static int z;
int z;
extern int e;
int e = 3;
int tentative;
int tentative;
void v;
void g(void) {
  int k;
  int k;
  extern int e;
  static int counter;
  counter++;
}
// expect: 3:6: error: conflicting types for 'x'; have 'long int'
// expect: 2:5: note: previous declaration of 'x' with type 'int'
// expect: 5:5: error: conflicting types for 'f'; have 'int(char *)'
// expect: 4:5: note: previous declaration of 'f' with type 'int(int)'
// expect: 6:23: error: duplicate member 'a'
// expect: 7:8: error: redefinition of 'struct s'
// expect: 6:8: note: originally defined here
// expect: 8:16: error: width of 'w' exceeds its type
// expect: 8:28: error: negative width in bit-field 'z'
// expect: 8:45: error: zero width for bit-field 'q'
// expect: 10:14: error: conflicting types for 'T'; have 'long int'
// expect: 9:13: note: previous declaration of 'T' with type 'T' {aka 'int'}
// expect: 13:5: error: redefinition of 'y'
// expect: 12:5: note: previous definition of 'y' with type 'int'
// expect: 15:5: error: non-static declaration of 'z' follows static declaration
// expect: 14:12: note: previous declaration of 'z' with type 'int'
// expect: 20:6: error: variable or field 'v' declared void
// expect: 23:7: error: redeclaration of 'k' with no linkage
// expect: 22:7: note: previous declaration of 'k' with type 'int'
// expect: 23:7: warning: unused variable 'k' [-Wunused-variable]
