/* Buffered streams.
 *
 * A FILE wraps a file descriptor with one buffer that holds either bytes read ahead
 * ([pos, end) not yet consumed) or bytes written and not yet flushed ([buf, pos)), never both:
 * `state` says which. Switching direction (C requires an fflush or fseek in between, but we do
 * not rely on it) drops the read-ahead, moving the descriptor's offset back to where the
 * program is, or flushes the writes. Streams are in one list so that exit can flush them all. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal.h"

#define F_READ 1      /* opened for reading */
#define F_WRITE 2     /* opened for writing */
#define F_EOF 4
#define F_ERR 8
#define F_STATIC 16   /* one of the three standard streams: never freed */
#define F_OWNBUF 32   /* buf was malloc'ed here */
#define F_TTYCHECK 64 /* stdout: decide line buffering on first use */

enum { IDLE, READING, WRITING };

struct __file {
  int fd;
  int flags;
  int state;
  int bufmode; /* _IOFBF, _IOLBF or _IONBF */
  char *buf;
  size_t size;
  char *pos, *end;
  int ungot; /* a byte pushed back by ungetc, or EOF */
  struct __file *next;
};

static char stdin_buf[BUFSIZ], stdout_buf[BUFSIZ];
static FILE std_streams[3] = {
    {0, F_READ | F_STATIC, IDLE, _IOFBF, stdin_buf, BUFSIZ, stdin_buf, stdin_buf, EOF,
     &std_streams[1]},
    {1, F_WRITE | F_STATIC | F_TTYCHECK, IDLE, _IOFBF, stdout_buf, BUFSIZ, stdout_buf,
     stdout_buf, EOF, &std_streams[2]},
    {2, F_WRITE | F_STATIC, IDLE, _IONBF, NULL, 0, NULL, NULL, EOF, NULL},
};
FILE *stdin = &std_streams[0];
FILE *stdout = &std_streams[1];
FILE *stderr = &std_streams[2];
static FILE *open_streams = &std_streams[0];

static void flush_all(void) { fflush(NULL); }

/* Writes all n bytes to the descriptor, retrying short writes. */
static int write_all(FILE *f, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(f->fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      f->flags |= F_ERR;
      return EOF;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

static int flush_writes(FILE *f) {
  size_t n = (size_t)(f->pos - f->buf);
  f->pos = f->buf;
  f->state = IDLE;
  return n > 0 ? write_all(f, f->buf, n) : 0;
}

/* Drops the read-ahead, moving the descriptor back over what the program has not consumed. */
static void drop_reads(FILE *f) {
  off_t unread = (off_t)(f->end - f->pos) + (f->ungot != EOF);
  if (unread > 0) lseek(f->fd, -unread, SEEK_CUR);
  f->pos = f->end = f->buf;
  f->ungot = EOF;
  f->state = IDLE;
}

/* Gives a stream its buffer (on first use) and decides how stdout is buffered. */
static void setup(FILE *f) {
  if (f->flags & F_TTYCHECK) {
    f->flags &= ~F_TTYCHECK;
    if (f->bufmode == _IOFBF && isatty(f->fd)) f->bufmode = _IOLBF;
  }
  if (f->buf == NULL && f->bufmode != _IONBF) {
    f->buf = malloc(BUFSIZ);
    if (f->buf) {
      f->size = BUFSIZ;
      f->flags |= F_OWNBUF;
    } else {
      f->bufmode = _IONBF;
    }
    f->pos = f->end = f->buf;
  }
}

int fflush(FILE *f) {
  int r = 0;
  if (f == NULL) {
    for (f = open_streams; f; f = f->next)
      if (f->state == WRITING && flush_writes(f) == EOF) r = EOF;
    return r;
  }
  if (f->state == WRITING) return flush_writes(f);
  if (f->state == READING) drop_reads(f);
  return 0;
}

/* Parses an fopen mode: r w a, then any of + b x e. Returns the open flags, or -1. */
static int mode_flags(const char *mode, int *fflags) {
  int o;
  switch (*mode++) {
  case 'r':
    o = O_RDONLY;
    *fflags = F_READ;
    break;
  case 'w':
    o = O_WRONLY | O_CREAT | O_TRUNC;
    *fflags = F_WRITE;
    break;
  case 'a':
    o = O_WRONLY | O_CREAT | O_APPEND;
    *fflags = F_WRITE;
    break;
  default:
    return -1;
  }
  for (; *mode; mode++) {
    if (*mode == '+') {
      o = (o & ~O_ACCMODE) | O_RDWR;
      *fflags = F_READ | F_WRITE;
    } else if (*mode == 'x') {
      o |= O_EXCL;
    } else if (*mode == 'e') {
      o |= O_CLOEXEC;
    }
  }
  return o;
}

static FILE *new_stream(int fd, int fflags) {
  FILE *f = malloc(sizeof *f);
  if (f == NULL) return NULL;
  memset(f, 0, sizeof *f);
  f->fd = fd;
  f->flags = fflags;
  f->bufmode = _IOFBF;
  f->ungot = EOF;
  f->next = open_streams;
  open_streams = f;
  return f;
}

FILE *fopen(const char *path, const char *mode) {
  int fflags, fd;
  int o = mode_flags(mode, &fflags);
  FILE *f;
  if (o < 0) {
    errno = EINVAL;
    return NULL;
  }
  fd = open(path, o, 0666);
  if (fd < 0) return NULL;
  f = new_stream(fd, fflags);
  if (f == NULL) close(fd);
  return f;
}

FILE *fdopen(int fd, const char *mode) {
  int fflags;
  if (mode_flags(mode, &fflags) < 0) {
    errno = EINVAL;
    return NULL;
  }
  if (fcntl(fd, F_GETFL) < 0) return NULL; /* EBADF */
  return new_stream(fd, fflags);
}

FILE *freopen(const char *path, const char *mode, FILE *f) {
  int fflags, fd;
  int o = mode_flags(mode, &fflags);
  fflush(f);
  if (o < 0 || path == NULL) {
    errno = EINVAL;
    return NULL;
  }
  fd = open(path, o, 0666);
  if (fd < 0) return NULL;
  if (dup2(fd, f->fd) < 0) {
    close(fd);
    return NULL;
  }
  close(fd);
  f->flags = (f->flags & ~(F_READ | F_WRITE | F_EOF | F_ERR)) | fflags;
  f->state = IDLE;
  f->pos = f->end = f->buf;
  f->ungot = EOF;
  return f;
}

int fclose(FILE *f) {
  int r = fflush(f);
  FILE **link;
  if (close(f->fd) < 0) r = EOF;
  if (f->flags & F_OWNBUF) free(f->buf);
  if (f->flags & F_STATIC) {
    f->buf = NULL;
    f->flags &= ~F_OWNBUF;
    return r;
  }
  for (link = &open_streams; *link; link = &(*link)->next) {
    if (*link == f) {
      *link = f->next;
      break;
    }
  }
  free(f);
  return r;
}

int fileno(FILE *f) { return f->fd; }

int setvbuf(FILE *f, char *buf, int mode, size_t size) {
  if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) return -1;
  fflush(f);
  if (f->flags & F_OWNBUF) free(f->buf);
  f->flags &= ~(F_OWNBUF | F_TTYCHECK);
  f->bufmode = mode;
  f->buf = mode == _IONBF ? NULL : buf;
  f->size = mode == _IONBF || buf == NULL ? 0 : size;
  if (buf == NULL && mode != _IONBF) f->buf = NULL; /* setup() allocates one */
  f->pos = f->end = f->buf;
  return 0;
}

void setbuf(FILE *f, char *buf) { setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ); }

/* Refills an empty read buffer; returns the byte count, 0 at end of file, -1 on error. */
static int refill(FILE *f) {
  ssize_t n;
  if (f->state == WRITING && flush_writes(f) == EOF) return -1;
  /* Reading from a terminal or pipe: what the user typed must show its prompt first. */
  if (f == stdin && stdout->state == WRITING) fflush(stdout);
  f->state = READING;
  if (f->buf == NULL) return -1; /* unbuffered: the callers read byte by byte */
  do n = read(f->fd, f->buf, f->size);
  while (n < 0 && errno == EINTR);
  if (n <= 0) {
    f->flags |= n == 0 ? F_EOF : F_ERR;
    f->pos = f->end = f->buf;
    return n == 0 ? 0 : -1;
  }
  f->pos = f->buf;
  f->end = f->buf + n;
  return (int)n;
}

int fgetc(FILE *f) {
  unsigned char c;
  if (!(f->flags & F_READ)) {
    f->flags |= F_ERR;
    errno = EBADF;
    return EOF;
  }
  if (f->ungot != EOF) {
    c = (unsigned char)f->ungot;
    f->ungot = EOF;
    return c;
  }
  setup(f);
  if (f->state == READING && f->pos < f->end) return (unsigned char)*f->pos++;
  if (f->buf == NULL) {
    ssize_t n;
    if (f->state == WRITING) flush_writes(f);
    f->state = READING;
    n = read(f->fd, &c, 1);
    if (n == 1) return c;
    f->flags |= n == 0 ? F_EOF : F_ERR;
    return EOF;
  }
  if (refill(f) <= 0) return EOF;
  return (unsigned char)*f->pos++;
}

int getc(FILE *f) { return fgetc(f); }
int getchar(void) { return fgetc(stdin); }

int ungetc(int c, FILE *f) {
  if (c == EOF || f->ungot != EOF) return EOF;
  if (f->state == WRITING) flush_writes(f);
  f->state = READING;
  f->ungot = (unsigned char)c;
  f->flags &= ~F_EOF;
  return (unsigned char)c;
}

/* With room for the null only, fgets stores an empty string and reads nothing (as glibc). */
char *fgets(char *s, int n, FILE *f) {
  int k = 0;
  if (n <= 0) return NULL;
  if (n == 1) {
    *s = '\0';
    return s;
  }
  while (k < n - 1) {
    int c = fgetc(f);
    if (c == EOF) break;
    s[k++] = (char)c;
    if (c == '\n') break;
  }
  if (k == 0) return NULL;
  s[k] = '\0';
  return s;
}

size_t fread(void *buf, size_t size, size_t n, FILE *f) {
  unsigned char *p = buf;
  size_t want, got = 0;
  if (size == 0 || n == 0) return 0;
  want = size * n;
  while (got < want) {
    size_t have;
    int c;
    if (f->ungot == EOF && f->state == READING && f->pos < f->end) {
      have = (size_t)(f->end - f->pos);
      if (have > want - got) have = want - got;
      memcpy(p + got, f->pos, have);
      f->pos += have;
      got += have;
      continue;
    }
    c = fgetc(f); /* refills the buffer, or reads one byte when unbuffered */
    if (c == EOF) break;
    p[got++] = (unsigned char)c;
  }
  return got / size;
}

/* The common case — writing, room in the buffer, not a newline on a line-buffered stream — is
 * one store; everything else goes through fwrite. */
int fputc(int c, FILE *f) {
  unsigned char b = (unsigned char)c;
  if (f->state == WRITING && f->pos < f->buf + f->size && (b != '\n' || f->bufmode == _IOFBF)) {
    *f->pos++ = (char)b;
    return b;
  }
  return fwrite(&b, 1, 1, f) == 1 ? b : EOF;
}

int putc(int c, FILE *f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }

int fputs(const char *s, FILE *f) {
  size_t n = strlen(s);
  return fwrite(s, 1, n, f) == n ? 0 : EOF;
}

int puts(const char *s) {
  if (fputs(s, stdout) == EOF) return EOF;
  return fputc('\n', stdout) == EOF ? EOF : 0;
}

/* Buffers the bytes; flushes when the buffer fills, at a newline when line-buffered, and at
 * once when unbuffered. Writes that would not fit an empty buffer go straight through. */
size_t fwrite(const void *buf, size_t size, size_t n, FILE *f) {
  const char *p = buf;
  size_t total, room;
  if (size == 0 || n == 0) return 0;
  if (!(f->flags & F_WRITE)) {
    f->flags |= F_ERR;
    errno = EBADF;
    return 0;
  }
  total = size * n;
  setup(f);
  if (f->state == READING) drop_reads(f);
  f->state = WRITING;
  __stdio_flush_at_exit = flush_all;
  if (f->buf == NULL) {
    f->state = IDLE;
    return write_all(f, p, total) == EOF ? 0 : n;
  }
  room = f->size - (size_t)(f->pos - f->buf);
  if (total > room) {
    if (flush_writes(f) == EOF) return 0;
    f->state = WRITING;
    if (total >= f->size) {
      f->state = IDLE;
      return write_all(f, p, total) == EOF ? 0 : n;
    }
  }
  memcpy(f->pos, p, total);
  f->pos += total;
  if (f->bufmode == _IOLBF && memchr(p, '\n', total) && flush_writes(f) == EOF) return 0;
  return n;
}

int fseek(FILE *f, long offset, int whence) {
  if (whence == SEEK_CUR && f->state == READING) {
    /* offsets count from where the program is, not where the read-ahead left the descriptor */
    offset -= (long)(f->end - f->pos) + (f->ungot != EOF);
    f->pos = f->end = f->buf;
    f->ungot = EOF;
    f->state = IDLE;
  } else if (fflush(f) == EOF) {
    return -1;
  }
  if (lseek(f->fd, offset, whence) < 0) return -1;
  f->flags &= ~F_EOF;
  return 0;
}

long ftell(FILE *f) {
  off_t at = lseek(f->fd, 0, SEEK_CUR);
  if (at < 0) return -1;
  if (f->state == READING) return at - (long)(f->end - f->pos) - (f->ungot != EOF);
  if (f->state == WRITING) return at + (long)(f->pos - f->buf);
  return at;
}

void rewind(FILE *f) {
  fseek(f, 0, SEEK_SET);
  f->flags &= ~F_ERR;
}

int feof(FILE *f) { return (f->flags & F_EOF) != 0; }
int ferror(FILE *f) { return (f->flags & F_ERR) != 0; }
void clearerr(FILE *f) { f->flags &= ~(F_EOF | F_ERR); }

void perror(const char *s) {
  const char *msg = strerror(errno);
  if (s && *s) {
    fputs(s, stderr);
    fputs(": ", stderr);
  }
  fputs(msg, stderr);
  fputc('\n', stderr);
}

/* remove: a file with unlink, a directory (unlink says EISDIR) with rmdir. */
int remove(const char *path) {
  if (unlink(path) == 0) return 0;
  if (errno != EISDIR) return -1;
  return rmdir(path);
}
