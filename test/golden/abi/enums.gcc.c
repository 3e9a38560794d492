// The gcc side of abi/enums.
enum color { RED, GREEN = 10, BLUE = -1 };
enum __attribute__((packed)) kind { SMALL = 1, LARGE = 200 };
struct item { enum kind k; char c; enum color col; };

enum color gcc_next(enum color c) { return c == RED ? GREEN : c == GREEN ? BLUE : RED; }

unsigned gcc_layout(void) {
  return sizeof(struct item) << 24 | __builtin_offsetof(struct item, c) << 16 |
         __builtin_offsetof(struct item, col) << 8 | sizeof(enum kind);
}

struct item gcc_item(enum kind k) {
  struct item it = {k, 'z', BLUE};
  return it;
}

int gcc_describe(struct item it) { return it.k * 1000 + it.c * 10 + it.col; }
