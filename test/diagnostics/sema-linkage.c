/* Linkage: one entity per name, and what may not be joined. */
int shared;
static int f(void);
int f(void) { return shared; }
int g(void);
static int g(void);
void h(void) {
  static int a = 1;
  extern int a;
  extern int shared;
  extern int later;
  a = later + shared + f();
}
int later = 2;
// expect: 6:12: error: static declaration of 'g' follows non-static declaration
// expect: 5:5: note: previous declaration of 'g' with type 'int(void)'
// expect: 9:14: error: extern declaration of 'a' follows declaration with no linkage
// expect: 8:14: note: previous definition of 'a' with type 'int'
