// bsearch over sorted tables: structs found by a string key, the first and last elements, misses.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry { const char *name; int code; };
static const struct entry table[] = {{"alpha", 1}, {"bravo", 2}, {"charlie", 3}, {"delta", 4}, {"echo", 5},
                                     {"foxtrot", 6}, {"golf", 7}};

static int by_name(const void *key, const void *elem) {
  return strcmp((const char *)key, ((const struct entry *)elem)->name);
}

int main(void) {
  const char *keys[] = {"alpha", "golf", "delta", "zulu", "", "echo", "charlie", "bravo", "foxtrot", "aaa"};
  int found = 0;
  for (int i = 0; i < 10; i++) {
    const struct entry *e = bsearch(keys[i], table, 7, sizeof table[0], by_name);
    if (e) found++, printf("%s -> %d (index %d)\n", keys[i], e->code, (int)(e - table));
    else printf("%s -> missing\n", keys[i]);
  }
  printf("in empty table: %s\n", bsearch("x", table, 0, sizeof table[0], by_name) ? "found" : "missing");
  return found;
}
