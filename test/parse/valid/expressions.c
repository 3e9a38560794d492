/* Every operator, with C's precedence and associativity. */
struct pt { int x, y; struct pt *next; int a[4]; };
int g(int a, int b) { return a - b; }
int exprs(int a, int b, int c, struct pt *p, struct pt q, int *ip) {
  int r = 0;
  r = a + b * c - a / b % c;
  r = a << 2 >> 1 < b <= c > a >= b == c != a;
  r = a & b ^ c | a && b || c;
  r = a ? b : c ? a : b;
  r = (a, b, c);
  r += 1; r -= 1; r *= 2; r /= 2; r %= 3; r <<= 1; r >>= 1; r &= 7; r ^= 3; r |= 8;
  r = a = b = c;
  r = -a + +b - ~c + !a;
  r = *ip + ip[0] + 0[ip] + *&r;
  r = ++a + --b + a++ + b--;
  r = p->x + p->next->y + q.x + q.a[2] + p->a[1] + (*p).y + (&q)->x;
  r = g(a, b) + g(g(1, 2), (3, 4));
  r = sizeof r + sizeof(r) + sizeof(struct pt) + sizeof q.a / sizeof q.a[0] + sizeof -r;
  r = (int)sizeof(int) + (char)a + (unsigned)b;
  r = a - -b + a - - - b + a++ + ++b + - --a;
  r = !!a + ~~b;
  r = a < b ? a : b;
  r = (a > b) * (b > c);
  r = 'a' + '\n' + '\x41' + '\101' + '\'' + L'x';
  r = 0x7ff + 0777 + 10u + 10U + 10l + 10L + 10ul + 10LU + 0;
  ip = &r, *ip = 3;
  return r;
}
const char *strings(void) {
  const char *s = "hello" " " "world";
  s = "esc\t\n\\\"\x41\101\0";
  return s;
}
