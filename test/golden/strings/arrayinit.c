// char arrays initialized by string literals: exact fit without the NUL, padding with zeros.
int printf(const char *, ...);

char global[8] = "abc";
char exact[3] = "xyz";
char sized[] = "sized";
char braces[] = {"in braces"};

int main(void) {
  char local[10] = "hi";
  int zeros = 0;
  for (int i = 2; i < 10; i++) zeros += local[i] == 0;
  printf("local: %s zeros=%d\n", local, zeros);
  zeros = 0;
  for (int i = 3; i < 8; i++) zeros += global[i] == 0;
  printf("global: %s zeros=%d\n", global, zeros);
  printf("exact: %c%c%c sizeof=%d\n", exact[0], exact[1], exact[2], (int)sizeof exact);
  printf("sized: %s sizeof=%d\n", sized, (int)sizeof sized);
  printf("braces: %s sizeof=%d\n", braces, (int)sizeof braces);
  char exact_local[4] = "four";
  printf("exact local: %.4s\n", exact_local);
  char grid[2][4] = {"ab", "cde"};
  printf("grid: %s %s %d\n", grid[0], grid[1], grid[0][3]);
  unsigned char bytes[] = "\xff\x01";
  printf("bytes: %d %d %d\n", bytes[0], bytes[1], (int)sizeof bytes);
  return 0;
}
