/* dirent.h: reading directories with getdents64.
 *
 * struct dirent is the kernel's struct linux_dirent64 (and glibc's struct dirent64), so readdir
 * returns a pointer straight into the buffer getdents64 filled. Its 64-bit inode number and
 * offset are spelled as halves: d_ino is the low 32 bits, d_ino_hi the high ones. */
#ifndef _DIRENT_H
#define _DIRENT_H

#include <sys/types.h>

struct dirent {
  ino_t d_ino;
  unsigned long d_ino_hi;
  off_t d_off;
  long d_off_hi;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[256];
};

#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12

typedef struct __dir DIR;

DIR *opendir(const char *path);
DIR *fdopendir(int fd);
struct dirent *readdir(DIR *d);
int closedir(DIR *d);
int dirfd(DIR *d);
void rewinddir(DIR *d);
int getdents64(int fd, void *buf, size_t n);

#endif
