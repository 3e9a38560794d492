/* Initializers: nested, designated, strings, compound literals. */
struct point { int x, y; };
struct rect { struct point a, b; int tag[3]; };
union u { int i; char c[4]; };
int a1[] = {1, 2, 3,};
int a2[5] = {[2] = 5, [3] = 7, 1};
int a3[2][2] = {{1, 2}, {3, 4}};
int a4[2][2] = {1, 2, 3, 4};
struct point p1 = {1, 2};
struct point p2 = {.y = 2, .x = 1};
struct rect r1 = {.a = {1, 2}, .b.x = 3, .tag[1] = 4, .tag = {1}};
struct rect r2 = {{1, 2}, {3, 4}, {5, 6, 7}};
union u u1 = {.c = {1, 2}};
char s1[] = "abc";
char s2[10] = "abc";
char s3[] = {"abc"};
const char *names[] = {"a", "b", 0};
struct point pts[] = {[0].x = 1, [1] = {2, 3}};
int empty_braces[3] = {0};
int *cl(void) {
  static int *p;
  struct point q = (struct point){.x = 1};
  p = (int[]){1, 2, 3};
  return p + q.x + ((struct point){4, 5}).y + sizeof((int[]){1, 2});
}
