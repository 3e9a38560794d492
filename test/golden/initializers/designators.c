// Designators: out of order, repeated (the last wins), nested paths, and continuing after one.
int printf(const char *, ...);

struct cfg { int w, h; const char *title; int flags[4]; };

int arr[10] = {[9] = 9, [2] = 2, 3, 4, [0] = 100, [2] = 22};
struct cfg c1 = {.title = "win", .h = 480, .w = 640, .flags = {[3] = 1}};
struct cfg c2 = {.flags[1] = 5, 6, .w = 1, 2};

int main(void) {
  for (int i = 0; i < 10; i++) printf("%d ", arr[i]);
  printf("\n%d %d %s %d %d\n", c1.w, c1.h, c1.title, c1.flags[0], c1.flags[3]);
  printf("%d %d %d %d %d\n", c2.w, c2.h, c2.flags[1], c2.flags[2], c2.title == 0);
  int local[6] = {[4] = 40, [1] = 10, 20};
  for (int i = 0; i < 6; i++) printf("%d ", local[i]);
  printf("\n");
  struct cfg lc = {.w = 3, .title = "t", .w = 4};
  printf("%d %s\n", lc.w, lc.title);
  return arr[2] + local[2];
}
