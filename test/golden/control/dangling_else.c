// An else belongs to the nearest if without one: braces change which if it belongs to.
int printf(const char *, ...);

static const char *classify(int a, int b) {
  if (a > 0)
    if (b > 0)
      return "both positive";
    else
      return "a positive, b not";
  return "a not positive";
}

static const char *braced(int a, int b) {
  if (a > 0) {
    if (b > 0) return "both positive";
  } else
    return "a not positive";
  return "a positive, b not";
}

int main(void) {
  int as[] = { 1, 1, -1, -1 }, bs[] = { 1, -1, 1, -1 };
  for (int i = 0; i < 4; i++) {
    printf("%2d %2d: %-18s | %s\n", as[i], bs[i], classify(as[i], bs[i]), braced(as[i], bs[i]));
  }
  return 0;
}
