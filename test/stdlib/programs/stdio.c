/* stdio.h streams on real files: every open mode, reads and writes of every size across the
 * buffer's edges, mixing directions with fseek, ungetc, fgets at line and buffer ends, error and
 * end-of-file flags, fdopen, freopen, setvbuf, remove, rename and perror. Runs in the scratch
 * folder given as argv[1], reading the input the test gives it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void dump(const char *path) {
  FILE *f = fopen(path, "r");
  int c, n = 0;
  printf("%s: [", path);
  if (f == NULL) {
    printf("cannot open: %s]\n", strerror(errno));
    return;
  }
  while ((c = fgetc(f)) != EOF) {
    if (n++ < 200) putchar(c == '\n' ? '|' : c);
  }
  printf("] %d bytes, eof %d error %d\n", n, feof(f) != 0, ferror(f) != 0);
  fclose(f);
}

static void test_modes(void) {
  FILE *f;
  char line[64];
  f = fopen("a.txt", "w");
  fputs("first line\nsecond", stdout == f ? stderr : f);
  fprintf(f, " %d\n", 2);
  printf("fclose w: %d\n", fclose(f));
  dump("a.txt");
  f = fopen("a.txt", "a");
  fputs("appended\n", f);
  fclose(f);
  dump("a.txt");
  f = fopen("a.txt", "r+");
  fputs("FIRST", f);
  fseek(f, 0, SEEK_END);
  fputs("end\n", f);
  fclose(f);
  dump("a.txt");
  f = fopen("a.txt", "w+");
  fputs("fresh content\nline two\n", f);
  rewind(f);
  printf("w+ read back: %s", fgets(line, sizeof line, f));
  fclose(f);
  f = fopen("a.txt", "a+");
  printf("a+ reads from the start: %c\n", fgetc(f));
  fputs("tail\n", f);
  fclose(f);
  dump("a.txt");
  errno = 0;
  f = fopen("missing/x", "r");
  printf("fopen missing: %s %s\n", f ? "opened" : "NULL", strerror(errno));
  errno = 0;
  f = fopen("a.txt", "q");
  printf("fopen bad mode: %s %s\n", f ? "opened" : "NULL", strerror(errno));
  errno = 0;
  f = fopen("a.txt", "wx");
  printf("fopen wx existing: %s %s\n", f ? "opened" : "NULL", strerror(errno));
  if (f) fclose(f);
}

static void test_sizes(void) {
  /* Writes of many sizes, some larger than the buffer, then reads of other sizes. */
  static char data[30000], back[30000];
  size_t sizes[] = {1, 7, 100, 4095, 4096, 4097, 9000};
  FILE *f;
  size_t total = 0, got, k;
  int c, lines = 0;
  for (k = 0; k < sizeof data; k++) data[k] = (char)(k % 61 == 60 ? '\n' : 'a' + k % 23);
  f = fopen("big.txt", "w");
  for (k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
    printf("fwrite %u: %u\n", (unsigned)sizes[k], (unsigned)fwrite(data + total, 1, sizes[k], f));
    total += sizes[k];
  }
  printf("ftell after writes: %ld\n", ftell(f));
  fclose(f);
  f = fopen("big.txt", "r");
  got = fread(back, 1, 3, f);
  got += fread(back + got, 1, 5000, f);
  got += fread(back + got, 100, 50, f) * 100;
  got += fread(back + got, 1, sizeof back - got, f);
  printf("fread total %u of %u, same %d, eof %d\n", (unsigned)got, (unsigned)total,
         memcmp(data, back, total) == 0, feof(f) != 0);
  printf("fread at eof: %u\n", (unsigned)fread(back, 1, 10, f));
  clearerr(f);
  printf("clearerr: eof %d\n", feof(f) != 0);
  rewind(f);
  while ((c = getc(f)) != EOF) lines += c == '\n';
  printf("lines: %d\n", lines);
  /* fgets across buffer boundaries, with a short buffer. */
  rewind(f);
  {
    char buf[40];
    int n = 0, longest = 0;
    while (fgets(buf, sizeof buf, f)) {
      int len = (int)strlen(buf);
      if (len > longest) longest = len;
      n++;
    }
    printf("fgets pieces: %d longest %d\n", n, longest);
  }
  printf("fgets n=1: %s\n", fgets(back, 1, f) ? "non-NULL" : "NULL");
  fclose(f);
  /* fread of items: a partial item at the end is not counted. */
  f = fopen("seven.txt", "w");
  fputs("1234567", f);
  fclose(f);
  f = fopen("seven.txt", "r");
  printf("fread items: %u\n", (unsigned)fread(back, 3, 5, f));
  fclose(f);
}

static void test_seek_and_unget(void) {
  FILE *f = fopen("seek.txt", "w+");
  char buf[16];
  int c;
  fputs("0123456789abcdef", f);
  printf("ftell: %ld\n", ftell(f));
  fseek(f, 4, SEEK_SET);
  printf("after seek 4: %c", fgetc(f));
  printf(" ftell %ld", ftell(f));
  fseek(f, 2, SEEK_CUR);
  printf(" cur+2: %c", fgetc(f));
  fseek(f, -3, SEEK_END);
  printf(" end-3: %c\n", fgetc(f));
  printf("fseek bad whence: %d\n", fseek(f, 0, 99));
  fseek(f, 5, SEEK_SET);
  fputs("XY", f); /* write in the middle after a read position */
  fseek(f, 0, SEEK_SET);
  printf("fread after write: %u ", (unsigned)fread(buf, 1, 16, f));
  printf("[%.16s]\n", buf);
  rewind(f);
  c = fgetc(f);
  printf("ungetc: %c ", ungetc('Q', f));
  printf("%c ", fgetc(f));
  printf("%c ", fgetc(f));
  printf("ftell %ld c %c\n", ftell(f), c);
  printf("ungetc EOF: %d\n", ungetc(EOF, f));
  fseek(f, 0, SEEK_END);
  fgetc(f);
  printf("at end: eof %d ", feof(f) != 0);
  ungetc('z', f);
  printf("after ungetc: eof %d %c\n", feof(f) != 0, fgetc(f));
  fclose(f);
}

static void test_descriptors(void) {
  FILE *f;
  int fd, c;
  char buf[32];
  f = fopen("fd.txt", "w");
  fd = fileno(f);
  printf("fileno > 2: %d\n", fd > 2);
  fclose(f);
  fd = dup(1);
  f = fdopen(fd, "w");
  fprintf(f, "through fdopen\n");
  fflush(f);
  fclose(f);
  errno = 0;
  f = fdopen(99, "r");
  printf("fdopen bad fd: %s %s\n", f ? "opened" : "NULL", strerror(errno));
  f = fopen("ro.txt", "w");
  fputs("read only", f);
  fclose(f);
  f = fopen("ro.txt", "r");
  c = fputc('x', f);
  printf("fputc on read-only: %d ferror %d\n", c, ferror(f) != 0);
  fclose(f);
  f = fopen("wo.txt", "w");
  c = fgetc(f);
  printf("fgetc on write-only: %d ferror %d\n", c, ferror(f) != 0);
  fclose(f);
  f = fopen("re.txt", "w");
  fputs("before", f);
  f = freopen("re.txt", "r", f);
  printf("freopen: %s\n", fgets(buf, sizeof buf, f));
  fclose(f);
  /* setvbuf: unbuffered and line-buffered streams write when they must. */
  f = fopen("vbuf.txt", "w");
  setvbuf(f, NULL, _IONBF, 0);
  fputs("unbuffered", f);
  dump("vbuf.txt");
  fclose(f);
  f = fopen("vbuf.txt", "w");
  {
    static char mine[256];
    setvbuf(f, mine, _IOLBF, sizeof mine);
    fputs("no newline yet", f);
    dump("vbuf.txt");
    fputs(", now\n", f);
    dump("vbuf.txt");
  }
  fclose(f);
  f = fopen("vbuf.txt", "w");
  setbuf(f, NULL);
  fputs("setbuf NULL", f);
  dump("vbuf.txt");
  fclose(f);
}

static void test_files(void) {
  FILE *f = fopen("old.txt", "w");
  int r;
  fputs("moving", f);
  fclose(f);
  printf("rename: %d\n", rename("old.txt", "new.txt"));
  dump("old.txt");
  dump("new.txt");
  errno = 0;
  r = rename("old.txt", "x.txt");
  printf("rename missing: %d %s\n", r, strerror(errno));
  printf("remove file: %d\n", remove("new.txt"));
  errno = 0;
  r = remove("new.txt");
  printf("remove again: %d %s\n", r, strerror(errno));
  mkdir("folder", 0755);
  printf("remove folder: %d\n", remove("folder"));
  errno = ENOENT;
  fflush(stdout);
  perror("perror says");
  errno = EACCES;
  perror(NULL);
  errno = 0;
  perror("");
}

/* Standard input (the test gives two lines and then 10,000 bytes): getchar, ungetc, getc,
 * fgets, fread to the end. */
static void test_stdin(void) {
  static char rest[20000];
  char line[64];
  int c = getchar();
  size_t n;
  unsigned int sum = 0;
  printf("stdin: getchar %c", c);
  printf(" ungetc %c", ungetc('F', stdin));
  printf(" getc %c", getc(stdin));
  printf(" fgets [%s]", fgets(line, sizeof line, stdin) ? line : "NULL");
  printf(" fgetc %c\n", fgetc(stdin));
  n = fread(rest, 1, sizeof rest, stdin);
  for (size_t k = 0; k < n; k++) sum = sum * 31 + (unsigned char)rest[k];
  printf("stdin: fread %u bytes, checksum %u, eof %d, getchar at end %d\n", (unsigned)n, sum,
         feof(stdin) != 0, getchar());
}

int main(int argc, char **argv) {
  if (argc < 2 || chdir(argv[1]) != 0) {
    printf("usage: stdio SCRATCH-FOLDER\n");
    return 2;
  }
  test_modes();
  test_sizes();
  test_seek_and_unget();
  test_descriptors();
  test_files();
  test_stdin();
  puts("puts adds a newline");
  putchar('!');
  putc('\n', stdout);
  fprintf(stderr, "to stderr %d\n", 42);
  printf("unflushed at return");
  return 0;
}
