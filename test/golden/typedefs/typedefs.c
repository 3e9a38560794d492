// typedef names for scalars, pointers, arrays, structs and functions.
int printf(const char *, ...);

typedef unsigned int u32;
typedef unsigned char byte;
typedef int vec3[3];
typedef struct node { int value; struct node *next; } node;
typedef int binop(int, int);

static int add(int a, int b) { return a + b; }

int main(void) {
  u32 x = 0xffffffff;
  byte b = (byte)x;
  vec3 v = {1, 2, 3};
  node n2 = {2, 0}, n1 = {1, &n2};
  binop *f = add;
  int total = 0;
  for (node *p = &n1; p; p = p->next) total += p->value;
  printf("%u %d %d %d %d\n", x, b, v[0] + v[1] + v[2], total, f(20, 22));
  printf("%d %d\n", (int)sizeof(vec3), (int)sizeof(node));
  return 0;
}
