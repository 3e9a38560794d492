// ABI: enums across the compilers — as arguments and results, and packed enums inside shared structs.
int printf(const char *, ...);

enum color { RED, GREEN = 10, BLUE = -1 };
enum __attribute__((packed)) kind { SMALL = 1, LARGE = 200 };
struct item { enum kind k; char c; enum color col; };

/* gcc side */
enum color gcc_next(enum color c);
unsigned gcc_layout(void);
struct item gcc_item(enum kind k);
int gcc_describe(struct item it);

int main(void) {
  printf("%d %d %d\n", gcc_next(RED), gcc_next(GREEN), gcc_next(BLUE));
  printf("layout gcc %08x logosc %02x%02x%02x%02x\n", gcc_layout(), (unsigned)sizeof(struct item),
         (unsigned)__builtin_offsetof(struct item, c), (unsigned)__builtin_offsetof(struct item, col),
         (unsigned)sizeof(enum kind));
  struct item it = gcc_item(LARGE);
  printf("%d %c %d\n", it.k, it.c, it.col);
  it.k = SMALL;
  it.col = GREEN;
  printf("%d\n", gcc_describe(it));
  return gcc_next(BLUE) == RED ? 0 : 1;
}
