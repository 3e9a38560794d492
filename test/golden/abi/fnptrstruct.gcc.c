// The gcc side of abi/fnptrstruct.
struct ops {
  int (*open)(const char *name);
  int (*write)(int fd, const char *buf, int n);
  void (*close)(int fd);
  int opened;
};

static int g_open(const char *name) { (void)name; return 3; }
static int g_write(int fd, const char *buf, int n) { return fd * 100 + n + buf[1]; }
static void g_close(int fd) { (void)fd; }

struct ops gcc_ops = {g_open, g_write, g_close, 7};

int gcc_use(const struct ops *o) {
  int fd = o->open("abc");
  int r = o->write(fd, "hello", 5);
  o->close(fd);
  return r + fd;
}
