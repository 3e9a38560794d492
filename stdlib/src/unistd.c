/* The POSIX wrappers around the system calls: each calls its stub in syscall.asm and turns a
 * -errno result into -1 and errno. A few do a little more: lseek with _llseek so that it says
 * EOVERFLOW beyond 2 GiB as glibc does, sbrk on top of brk, execvp searching PATH, gethostname
 * from uname. */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"

int errno;

int __syscall_ret(int r) {
  if ((unsigned int)r > -4096U) {
    errno = -r;
    return -1;
  }
  return r;
}

ssize_t read(int fd, void *buf, size_t n) { return __syscall_ret(__sys_read(fd, buf, n)); }

ssize_t write(int fd, const void *buf, size_t n) {
  return __syscall_ret(__sys_write(fd, buf, n));
}

int open(const char *path, int flags, ...) {
  int mode = 0;
  if (flags & O_CREAT) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, int);
    va_end(ap);
  }
  return __syscall_ret(__sys_open(path, flags, mode));
}

int openat(int dirfd, const char *path, int flags, ...) {
  int mode = 0;
  if (flags & O_CREAT) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, int);
    va_end(ap);
  }
  return __syscall_ret(__sys_openat(dirfd, path, flags, mode));
}

int creat(const char *path, mode_t mode) { return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode); }

int fcntl(int fd, int cmd, ...) {
  va_list ap;
  long arg;
  va_start(ap, cmd);
  arg = va_arg(ap, long);
  va_end(ap);
  return __syscall_ret(__sys_fcntl64(fd, cmd, arg));
}

int close(int fd) { return __syscall_ret(__sys_close(fd)); }

/* lseek through _llseek: the 64-bit result tells an offset past 2 GiB (EOVERFLOW) from a
 * negative one, which plain lseek's 32-bit result cannot. */
off_t lseek(int fd, off_t offset, int whence) {
  long result[2];
  unsigned long hi = offset < 0 ? 0xffffffffUL : 0;
  if (_llseek(fd, hi, (unsigned long)offset, result, whence) < 0) return -1;
  if (result[1] != 0 || result[0] < 0) {
    errno = EOVERFLOW;
    return -1;
  }
  return result[0];
}

/* The 64-bit offset is offset_hi:offset_lo; the resulting one is stored as two longs, low first. */
int _llseek(int fd, unsigned long offset_hi, unsigned long offset_lo, off_t *result_lo_hi,
            int whence) {
  return __syscall_ret(__sys__llseek(fd, offset_hi, offset_lo, result_lo_hi, whence));
}

int dup(int fd) { return __syscall_ret(__sys_dup(fd)); }
int dup2(int fd, int to) { return __syscall_ret(__sys_dup2(fd, to)); }
int pipe(int fds[2]) { return __syscall_ret(__sys_pipe(fds)); }
int unlink(const char *path) { return __syscall_ret(__sys_unlink(path)); }
int rmdir(const char *path) { return __syscall_ret(__sys_rmdir(path)); }
int mkdir(const char *path, mode_t mode) { return __syscall_ret(__sys_mkdir(path, (int)mode)); }
int chdir(const char *path) { return __syscall_ret(__sys_chdir(path)); }
int access(const char *path, int mode) { return __syscall_ret(__sys_access(path, mode)); }
mode_t umask(mode_t mask) { return (mode_t)__sys_umask((int)mask); }

int rename(const char *from, const char *to) { return __syscall_ret(__sys_rename(from, to)); }

/* The system call returns the length including the terminating null; POSIX returns buf. */
char *getcwd(char *buf, size_t size) {
  if (__syscall_ret(__sys_getcwd(buf, size)) < 0) return NULL;
  return buf;
}

int isatty(int fd) {
  char termios[60];
  return __syscall_ret(__sys_ioctl(fd, TCGETS, termios)) == 0;
}

int ioctl(int fd, unsigned long request, ...) {
  va_list ap;
  void *arg;
  va_start(ap, request);
  arg = va_arg(ap, void *);
  va_end(ap);
  return __syscall_ret(__sys_ioctl(fd, request, arg));
}

int stat(const char *path, struct stat *st) { return __syscall_ret(__sys_stat64(path, st)); }
int lstat(const char *path, struct stat *st) { return __syscall_ret(__sys_lstat64(path, st)); }
int fstat(int fd, struct stat *st) { return __syscall_ret(__sys_fstat64(fd, st)); }

pid_t fork(void) { return __syscall_ret(__sys_fork()); }

int execve(const char *path, char *const argv[], char *const envp[]) {
  return __syscall_ret(__sys_execve(path, argv, envp));
}

int execv(const char *path, char *const argv[]) { return execve(path, argv, environ); }

/* execvp: a name without a slash is tried in each folder of PATH (default "/bin:/usr/bin"), in
 * order; the search goes on past folders where the file is missing or not executable, and
 * reports EACCES if some candidate existed but could not be run. */
int execvp(const char *file, char *const argv[]) {
  const char *path, *p;
  char full[4096];
  int denied = 0;
  size_t flen;
  if (*file == '\0') {
    errno = ENOENT;
    return -1;
  }
  if (strchr(file, '/')) return execve(file, argv, environ);
  path = getenv("PATH");
  if (path == NULL) path = "/bin:/usr/bin";
  flen = strlen(file);
  for (p = path;; p++) {
    const char *end = strchr(p, ':');
    size_t dlen = end ? (size_t)(end - p) : strlen(p);
    if (dlen + 1 + flen + 1 <= sizeof full) {
      memcpy(full, p, dlen);
      if (dlen == 0) full[dlen++] = '.'; /* an empty entry means the current folder */
      full[dlen] = '/';
      memcpy(full + dlen + 1, file, flen + 1);
      execve(full, argv, environ);
      if (errno == EACCES) denied = 1;
      else if (errno != ENOENT && errno != ENOTDIR) return -1;
    }
    if (end == NULL) break;
    p = end;
  }
  errno = denied ? EACCES : ENOENT;
  return -1;
}

void _exit(int status) {
  for (;;) __sys_exit_group(status);
}

pid_t wait(int *status) { return waitpid(-1, status, 0); }
pid_t waitpid(pid_t pid, int *status, int options) {
  return __syscall_ret(__sys_waitpid(pid, status, options));
}
pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage) {
  return __syscall_ret(__sys_wait4(pid, status, options, usage));
}

pid_t getpid(void) { return __sys_getpid(); }
pid_t getppid(void) { return __sys_getppid(); }
pid_t gettid(void) { return __sys_gettid(); }
uid_t getuid(void) { return (uid_t)__sys_getuid32(); }
gid_t getgid(void) { return (gid_t)__sys_getgid32(); }
int kill(pid_t pid, int sig) { return __syscall_ret(__sys_kill(pid, sig)); }

/* The brk system call never fails as such: it returns the new break, or the old one when it
 * could not move it. */
static char *current_brk;

int brk(void *addr) {
  char *now = (char *)__sys_brk(addr);
  current_brk = now;
  if (now != (char *)addr) {
    errno = ENOMEM;
    return -1;
  }
  return 0;
}

void *sbrk(int increment) {
  char *old;
  if (current_brk == NULL) current_brk = (char *)__sys_brk(NULL);
  old = current_brk;
  if (increment == 0) return old;
  if ((increment > 0 && (unsigned long)old + (unsigned long)increment < (unsigned long)old) ||
      (increment < 0 && (unsigned long)-increment > (unsigned long)old) ||
      brk(old + increment) < 0) {
    errno = ENOMEM;
    return (void *)-1;
  }
  return old;
}

/* mmap2 counts the offset in 4096-byte pages, so it must be a multiple of the page size. */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset) {
  int r;
  if (offset & 4095) {
    errno = EINVAL;
    return MAP_FAILED;
  }
  r = __sys_mmap2(addr, len, prot, flags, fd, (unsigned long)offset >> 12);
  if ((unsigned int)r > -4096U) {
    errno = -r;
    return MAP_FAILED;
  }
  return (void *)r;
}

int munmap(void *addr, size_t len) { return __syscall_ret(__sys_munmap(addr, len)); }
int mprotect(void *addr, size_t len, int prot) {
  return __syscall_ret(__sys_mprotect(addr, len, prot));
}

time_t time(time_t *t) {
  time_t now = __sys_time(NULL);
  if (t) *t = now;
  return now;
}

int clock_gettime(clockid_t clock, struct timespec *ts) {
  return __syscall_ret(__sys_clock_gettime(clock, ts));
}

int nanosleep(const struct timespec *req, struct timespec *rem) {
  return __syscall_ret(__sys_nanosleep(req, rem));
}

/* sleep returns the seconds left when a signal cut it short (rounded up), else 0. */
unsigned int sleep(unsigned int seconds) {
  struct timespec ts;
  ts.tv_sec = (time_t)seconds;
  ts.tv_nsec = 0;
  if (nanosleep(&ts, &ts) < 0) return (unsigned int)ts.tv_sec + (ts.tv_nsec > 0);
  return 0;
}

int usleep(useconds_t usec) {
  struct timespec ts;
  ts.tv_sec = (time_t)(usec / 1000000);
  ts.tv_nsec = (long)(usec % 1000000) * 1000;
  return nanosleep(&ts, NULL);
}

int uname(struct utsname *u) { return __syscall_ret(__sys_uname(u)); }

/* gethostname is uname's nodename; ENAMETOOLONG when it (with its null) does not fit. */
int gethostname(char *name, size_t len) {
  struct utsname u;
  size_t n;
  if (uname(&u) < 0) return -1;
  n = strlen(u.nodename) + 1;
  if (n > len) {
    errno = ENAMETOOLONG;
    return -1;
  }
  memcpy(name, u.nodename, n);
  return 0;
}

int sethostname(const char *name, size_t len) {
  return __syscall_ret(__sys_sethostname(name, len));
}

int mount(const char *source, const char *target, const char *fstype, unsigned long flags,
          const void *data) {
  return __syscall_ret(__sys_mount(source, target, fstype, flags, data));
}
int umount(const char *target) { return umount2(target, 0); }
int umount2(const char *target, int flags) { return __syscall_ret(__sys_umount2(target, flags)); }
int chroot(const char *path) { return __syscall_ret(__sys_chroot(path)); }
int pivot_root(const char *new_root, const char *put_old) {
  return __syscall_ret(__sys_pivot_root(new_root, put_old));
}
int unshare(int flags) { return __syscall_ret(__sys_unshare(flags)); }
int setns(int fd, int nstype) { return __syscall_ret(__sys_setns(fd, nstype)); }
int sched_yield(void) { return __syscall_ret(__sys_sched_yield()); }

int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...) {
  va_list ap;
  pid_t *parent_tid, *child_tid;
  void *tls;
  if (fn == NULL || stack == NULL) {
    errno = EINVAL;
    return -1;
  }
  parent_tid = child_tid = NULL;
  tls = NULL;
  /* The optional arguments are there only when a flag says the kernel reads them. */
  if (flags & (CLONE_PARENT_SETTID | CLONE_SETTLS | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) {
    va_start(ap, arg);
    parent_tid = va_arg(ap, pid_t *);
    tls = va_arg(ap, void *);
    child_tid = va_arg(ap, pid_t *);
    va_end(ap);
  }
  return __syscall_ret(__clone(fn, stack, flags, arg, parent_tid, tls, child_tid));
}
