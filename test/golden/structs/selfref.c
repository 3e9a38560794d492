// Self-referential structs: a binary search tree from a static pool, walked in order.
int printf(const char *, ...);

struct node { int key; struct node *left, *right; };

static struct node pool[16];
static int used;

static struct node *insert(struct node *t, int key) {
  if (!t) {
    struct node *n = &pool[used++];
    n->key = key;
    return n;
  }
  if (key < t->key) t->left = insert(t->left, key);
  else t->right = insert(t->right, key);
  return t;
}

static void walk(const struct node *t) {
  if (!t) return;
  walk(t->left);
  printf("%d ", t->key);
  walk(t->right);
}

static int height(const struct node *t) {
  if (!t) return 0;
  int l = height(t->left), r = height(t->right);
  return 1 + (l > r ? l : r);
}

int main(void) {
  int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
  struct node *root = 0;
  for (int i = 0; i < 10; i++) root = insert(root, keys[i]);
  walk(root);
  printf("\nheight %d, nodes %d\n", height(root), used);
  printf("root %d, leftmost %d\n", root->key, root->left->left->key);
  return height(root);
}
