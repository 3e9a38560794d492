/* The file and system calls of unistd.h, fcntl.h, sys/stat.h, dirent.h, sys/mman.h, time.h and
 * sys/utsname.h, each on success and on the ways it must fail (errno by name). Runs in the
 * scratch folder given as argv[1]; prints nothing that differs between runs (no times, ids or
 * inode numbers — only how they relate). */
#define _GNU_SOURCE /* glibc: gettid */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#ifdef __LOGOS_LIBC__
typedef struct dirent record64; /* our struct dirent is the kernel's getdents64 record */
#else
typedef struct dirent64 record64;
#include <sys/syscall.h> /* glibc has no _llseek function: call it directly */
static int _llseek(int fd, unsigned long hi, unsigned long lo, off_t *result, int whence) {
  return (int)syscall(SYS__llseek, fd, hi, lo, result, whence);
}
#endif

/* "= VALUE" or "-1 ENAME" for a call's result. */
static void result(const char *what, long r) {
  static const struct {
    int e;
    const char *name;
  } names[] = {{EPERM, "EPERM"},     {ENOENT, "ENOENT"},       {EBADF, "EBADF"},
               {EACCES, "EACCES"},   {EEXIST, "EEXIST"},       {ENOTDIR, "ENOTDIR"},
               {EISDIR, "EISDIR"},   {EINVAL, "EINVAL"},       {ENOTTY, "ENOTTY"},
               {ESPIPE, "ESPIPE"},   {ERANGE, "ERANGE"},       {ENOTEMPTY, "ENOTEMPTY"},
               {EFAULT, "EFAULT"},   {EOVERFLOW, "EOVERFLOW"}, {ENAMETOOLONG, "ENAMETOOLONG"},
               {ENOMEM, "ENOMEM"},   {EXDEV, "EXDEV"},         {ENOSYS, "ENOSYS"}};
  if (r != -1) {
    printf("%s = %ld\n", what, r);
    return;
  }
  for (unsigned int k = 0; k < sizeof names / sizeof names[0]; k++) {
    if (names[k].e == errno) {
      printf("%s = -1 %s\n", what, names[k].name);
      return;
    }
  }
  printf("%s = -1 errno %d\n", what, errno);
}

#define TRY(call) (errno = 0, result(#call, (long)(call)))

static void test_read_write(void) {
  char buf[64];
  int fd, fd2;
  off_t pos[2];
  TRY(fd = open("f.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644));
  TRY(write(fd, "hello, file\n", 12));
  TRY(read(fd, buf, 5));
  TRY(close(fd));
  TRY(close(fd));
  TRY(fd = open("f.txt", O_RDONLY));
  TRY(read(fd, buf, 5));
  printf("read: %.5s\n", buf);
  TRY(write(fd, "x", 1));
  TRY(lseek(fd, 7, SEEK_SET));
  TRY(read(fd, buf, sizeof buf));
  TRY(read(fd, buf, sizeof buf));
  TRY(lseek(fd, -3, SEEK_END));
  TRY(lseek(fd, -100, SEEK_SET));
  TRY(lseek(fd, 0, 42));
  TRY(lseek(fd, 0x7fffffff, SEEK_SET));
  TRY(lseek(fd, 10, SEEK_CUR)); /* past 2 GiB: the offset does not fit off_t */
  TRY(_llseek(fd, 1, 16, pos, SEEK_SET));
  printf("_llseek result: low %ld high %ld\n", pos[0], pos[1]);
  TRY(_llseek(fd, 0, 3, pos, SEEK_SET));
  printf("_llseek result: low %ld high %ld\n", pos[0], pos[1]);
  TRY(fd2 = dup(fd));
  TRY(read(fd2, buf, 2));
  printf("dup shares the offset: %.2s\n", buf);
  TRY(lseek(fd, 0, SEEK_CUR));
  TRY(dup2(fd, 20));
  TRY(lseek(20, 0, SEEK_CUR));
  TRY(dup2(fd, fd));
  TRY(dup2(99, 21));
  TRY(dup(99));
  TRY(close(20));
  TRY(close(fd2));
  TRY(fcntl(fd, F_GETFL) & O_ACCMODE);
  TRY(fcntl(fd, F_DUPFD, 30));
  TRY(close(30));
  TRY(close(fd));
  TRY(read(fd, buf, 1));
  TRY(write(-1, "x", 1));
  TRY(open("no/such/file", O_RDONLY));
  TRY(open("f.txt", O_CREAT | O_EXCL | O_WRONLY, 0644));
  TRY(open("f.txt", O_RDONLY | O_DIRECTORY));
  TRY(open(".", O_WRONLY));
  TRY(fd = openat(AT_FDCWD, "f.txt", O_RDONLY));
  TRY(close(fd));
  TRY(fd = creat("c.txt", 0600));
  TRY(write(fd, "created", 7));
  TRY(close(fd));
  TRY(access("c.txt", F_OK));
  TRY(access("c.txt", R_OK | W_OK));
  TRY(access("missing", F_OK));
  TRY(lseek(99, 0, SEEK_SET));
}

static void test_stat(void) {
  struct stat a, b;
  int fd;
  umask(022); /* the first call's result depends on who started us */
  TRY(umask(022));
  TRY(stat("f.txt", &a));
  printf("stat: size %ld regular %d dir %d mode %o links %lu\n", (long)a.st_size,
         S_ISREG(a.st_mode), S_ISDIR(a.st_mode), (unsigned)(a.st_mode & 07777),
         (unsigned long)a.st_nlink);
  printf("stat: uid is mine %d, blksize > 0 %d, mtime set %d\n", a.st_uid == getuid(),
         a.st_blksize > 0, a.st_mtime > 0);
  TRY(fd = open("f.txt", O_RDONLY));
  TRY(fstat(fd, &b));
  printf("fstat: same inode %d same dev %d size %ld\n", a.st_ino == b.st_ino,
         a.st_dev == b.st_dev, (long)b.st_size);
  TRY(close(fd));
  TRY(lstat("f.txt", &b));
  printf("lstat: same inode %d\n", a.st_ino == b.st_ino);
  TRY(stat(".", &a));
  printf("stat dir: dir %d\n", S_ISDIR(a.st_mode));
  TRY(stat("missing", &a));
  TRY(stat("f.txt/x", &a));
  TRY(fstat(-1, &a));
  TRY(lstat("", &a));
  TRY(stat("/dev/null", &a));
  printf("/dev/null: char device %d\n", S_ISCHR(a.st_mode));
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list(const char *path) {
  DIR *d = opendir(path);
  struct dirent *e;
  char *names[64];
  int n = 0;
  if (d == NULL) {
    printf("opendir %s: %s\n", path, strerror(errno));
    return;
  }
  errno = 0;
  while ((e = readdir(d)) != NULL && n < 64) {
    char line[300];
    snprintf(line, sizeof line, "%s%s", e->d_name, e->d_type == DT_DIR ? "/" : "");
    names[n++] = strdup(line);
  }
  printf("readdir end: errno %d\n", errno);
  qsort(names, (size_t)n, sizeof names[0], by_name);
  printf("%s:", path);
  for (int k = 0; k < n; k++) {
    printf(" %s", names[k]);
    free(names[k]);
  }
  printf("\n");
  rewinddir(d);
  n = 0;
  while (readdir(d)) n++;
  printf("after rewinddir: %d entries, dirfd ok %d\n", n, dirfd(d) >= 0);
  TRY(closedir(d));
}

/* getdents64 by hand, and fdopendir on a descriptor opened by the program. */
static void raw_listing(void) {
  static char buf[4096] __attribute__((aligned(8)));
  int fd = open("sub", O_RDONLY | O_DIRECTORY), n, entries = 0, dirs = 0;
  DIR *d;
  while ((n = (int)getdents64(fd, buf, sizeof buf)) > 0) {
    for (int pos = 0; pos < n;) {
      record64 *e = (record64 *)(buf + pos);
      entries++;
      dirs += e->d_type == DT_DIR;
      pos += e->d_reclen;
    }
  }
  printf("getdents64: %d entries, %d folders, then %d\n", entries, dirs, n);
  TRY(getdents64(-1, buf, sizeof buf));
  lseek(fd, 0, SEEK_SET);
  TRY(getdents64(fd, buf, 4)); /* too small for one record */
  d = fdopendir(fd);
  n = 0;
  while (readdir(d)) n++;
  printf("fdopendir: %d entries\n", n);
  closedir(d);
  errno = 0;
  d = fdopendir(99);
  printf("fdopendir bad: %s %d\n", d ? "DIR" : "NULL", errno == EBADF);
}

static void test_dirs(void) {
  char cwd[4096], small[4];
  TRY(mkdir("sub", 0755));
  TRY(mkdir("sub", 0755));
  TRY(mkdir("missing/sub", 0755));
  TRY(mkdir("sub/inner", 0700));
  TRY(close(open("sub/file", O_CREAT | O_WRONLY, 0644)));
  list("sub");
  raw_listing();
  list("missing");
  list("f.txt");
  TRY(rmdir("sub"));
  TRY(rmdir("f.txt"));
  TRY(unlink("sub"));
  TRY(unlink("sub/file"));
  TRY(unlink("sub/file"));
  TRY(rename("sub/inner", "sub/moved"));
  TRY(rename("sub/nothing", "sub/x"));
  TRY(rename("c.txt", "sub"));
  TRY(chdir("sub"));
  TRY(getcwd(cwd, sizeof cwd) == cwd);
  printf("cwd ends in /sub: %d\n", strcmp(cwd + strlen(cwd) - 4, "/sub") == 0);
  TRY(getcwd(small, sizeof small) == NULL);
  TRY(chdir(".."));
  TRY(chdir("f.txt"));
  TRY(chdir("nowhere"));
  TRY(rmdir("sub/moved"));
  TRY(rmdir("sub"));
  TRY(unlink("c.txt"));
}

static void test_system(void) {
  struct utsname u;
  struct winsize ws;
  struct timespec t, sleep_for;
  char host[256], tiny[1];
  time_t now, now2;
  int fd;
  char *m, *brk0;
  TRY(uname(&u));
  printf("uname: sysname %s, machine is x86 %d\n", u.sysname,
         strcmp(u.machine, "i686") == 0 || strcmp(u.machine, "x86_64") == 0 ||
             strcmp(u.machine, "i386") == 0);
  TRY(gethostname(host, sizeof host));
  printf("gethostname is uname's nodename: %d\n", strcmp(host, u.nodename) == 0);
  TRY(gethostname(tiny, sizeof tiny));
  printf("ids: pid > 0 %d, tid == pid %d, ppid > 0 %d\n", getpid() > 0, gettid() == getpid(),
         getppid() > 0);
  now = time(NULL);
  time(&now2);
  printf("time: after 2020 %d, consistent %d\n", now > 1577836800, now2 - now < 5);
  TRY(clock_gettime(CLOCK_REALTIME, &t));
  printf("clock_gettime: within a few seconds of time() %d, nsec in range %d\n",
         t.tv_sec - now < 5, t.tv_nsec >= 0 && t.tv_nsec < 1000000000);
  TRY(clock_gettime(CLOCK_MONOTONIC, &t));
  TRY(clock_gettime(12345, &t));
  sleep_for.tv_sec = 0;
  sleep_for.tv_nsec = 1000000;
  TRY(nanosleep(&sleep_for, NULL));
  sleep_for.tv_nsec = 2000000000;
  TRY(nanosleep(&sleep_for, NULL));
  TRY(sleep(0));
  TRY(usleep(1000));
  TRY(fd = open("f.txt", O_RDONLY));
  TRY(ioctl(fd, TIOCGWINSZ, &ws));
  TRY(isatty(fd));
  TRY(ioctl(99, TIOCGWINSZ, &ws));
  TRY(isatty(99));
  TRY(close(fd));
  m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  printf("mmap: %s, page aligned %d, zeroed %d\n", m == MAP_FAILED ? "failed" : "ok",
         ((unsigned long)m & 4095) == 0, m[0] == 0 && m[8191] == 0);
  m[100] = 'x';
  TRY(mprotect(m, 4096, PROT_READ));
  TRY(munmap(m, 8192));
  TRY(munmap((char *)m + 1, 4096));
  errno = 0;
  m = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 1000);
  printf("mmap unaligned offset: %s %d\n", m == MAP_FAILED ? "MAP_FAILED" : "ok", errno == EINVAL);
  TRY(fd = open("f.txt", O_RDONLY));
  m = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
  printf("mmap of a file: %.11s\n", m == MAP_FAILED ? "failed" : m);
  TRY(munmap(m, 4096));
  TRY(close(fd));
  brk0 = sbrk(0);
  printf("sbrk: grows %d", sbrk(8192) == brk0);
  printf(" moved %d", (char *)sbrk(0) == brk0 + 8192);
  brk0[8191] = 1;
  printf(" shrinks %d", sbrk(-8192) == brk0 + 8192);
  printf(" back %d\n", sbrk(0) == brk0);
  TRY(brk(brk0));
}

int main(int argc, char **argv) {
  if (argc < 2 || chdir(argv[1]) != 0) {
    printf("usage: files SCRATCH-FOLDER\n");
    return 2;
  }
  test_read_write();
  test_stat();
  test_dirs();
  test_system();
  return 0;
}
