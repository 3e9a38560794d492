// && and || evaluate their right side only when needed; ! and the values they give.
int printf(const char *, ...);
static int calls;
static int t(int v) { calls++; return v; }

int main(void) {
  int r = t(0) && t(1);
  printf("%d %d\n", r, calls);
  r = t(1) || t(0);
  printf("%d %d\n", r, calls);
  r = t(1) && t(2) && t(0) && t(5);
  printf("%d %d\n", r, calls);
  r = (t(0) || t(0)) || !t(0);
  printf("%d %d\n", r, calls);
  int *p = 0;
  if (p && *p) printf("never\n");
  if (!p || *p) printf("null pointer guarded\n");
  return 0;
}
