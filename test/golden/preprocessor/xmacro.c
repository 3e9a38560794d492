// X-macros: one list of items expanded into an enum, a table of names and a table of sizes.
int printf(const char *, ...);

#define TYPES(X) \
  X(CHAR, char)  \
  X(SHORT, short) \
  X(INT, int)    \
  X(LONG, long)  \
  X(PTR, void *)

#define ENUM_ITEM(id, t) T_##id,
#define NAME_ITEM(id, t) #t,
#define SIZE_ITEM(id, t) sizeof(t),

enum type { TYPES(ENUM_ITEM) T_COUNT };
static const char *names[] = {TYPES(NAME_ITEM)};
static const unsigned sizes[] = {TYPES(SIZE_ITEM)};

int main(void) {
  unsigned total = 0;
  for (int i = 0; i < T_COUNT; i++) {
    printf("%d %-7s %u\n", i, names[i], sizes[i]);
    total += sizes[i];
  }
  printf("count %d total %u\n", T_COUNT, total);
  return total;
}
