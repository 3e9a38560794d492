/* Values computed and thrown away (gcc's -Wunused-value): "statement with no effect" when
   evaluating does nothing, "value computed is not used" when it does something but its last
   operation only computes a value, at that operation; and the operands of a comma expression
   that do nothing. Calls, stores, increments and casts to void are not reported. */
int g(int);
int *p;
volatile int v;
int f(int a) {
  a;
  3;
  a + 1;
  g(a) + 1;
  a == 1;
  -g(a);
  *p;
  *p++;
  a && g(a);
  a && 1;
  g(a), 1;
  (a = 1) + 2;
  !g(a);
  (char)a;
  (char)g(a);
  (void)a;
  v;
  a = (a, g(a), a);
  g(a);
  a++;
  return a;
}
// oracle: gcc -m32 -fsyntax-only -Wall prints these same messages.
// expect: 9:3: warning: statement with no effect [-Wunused-value]
// expect: 10:3: warning: statement with no effect [-Wunused-value]
// expect: 11:5: warning: statement with no effect [-Wunused-value]
// expect: 12:8: warning: value computed is not used [-Wunused-value]
// expect: 13:5: warning: statement with no effect [-Wunused-value]
// expect: 14:3: warning: value computed is not used [-Wunused-value]
// expect: 15:3: warning: statement with no effect [-Wunused-value]
// expect: 16:3: warning: value computed is not used [-Wunused-value]
// expect: 17:5: warning: value computed is not used [-Wunused-value]
// expect: 18:5: warning: statement with no effect [-Wunused-value]
// expect: 19:7: warning: right-hand operand of comma expression has no effect [-Wunused-value]
// expect: 20:11: warning: value computed is not used [-Wunused-value]
// expect: 21:3: warning: value computed is not used [-Wunused-value]
// expect: 22:3: warning: statement with no effect [-Wunused-value]
// expect: 23:3: warning: value computed is not used [-Wunused-value]
// expect: 26:9: warning: left-hand operand of comma expression has no effect [-Wunused-value]
