/* Typedef names versus ordinary identifiers, resolved by scope. */
typedef int T;
typedef T *TP;
typedef struct node { struct node *next; T value; } node_t, *node_p;
typedef void (*handler_t)(int);
typedef int A[4];
T global_t;
A global_a;
int mul(int T2) { T x = 2; T * y = &x; return T2 * *y; }
int shadow(void) {
  T a = 1;
  {
    int T = 4;          /* an ordinary variable hides the typedef */
    a = T * 2;          /* a multiplication */
  }
  {
    typedef char T;     /* an inner typedef */
    T c = 'c';
    a += c;
  }
  T * p = &a;           /* the outer typedef again: a declaration */
  return *p + (T)1 + sizeof(T) + sizeof(T *);
}
int param_shadow(int T) { return T * 2; }
int param_shadow2(int T, int y) { return T * y; }
T after_param_shadow(T x) { return x; }
void member_names(void) {
  struct { T T; int node_t; } s;   /* member names live in their own name space */
  s.T = 1;
  s.node_t = 2;
}
int label_and_typedef(void) {
  T T2 = 0;
  goto done;
done:
  return T2;
}
enum { E0, E1 };
int enum_shadow(void) {
  typedef int E2;
  E2 v = 1;
  {
    enum { E2 = 5 };   /* an enumerator hides the typedef */
    v = E2 * 2;
  }
  return v;
}
int for_scope(void) {
  int s = 0;
  for (T i = 0; i < 3; i++) s += i;
  for (int TP = 0; TP < 2; TP++) s += TP * 2;
  TP q = &s;
  return *q;
}
node_p list_head(node_t *n) { return n->next; }
