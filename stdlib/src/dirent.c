/* Directory streams on getdents64: a DIR holds a descriptor and a buffer of the kernel's
 * records, which readdir hands out one by one (struct dirent is the record's own layout). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "internal.h"

#define DIRBUF 4096

struct __dir {
  int fd;
  int pos, len; /* the next record, and the end of those in buf */
  char buf[DIRBUF];
};

int getdents64(int fd, void *buf, size_t n) { return __syscall_ret(__sys_getdents64(fd, buf, n)); }

DIR *fdopendir(int fd) {
  DIR *d;
  if (fcntl(fd, F_GETFL) < 0) return NULL;
  d = malloc(sizeof *d);
  if (d == NULL) return NULL;
  d->fd = fd;
  d->pos = d->len = 0;
  return d;
}

DIR *opendir(const char *path) {
  int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  DIR *d;
  if (fd < 0) return NULL;
  d = fdopendir(fd);
  if (d == NULL) close(fd);
  return d;
}

/* NULL at the end (errno unchanged) or on an error (errno set). */
struct dirent *readdir(DIR *d) {
  struct dirent *e;
  if (d->pos >= d->len) {
    int n = getdents64(d->fd, d->buf, DIRBUF);
    if (n <= 0) return NULL;
    d->len = n;
    d->pos = 0;
  }
  e = (struct dirent *)(d->buf + d->pos);
  d->pos += e->d_reclen;
  return e;
}

int closedir(DIR *d) {
  int r = close(d->fd);
  free(d);
  return r;
}

int dirfd(DIR *d) { return d->fd; }

void rewinddir(DIR *d) {
  lseek(d->fd, 0, SEEK_SET);
  d->pos = d->len = 0;
}
