// An object's own size in its initializer, and structs holding pointers into themselves.
int printf(const char *, ...);

struct ring { int buf[4]; int *head, *end; };
struct ring r = {{1, 2, 3, 4}, &r.buf[1], r.buf + 4};
int sizes[3] = {sizeof sizes, sizeof sizes[0], 0};
static char msg[] = "hello";
static struct { char *start; char *end; } span = {msg, msg + sizeof msg - 1};

int main(void) {
  printf("%d %d\n", *r.head, (int)(r.end - r.head));
  printf("%d %d\n", sizes[0], sizes[1]);
  printf("%d %c %c\n", (int)(span.end - span.start), *span.start, span.end[-1]);
  int n = sizeof n * 2;
  printf("%d\n", n);
  return (int)(r.end - r.buf);
}
