// Doubly linked lists, as an allocator's free bins keep them: unlinking a node reads a
// neighbour's pointer, tests it, and stores through it in the next block — a load whose value
// is both an address (`c->prev->next`) and, in another block, a branch condition.
int printf(const char *, ...);

struct node {
  int size;
  struct node *next, *prev;
};

/* Takes `c` out of whatever list holds it; the neighbours' links skip it. */
void unlink_node(struct node *c) {
  if (c->prev) c->prev->next = c->next;
  if (c->next) c->next->prev = c->prev;
  c->next = c->prev = 0;
}

/* Puts `c` right after `at`. */
void insert_after(struct node *at, struct node *c) {
  c->prev = at;
  c->next = at->next;
  if (at->next) at->next->prev = c;
  at->next = c;
}

/* Prints the list forwards from `head`, then backwards from its last node. */
static void show(const char *what, struct node *head) {
  struct node *last = head;
  printf("%s:", what);
  for (struct node *n = head; n; n = n->next) {
    printf(" %d", n->size);
    last = n;
  }
  printf(" |");
  for (struct node *n = last; n; n = n->prev) printf(" %d", n->size);
  printf("\n");
}

/* The node of the list from `head` whose size is the smallest at least `want` (best fit). */
static struct node *best_fit(struct node *head, int want) {
  struct node *best = 0;
  for (struct node *n = head; n; n = n->next)
    if (n->size >= want && (!best || n->size < best->size)) best = n;
  return best;
}

int main(void) {
  struct node pool[6];
  struct node *head = &pool[0];
  head->size = 0;
  head->next = head->prev = 0;
  for (int k = 1; k < 6; k++) {
    pool[k].size = k * 16;
    insert_after(k == 1 ? head : &pool[k - 1], &pool[k]);
  }
  show("built", head);
  unlink_node(&pool[3]); /* middle */
  show("without 48", head);
  unlink_node(&pool[5]); /* last: next is null */
  show("without 80", head);
  unlink_node(&pool[1]); /* first after the head */
  show("without 16", head);
  unlink_node(&pool[3]); /* already out: both links null */
  show("again 48", head);
  struct node *fit = best_fit(head, 40);
  printf("best fit for 40: %d\n", fit ? fit->size : -1);
  unlink_node(fit);
  insert_after(head, fit);
  show("moved to front", head);
  printf("links: %d %d\n", pool[3].next == 0, pool[3].prev == 0);
  return 0;
}
