/* sys/types.h: the POSIX system data types, as Linux i386 and glibc size them (without
 * _FILE_OFFSET_BITS=64): 32-bit off_t, ino_t and time_t. Where the kernel's structures hold
 * 64-bit values (struct stat, struct dirent), Logos C, which has no long long, spells them as
 * two 32-bit halves: the POSIX name is the low half, `NAME_hi` the high one. */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>

/* Says that these are the Logos C library's headers (tests use it; programs need not). */
#define __LOGOS_LIBC__ 1

typedef int ssize_t;
typedef long off_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef unsigned int nlink_t;
typedef unsigned long ino_t;
typedef unsigned long dev_t;
typedef long blksize_t;
typedef long blkcnt_t;
typedef long time_t;
typedef int clockid_t;
typedef unsigned int useconds_t;
typedef long suseconds_t;

#endif
