/* Declarator torture tests: every shape of declarator C allows. */
int (*(*f1)(int))[3];
void (*signal(int sig, void (*handler)(int)))(int);
int *ap[10];
int (*pa)[10];
int **pp, *const *cpp, *volatile *restrict vrp;
int (*fp_array[4])(void);
int (*(*fp_ret_fp(void))(char))(long);
char (*(*x(void))[3])(void);
int (*(*(*deep)(int))(int))(int);
unsigned long (*table[2][3])(const char *, ...);
const int ci = 3, *pci, *const cpci = 0;
static int arr2d[2][3] = {{1, 2, 3}, {4, 5, 6}};
extern int incomplete[];
int params(int a[static 4], const char *restrict s, int (*cb)(void *), void *);
int abstract_params(int *, int [], int (*)[3], int (*)(int), int *(*)(int *));
int unnamed_fn(int (void));
void noargs();
int (f2)(int x);
int ((paren_name));
typedef int (*binop)(int, int);
binop ops[4];
int sizes(void) {
  return sizeof(int *) + sizeof(int (*)[3]) + sizeof(int (*)(void)) + sizeof(char[7]) +
         sizeof(int *[5]) + sizeof(void (**)(int)) + _Alignof(long);
}
int casts(void *p) {
  int (*g)(int) = (int (*)(int))p;
  char *(*h)[2] = (char *(*)[2])p;
  return (int)(long)p + (g != 0) + (h != 0) + (int)(unsigned char)(signed char)-1;
}
