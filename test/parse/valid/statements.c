/* Every statement. */
int printf(const char *fmt, ...);
int stmts(int n) {
  int i, s = 0;
  ;
  {}
  if (n) s = 1;
  if (n > 1) s = 2; else s = 3;
  if (n > 2) if (n > 3) s = 4; else s = 5;
  while (n-- > 0) s++;
  do s--; while (s > 100);
  do { s += 2; } while (0);
  for (;;) break;
  for (i = 0; i < 10; i++) continue;
  for (int j = 0, k = 1; j < k; j++) s += j;
  switch (n) {
  case 0:
    s = 0;
    break;
  case 1:
  case 2: {
    s = 2;
    break;
  }
  case 'a':
  case 3 + 4:
    s = 7;
  default:
    s = -1;
  }
  switch (n) default: s = 9;
  goto out;
again:
  s++;
out:
  if (s < 0) goto again;
  return s;
}
void noreturn_value(void) { return; }
int nested_loops(int n) {
  int t = 0;
  while (1) {
    for (int a = 0; a < n; a++) {
      do {
        if (a & 1) continue;
        t += a;
      } while (0);
    }
    break;
  }
  return t;
}
