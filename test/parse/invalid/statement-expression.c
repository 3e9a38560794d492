/* GNU statement expressions are not Logos C (nor ISO C). */
int f(int a) {
  return ({ int b = a * 2; b + 1; });
}
