// The # operator: stringizing arguments, with spaces collapsed and quotes and backslashes escaped.
int printf(const char *, ...);

#define STR(x) #x
#define XSTR(x) STR(x)
#define VALUE 42
#define SHOW(e) printf("%s = %d\n", #e, (e))

int main(void) {
  printf("%s\n", STR(hello));
  printf("%s\n", STR(  a   +    b  ));
  printf("%s\n", STR("quoted" and 'c' and "back\\slash"));
  printf("%s %s\n", STR(VALUE), XSTR(VALUE));
  printf("[%s]\n", STR());
  SHOW(1 + 2 * 3);
  SHOW(VALUE / 5);
  SHOW(sizeof(int));
  return sizeof STR(abc);
}
