// a[i], *(a + i), *(i + a) and i[a] are the same object.
int printf(const char *, ...);

int main(void) {
  int a[6] = { 2, 4, 8, 16, 32, 64 };
  int same = 0;
  for (int i = 0; i < 6; i++) same += a[i] == *(a + i) && *(i + a) == i[a] && &a[i] == a + i;
  printf("forms agree for %d of 6\n", same);
  2[a] = 100;
  printf("a[2] = %d\n", a[2]);
  printf("\"xyz\"[1] = %c, 2[\"xyz\"] = %c\n", "xyz"[1], 2["xyz"]);
  int *mid = &a[3];
  printf("mid[-1] = %d, mid[2] = %d\n", mid[-1], mid[2]);
  return same;
}
