/* sys/stat.h: file status.
 *
 * struct stat is laid out exactly as the kernel's i386 struct stat64 (96 bytes), which stat,
 * fstat and lstat fill with the stat64 system calls, so that large files and 64-bit inode
 * numbers work. Its 64-bit fields are two 32-bit halves in Logos C, which has no long long:
 * st_dev, st_rdev, st_size, st_blocks and st_ino are the low halves, NAME_hi the high ones. */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>
#include <time.h>

struct stat {
  dev_t st_dev; /* 0 */
  unsigned long st_dev_hi;
  unsigned long __pad0;
  unsigned long __st_ino;  /* 12: the inode number's low half, as older kernels fill it */
  mode_t st_mode;          /* 16 */
  nlink_t st_nlink;        /* 20 */
  uid_t st_uid;            /* 24 */
  gid_t st_gid;            /* 28 */
  dev_t st_rdev;           /* 32 */
  unsigned long st_rdev_hi;
  unsigned long __pad3;
  off_t st_size;           /* 44 */
  long st_size_hi;
  blksize_t st_blksize;    /* 52 */
  blkcnt_t st_blocks;      /* 56 */
  long st_blocks_hi;
  struct timespec st_atim; /* 64 */
  struct timespec st_mtim; /* 72 */
  struct timespec st_ctim; /* 80 */
  ino_t st_ino;            /* 88 */
  unsigned long st_ino_hi;
};

#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

#define S_IFMT 0170000
#define S_IFSOCK 0140000
#define S_IFLNK 0120000
#define S_IFREG 0100000
#define S_IFBLK 0060000
#define S_IFDIR 0040000
#define S_IFCHR 0020000
#define S_IFIFO 0010000
#define S_ISUID 04000
#define S_ISGID 02000
#define S_ISVTX 01000
#define S_IRWXU 0700
#define S_IRUSR 0400
#define S_IWUSR 0200
#define S_IXUSR 0100
#define S_IRWXG 070
#define S_IRGRP 040
#define S_IWGRP 020
#define S_IXGRP 010
#define S_IRWXO 07
#define S_IROTH 04
#define S_IWOTH 02
#define S_IXOTH 01

#define S_ISREG(m) (((m) & S_IFMT) == S_IFREG)
#define S_ISDIR(m) (((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m) (((m) & S_IFMT) == S_IFCHR)
#define S_ISBLK(m) (((m) & S_IFMT) == S_IFBLK)
#define S_ISFIFO(m) (((m) & S_IFMT) == S_IFIFO)
#define S_ISLNK(m) (((m) & S_IFMT) == S_IFLNK)
#define S_ISSOCK(m) (((m) & S_IFMT) == S_IFSOCK)

int stat(const char *path, struct stat *st);
int fstat(int fd, struct stat *st);
int lstat(const char *path, struct stat *st);
int mkdir(const char *path, mode_t mode);
mode_t umask(mode_t mask);

#endif
