// Flexible array members: a header followed by its data in one block of static storage.
int printf(const char *, ...);

struct buf { int len; int cap; char data[]; };

static union { struct buf b; char bytes[64]; } storage;

static void append(struct buf *b, const char *s) {
  while (*s && b->len < b->cap) b->data[b->len++] = *s++;
}

int main(void) {
  struct buf *b = &storage.b;
  b->cap = (int)(sizeof storage - sizeof(struct buf));
  append(b, "hello");
  append(b, ", flexible ");
  append(b, "arrays");
  printf("%.*s (%d of %d)\n", b->len, b->data, b->len, b->cap);
  printf("sizeof header %d, data at %d\n", (int)sizeof(struct buf), (int)__builtin_offsetof(struct buf, data));
  append(b, " and more text than fits into the rest of the block");
  printf("len %d: last %c\n", b->len, b->data[b->len - 1]);
  return b->len;
}
