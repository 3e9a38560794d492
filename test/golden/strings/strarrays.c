// Arrays of strings two ways: pointers to literals versus a 2-D char array, and what sizeof says.
int printf(const char *, ...);

const char *as_ptrs[] = {"mercury", "venus", "earth", "mars"};
char as_rows[][8] = {"mercury", "venus", "earth", "mars"};

int main(void) {
  printf("%d %d\n", (int)sizeof as_ptrs, (int)sizeof as_rows);
  as_rows[2][0] = 'E';
  as_ptrs[3] = as_rows[3];
  as_rows[3][0] = 'M';
  for (int i = 0; i < 4; i++) printf("%s/%s ", as_ptrs[i], as_rows[i]);
  printf("\n");
  int longest = 0;
  for (int i = 0; i < 4; i++) {
    int n = 0;
    while (as_rows[i][n]) n++;
    if (n > longest) longest = n;
  }
  printf("longest %d, first letters %c%c%c%c\n", longest, **as_ptrs, *as_ptrs[1], as_rows[2][0], 3[as_rows][0]);
  return longest;
}
