// typedefs of pointer types: const applies to the pointer, not to what it points at.
int printf(const char *, ...);

typedef char *string;
typedef const char *cstring;
typedef int *intp;

int main(void) {
  char buf[] = "abc";
  const string s = buf;   /* char *const */
  s[0] = 'X';             /* allowed: the chars are not const */
  cstring t = "lit";
  t = buf;                /* allowed: the pointer is not const */
  intp a, b;              /* both are pointers */
  int x = 1, y = 2;
  a = &x, b = &y;
  *a += *b;
  printf("%s %s %d %d\n", s, t, x, (int)(sizeof a + sizeof b));
  typedef intp *intpp;
  intpp pp = &a;
  **pp = 40;
  printf("%d\n", x);
  return x + y;
}
