// Code for the disassembler test: gcc -m32 compiles it at several levels, and the listings of
// logosc objdump and objdump must be the same.
typedef unsigned int size_t;
void *memcpy(void *dest, const void *src, size_t n);

struct node { int key; struct node *left, *right; char name[16]; };
static int depth(struct node *n) { if (!n) return 0; int l = depth(n->left), r = depth(n->right); return 1 + (l > r ? l : r); }
int find(struct node *n, int key) { while (n && n->key != key) n = key < n->key ? n->left : n->right; return n ? n->key : -1; }
unsigned hash(const char *s) { unsigned h = 5381; while (*s) h = h * 33 ^ (unsigned char)*s++; return h; }
unsigned mul(unsigned a, unsigned b) { return a * b; }
int sum(int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i] * (i & 3); return s + depth(0); }
void copy(struct node *d, const struct node *s) { memcpy(d, s, sizeof *d); d->name[0] = (char)(s->key >> 3); }
short sx(signed char c, unsigned short u) { return (short)(c * u) >> 2; }
int sel(int a, int b, int c) { return a < b ? c : a == b ? b : a; }
