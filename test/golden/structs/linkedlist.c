// A singly linked list built from an array of nodes: insertion in order, removal, reversal.
int printf(const char *, ...);

struct node { int v; struct node *next; };
static struct node nodes[10];

static void insert_sorted(struct node **head, struct node *n) {
  while (*head && (*head)->v < n->v) head = &(*head)->next;
  n->next = *head;
  *head = n;
}

static void remove_value(struct node **head, int v) {
  for (; *head; head = &(*head)->next)
    if ((*head)->v == v) { *head = (*head)->next; return; }
}

static struct node *reverse(struct node *h) {
  struct node *prev = 0;
  while (h) { struct node *next = h->next; h->next = prev; prev = h; h = next; }
  return prev;
}

static void show(const struct node *h) {
  for (; h; h = h->next) printf("%d%s", h->v, h->next ? " -> " : "\n");
}

int main(void) {
  int vals[] = {5, 1, 9, 3, 7, 2, 8};
  struct node *head = 0;
  for (int i = 0; i < 7; i++) { nodes[i].v = vals[i]; insert_sorted(&head, &nodes[i]); }
  show(head);
  remove_value(&head, 1);
  remove_value(&head, 9);
  remove_value(&head, 5);
  show(head);
  head = reverse(head);
  show(head);
  return head->v;
}
