// ABI: a table of operations (a struct of function pointers) built by gcc, used by logosc, and the reverse.
int printf(const char *, ...);

struct ops {
  int (*open)(const char *name);
  int (*write)(int fd, const char *buf, int n);
  void (*close)(int fd);
  int opened;
};

/* gcc side */
extern struct ops gcc_ops;
int gcc_use(const struct ops *o);

/* logosc's implementation, used by gcc */
static int written;
static int l_open(const char *name) { return name[0]; }
static int l_write(int fd, const char *buf, int n) { written += n; return fd + buf[0]; }
static void l_close(int fd) { written -= fd; }
static struct ops logos_ops = {l_open, l_write, l_close, 0};

int main(void) {
  int fd = gcc_ops.open("file");
  int w = gcc_ops.write(fd, "xyz", 3);
  gcc_ops.close(fd);
  printf("gcc ops: fd %d write %d opened %d\n", fd, w, gcc_ops.opened);
  printf("gcc uses logosc ops: %d (written %d)\n", gcc_use(&logos_ops), written);
  printf("gcc uses its own: %d\n", gcc_use(&gcc_ops));
  return gcc_ops.opened;
}
