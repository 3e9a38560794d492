// String literals initializing pointers, char arrays, and arrays of arrays of char.
int printf(const char *, ...);

const char *ptrs[] = {"one", "two", "three"};
char rows[][6] = {"a", "bb", "ccc", "dddd"};
char nested[2][2][4] = {{"ab", "cd"}, {"ef"}};
struct named { char name[4]; int v; } named[] = {{"x", 1}, {"yz", 2}, {"abc", 3}};

int main(void) {
  for (int i = 0; i < 3; i++) printf("%s ", ptrs[i]);
  printf("\n%d rows of %d\n", (int)(sizeof rows / sizeof rows[0]), (int)sizeof rows[0]);
  for (int i = 0; i < 4; i++) printf("%s ", rows[i]);
  printf("\n%s %s %s [%s]\n", nested[0][0], nested[0][1], nested[1][0], nested[1][1]);
  for (int i = 0; i < 3; i++) printf("%s=%d ", named[i].name, named[i].v);
  printf("\n");
  char local[][3] = {"ab", "c"};
  printf("%s %s %d\n", local[0], local[1], (int)sizeof local);
  return sizeof rows;
}
