/* Return statements against the function's type; control reaching the end of a function. */
void k(void) { return 1; }
int m(void) { }
int n(int x) { if (x) return 1; }
int o(int x) { while (1) { if (x) return 1; } }
int p(int x) { for (;;) { if (x) break; } }
int q(int x) { switch (x) { case 1: return 1; default: return 0; } }
int r(int x) { if (x) return 1; else return 2; }
_Noreturn void die(void);
int s(int x) { if (x) return 1; die(); }
int t(void) { return; }
int main(void) { }
void u(int *p, unsigned x) {
  int unused;
  if (x < -1) *p = 1;
  p;
}
// expect: 2:23: error: 'return' with a value, in function returning void
// expect: 2:6: note: declared here
// expect: 3:15: warning: control reaches end of non-void function [-Wreturn-type]
// expect: 4:33: warning: control reaches end of non-void function [-Wreturn-type]
// expect: 6:43: warning: control reaches end of non-void function [-Wreturn-type]
// expect: 11:15: warning: 'return' with no value, in function returning non-void [-Wreturn-type]
// expect: 11:5: note: declared here
// expect: 15:9: warning: comparison of integer expressions of different signedness: 'unsigned int' and 'int' [-Wsign-compare]
// expect: 16:3: warning: statement with no effect [-Wunused-value]
// expect: 14:7: warning: unused variable 'unused' [-Wunused-variable]
