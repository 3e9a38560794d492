/* What the library's own files share and programs never see: the raw system-call stubs of
 * syscall.asm, which return the kernel's result or -errno, and the helpers around them. */
#ifndef _LOGOS_INTERNAL_H
#define _LOGOS_INTERNAL_H

#include <stddef.h>
#include <sys/types.h>

struct stat;
struct utsname;
struct timespec;

int __sys_exit(int status);
int __sys_exit_group(int status);
int __sys_fork(void);
int __sys_read(int fd, void *buf, size_t n);
int __sys_write(int fd, const void *buf, size_t n);
int __sys_open(const char *path, int flags, int mode);
int __sys_openat(int dirfd, const char *path, int flags, int mode);
int __sys_close(int fd);
int __sys_waitpid(int pid, int *status, int options);
int __sys_wait4(int pid, int *status, int options, void *usage);
int __sys_unlink(const char *path);
int __sys_execve(const char *path, char *const argv[], char *const envp[]);
int __sys_chdir(const char *path);
int __sys_time(long *t);
int __sys_lseek(int fd, long offset, int whence);
int __sys__llseek(int fd, unsigned long hi, unsigned long lo, long *result, int whence);
int __sys_getpid(void);
int __sys_getppid(void);
int __sys_gettid(void);
int __sys_getuid32(void);
int __sys_getgid32(void);
int __sys_mount(const char *source, const char *target, const char *fstype, unsigned long flags,
                const void *data);
int __sys_umount2(const char *target, int flags);
int __sys_access(const char *path, int mode);
int __sys_kill(int pid, int sig);
int __sys_rename(const char *from, const char *to);
int __sys_mkdir(const char *path, int mode);
int __sys_rmdir(const char *path);
int __sys_dup(int fd);
int __sys_dup2(int fd, int to);
int __sys_pipe(int *fds);
int __sys_brk(void *addr);
int __sys_ioctl(int fd, unsigned long request, void *arg);
int __sys_umask(int mask);
int __sys_chroot(const char *path);
int __sys_sethostname(const char *name, size_t len);
int __sys_munmap(void *addr, size_t len);
int __sys_mprotect(void *addr, size_t len, int prot);
int __sys_mmap2(void *addr, size_t len, int prot, int flags, int fd, unsigned long pgoffset);
int __sys_uname(struct utsname *u);
int __sys_sched_yield(void);
int __sys_nanosleep(const struct timespec *req, struct timespec *rem);
int __sys_rt_sigaction(int sig, const void *act, void *old, size_t sigsetsize);
int __sys_getcwd(char *buf, size_t size);
int __sys_stat64(const char *path, struct stat *st);
int __sys_lstat64(const char *path, struct stat *st);
int __sys_fstat64(int fd, struct stat *st);
int __sys_pivot_root(const char *new_root, const char *put_old);
int __sys_getdents64(int fd, void *buf, size_t n);
int __sys_fcntl64(int fd, int cmd, long arg);
int __sys_clock_gettime(int clock, struct timespec *ts);
int __sys_unshare(int flags);
int __sys_setns(int fd, int nstype);

/* Turns a raw result into the C convention: -1 with errno set for -4095..-1, else the value. */
int __syscall_ret(int r);

/* The clone and signal-return routines of setjmp.asm. */
int __clone(int (*fn)(void *), void *stack, int flags, void *arg, pid_t *parent_tid, void *tls,
            pid_t *child_tid);
void __restore(void);

/* Set by stdio when it is linked in and has buffered output: exit calls it to flush. */
extern void (*__stdio_flush_at_exit)(void);

/* argv[0] without its folder, for messages (set by __libc_start_main). */
extern const char *__progname;

#endif
