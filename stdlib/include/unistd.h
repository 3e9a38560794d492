/* unistd.h: the POSIX system interface: files, processes, the working directory and names.
 * Each function is one Linux i386 system call (or two: execvp searches PATH) that returns -1
 * and sets errno on failure. */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <stddef.h>
#include <sys/types.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

extern char **environ;

ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
int _llseek(int fd, unsigned long offset_hi, unsigned long offset_lo, off_t *result_lo_hi,
            int whence);
int dup(int fd);
int dup2(int fd, int to);
int pipe(int fds[2]);
int unlink(const char *path);
int rmdir(const char *path);
int chdir(const char *path);
char *getcwd(char *buf, size_t size);
int access(const char *path, int mode);
int isatty(int fd);

pid_t fork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
int execvp(const char *file, char *const argv[]);
__attribute__((noreturn)) void _exit(int status);
pid_t getpid(void);
pid_t getppid(void);
pid_t gettid(void);
uid_t getuid(void);
gid_t getgid(void);

int brk(void *addr);
void *sbrk(int increment);

unsigned int sleep(unsigned int seconds);
int usleep(useconds_t usec);

int gethostname(char *name, size_t len);
int sethostname(const char *name, size_t len);
int chroot(const char *path);
int pivot_root(const char *new_root, const char *put_old);

#endif
