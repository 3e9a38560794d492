// Pointers in conditions: a null pointer is false, && guards a dereference, ! and == 0 agree.
int printf(const char *, ...);

struct node { int value; struct node *next; };

static int length(const struct node *n) {
  int len = 0;
  while (n) { len++; n = n->next; }
  return len;
}

static int second_value(const struct node *n) {
  return n && n->next ? n->next->value : -1;
}

int main(void) {
  struct node c = { 3, 0 }, b = { 2, &c }, a = { 1, &b };
  const struct node *none = 0, *head = &a;
  printf("length %d %d %d\n", length(&a), length(&c), length(none));
  printf("second %d %d %d\n", second_value(&a), second_value(&c), second_value(none));
  printf("!none=%d none==0=%d !&a=%d\n", !none, none == 0, !head);
  int *p = 0;
  int guarded = p != 0 && *p > 0;
  printf("guarded=%d\n", guarded);
  return length(&a);
}
