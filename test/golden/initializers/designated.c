// Initializers: designated, nested, partial (the rest zero), for locals and statics.
int printf(const char *, ...);

struct config { int width, height; const char *title; int flags[4]; };
static struct config defaults = {.title = "untitled", .width = 640, .flags[2] = 1};
static int squares[8] = {[3] = 9, [5] = 25, 36};
static int *pointers[] = {&squares[3], &squares[5], 0};

int main(void) {
  struct config c = {.height = 480, .flags = {1, 2}};
  printf("%d %d %s %d%d%d%d\n", defaults.width, defaults.height, defaults.title, defaults.flags[0], defaults.flags[1], defaults.flags[2], defaults.flags[3]);
  printf("%d %d %d %d%d%d%d\n", c.width, c.height, c.title == 0, c.flags[0], c.flags[1], c.flags[2], c.flags[3]);
  for (int i = 0; i < 8; i++) printf("%d ", squares[i]);
  printf("\n%d %d %d\n", *pointers[0], *pointers[1], pointers[2] == 0);
  int m[2][3] = {{1}, {4, 5}};
  for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) printf("%d", m[i][j]);
  char s[6] = "ab";
  printf("\n%d %d %d\n", s[1], s[2], s[5]);
  struct { int a; char b; } anon[] = {{1, 'x'}, {2}};
  printf("%d %d %d\n", (int)(sizeof anon / sizeof anon[0]), anon[1].a, anon[1].b);
  return 0;
}
