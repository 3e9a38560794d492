/* Processes, pipes and signals — fork, execve, execv, execvp, waitpid, wait, wait4, pipe, dup2,
 * kill, signal, raise, clone, _exit, abort, assert — and the namespace and mount calls (unshare,
 * setns, sethostname, mount, umount2, chroot, pivot_root), tried in a child so that the host is
 * never changed. Native only: `logos run` has one process and says ENOSYS to fork, execve,
 * clone, pipe and wait (the Logos kernel provides them). Usage: process SCRATCH */
#define _GNU_SOURCE /* glibc: clone, unshare, setns, pivot_root */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#ifndef __LOGOS_LIBC__
#include <sys/syscall.h>
/* glibc 2.36 and older have no pivot_root function. */
#define pivot_root(a, b) ((int)syscall(SYS_pivot_root, a, b))
#endif

static const char *scratch;

/* Makes the call, then prints its result and errno's message (in that order: C leaves the order
 * of a printf's arguments open). */
#define SAYS(what, call)                                                                         \
  do {                                                                                           \
    long r_;                                                                                     \
    errno = 0;                                                                                   \
    r_ = (long)(call);                                                                           \
    printf("%s: %ld %s\n", what, r_, strerror(errno));                                           \
  } while (0)

static void status(const char *what, int st) {
  if (WIFEXITED(st)) printf("%s: exited %d\n", what, WEXITSTATUS(st));
  else if (WIFSIGNALED(st))
    printf("%s: killed by signal %d (%s)\n", what, WTERMSIG(st), strsignal(WTERMSIG(st)));
  else printf("%s: status %#x\n", what, st);
}

/* Runs fn in a child and reports how it ended; the child's output comes first. */
static void in_child(const char *what, void (*fn)(void)) {
  pid_t pid;
  int st = 0;
  fflush(stdout);
  pid = fork();
  if (pid == 0) {
    fn();
    exit(0);
  }
  if (waitpid(pid, &st, 0) != pid) printf("%s: waitpid failed: %s\n", what, strerror(errno));
  status(what, st);
}

static void child_exits(void) {
  printf("child: parent is the one that forked: %d\n", getppid() > 1);
  printf("child: buffered, flushed by exit");
  exit(3);
}

static void child_underscore_exit(void) {
  printf("this buffered line is lost by _exit\n");
  _exit(4);
}

static void child_big_exit(void) {
  printf("this buffered line is lost by _Exit too\n");
  _Exit(6);
}

static void child_aborts(void) { abort(); }

static void child_asserts(void) {
  int two = 2;
  assert(two + two == 4);
  assert(two + two == 5);
}

static void child_execs(void) {
  char *argv[] = {"process", "--exec", "from execve", NULL};
  char *envp[] = {"LOGOS_EXEC=passed", NULL};
  execve("/proc/self/exe", argv, envp);
  printf("execve failed: %s\n", strerror(errno));
}

static void child_execv(void) {
  char *argv[] = {"process", "--exec", "from execv", NULL};
  setenv("LOGOS_EXEC", "inherited", 1);
  execv("/proc/self/exe", argv);
  printf("execv failed: %s\n", strerror(errno));
}

static void child_execvp(void) {
  char *argv[] = {"echo", "echo found on PATH", NULL};
  setenv("PATH", "/nonexistent:/usr/bin:/bin", 1);
  execvp("echo", argv);
  printf("execvp failed: %s\n", strerror(errno));
}

static void test_processes(void) {
  char *argv[] = {"x", NULL};
  char path[512];
  int st;
  in_child("exit", child_exits);
  in_child("_exit", child_underscore_exit);
  in_child("_Exit", child_big_exit);
  in_child("abort", child_aborts);
  in_child("assert", child_asserts);
  in_child("execve", child_execs);
  in_child("execv", child_execv);
  in_child("execvp", child_execvp);
  SAYS("execve missing", execve("/nonexistent/prog", argv, NULL));
  snprintf(path, sizeof path, "%s/plain.txt", scratch);
  close(open(path, O_CREAT | O_WRONLY, 0644));
  SAYS("execve not executable", execve(path, argv, NULL));
  setenv("PATH", "/nonexistent", 1);
  SAYS("execvp not on PATH", execvp("logos-no-such-program", argv));
  SAYS("execvp empty name", execvp("", argv));
  SAYS("waitpid without children", waitpid(-1, &st, 0));
  SAYS("wait without children", wait(&st));
  fflush(stdout);
  if (fork() == 0) _exit(9);
  printf("wait: ok %d ", wait(&st) > 0);
  status("wait", st);
  fflush(stdout);
  if (fork() == 0) _exit(10);
  printf("wait4: ok %d ", wait4(-1, &st, 0, NULL) > 0);
  status("wait4", st);
  {
    pid_t pid;
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
      pause_forever:
      sleep(10);
      goto pause_forever;
    }
    printf("waitpid WNOHANG on a running child: %d\n", waitpid(pid, &st, WNOHANG));
    printf("kill: %d\n", kill(pid, SIGTERM));
    waitpid(pid, &st, 0);
    status("killed child", st);
  }
  SAYS("kill no such process", kill(0x3fffffff, SIGTERM));
  SAYS("kill bad signal", kill(getpid(), 1000));
  printf("kill signal 0 to self: %d\n", kill(getpid(), 0));
}

static void test_pipes(void) {
  int *volatile bad_address = (int *)1; /* volatile: gcc warns about a constant bad address */
  int fds[2], st;
  char buf[128];
  ssize_t n;
  pid_t pid;
  printf("pipe: %d\n", pipe(fds));
  fflush(stdout);
  pid = fork();
  if (pid == 0) {
    close(fds[0]);
    write(fds[1], "through the pipe", 16);
    _exit(0);
  }
  close(fds[1]);
  n = read(fds[0], buf, sizeof buf);
  printf("parent read %d: %.*s\n", (int)n, (int)n, buf);
  printf("then end of file: %d\n", (int)read(fds[0], buf, sizeof buf));
  close(fds[0]);
  waitpid(pid, &st, 0);
  pipe(fds);
  SAYS("lseek on a pipe", lseek(fds[0], 0, SEEK_CUR));
  /* A child's standard output redirected into the pipe with dup2, then exec'ed. */
  fflush(stdout);
  pid = fork();
  if (pid == 0) {
    char *argv[] = {"echo", "redirected", NULL};
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    execv("/bin/echo", argv);
    _exit(127);
  }
  close(fds[1]);
  n = read(fds[0], buf, sizeof buf);
  printf("from the redirected child: %.*s", (int)n, buf);
  close(fds[0]);
  waitpid(pid, &st, 0);
  status("echo", st);
  /* Writing to a pipe nobody reads: EPIPE once SIGPIPE is ignored. */
  pipe(fds);
  close(fds[0]);
  signal(SIGPIPE, SIG_IGN);
  SAYS("write to a closed pipe", (int)write(fds[1], "x", 1));
  close(fds[1]);
  SAYS("pipe(bad address)", pipe(bad_address));
}

static volatile sig_atomic_t caught;

static void handler(int sig) { caught = sig; }

static void test_signals(void) {
  sighandler_t old;
  old = signal(SIGUSR1, handler);
  printf("signal: previous was SIG_DFL %d\n", old == SIG_DFL);
  printf("raise: %d", raise(SIGUSR1));
  printf(", caught %d\n", caught);
  caught = 0;
  kill(getpid(), SIGUSR1);
  printf("again (handler stays installed): caught %d\n", caught);
  old = signal(SIGUSR1, SIG_DFL);
  printf("signal: previous was handler %d\n", old == handler);
  signal(SIGUSR2, SIG_IGN);
  printf("ignored: raise %d\n", raise(SIGUSR2));
  SAYS("signal(SIGKILL) is SIG_ERR", signal(SIGKILL, handler) == SIG_ERR);
  SAYS("signal(0) is SIG_ERR", signal(0, handler) == SIG_ERR);
}

static int shared_value;

static int clone_child(void *arg) {
  shared_value = *(int *)arg;
  return 42;
}

static void test_clone(void) {
  static char stack[65536] __attribute__((aligned(16)));
  int arg = 7, st;
  pid_t pid;
  fflush(stdout);
  pid = clone(clone_child, stack + sizeof stack, SIGCHLD, &arg);
  printf("clone: %d\n", pid > 0);
  waitpid(pid, &st, 0);
  status("clone child", st);
  printf("without CLONE_VM the parent's memory is its own: %d\n", shared_value);
  pid = clone(clone_child, stack + sizeof stack, CLONE_VM | SIGCHLD, &arg);
  waitpid(pid, &st, 0);
  status("CLONE_VM child", st);
  printf("with CLONE_VM the child wrote the parent's memory: %d\n", shared_value);
  SAYS("clone without a stack", clone(clone_child, NULL, SIGCHLD, &arg));
}

static void namespaces(void) {
  char host[65], long_name[100];
  char dir[512], file[600];
  struct stat st;
  errno = 0;
  if (unshare(CLONE_NEWUTS | CLONE_NEWNS) != 0) {
    printf("unshare: %s (not privileged: the rest is skipped)\n", strerror(errno));
    return;
  }
  printf("unshare: 0\n");
  printf("sethostname: %d\n", sethostname("logos-ns", 8));
  gethostname(host, sizeof host);
  printf("gethostname in the namespace: %s\n", host);
  memset(long_name, 'x', sizeof long_name);
  SAYS("sethostname too long", sethostname(long_name, sizeof long_name));
  printf("mount private: %d\n", mount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL));
  snprintf(dir, sizeof dir, "%s/mnt", scratch);
  mkdir(dir, 0755);
  printf("mount tmpfs: %d\n", mount("logos", dir, "tmpfs", 0, "size=64k"));
  snprintf(file, sizeof file, "%s/inside", dir);
  close(open(file, O_CREAT | O_WRONLY, 0644));
  printf("file in tmpfs: %d\n", stat(file, &st) == 0);
  errno = 0;
  printf("umount2: %d\n", umount2(dir, 0));
  printf("file gone with the mount: %d\n", stat(file, &st) != 0);
  SAYS("umount not mounted", umount(dir));
  printf("chroot: %d\n", chroot(scratch));
  printf("after chroot /mnt is a folder: %d\n", stat("/mnt", &st) == 0 && S_ISDIR(st.st_mode));
}

static void test_system_calls(void) {
  SAYS("setns bad fd", setns(-1, 0));
  SAYS("unshare bad flag", unshare(0x40));
  SAYS("mount missing target", mount("none", "/nonexistent-logos", "tmpfs", 0, NULL));
  SAYS("umount2 missing", umount2("/nonexistent-logos", 0));
  SAYS("chroot missing", chroot("/nonexistent-logos"));
  SAYS("pivot_root missing", pivot_root("/nonexistent-logos", "/nonexistent-logos"));
  printf("sched_yield: %d\n", sched_yield());
  in_child("namespaces", namespaces);
}

int main(int argc, char **argv) {
  if (argc > 2 && strcmp(argv[1], "--exec") == 0) {
    const char *v = getenv("LOGOS_EXEC");
    printf("exec'ed %s: argv[0] %s, LOGOS_EXEC=%s\n", argv[2], argv[0], v ? v : "(unset)");
    return 5;
  }
  if (argc < 2) {
    printf("usage: process SCRATCH-FOLDER\n");
    return 2;
  }
  scratch = argv[1];
  test_processes();
  test_pipes();
  test_signals();
  test_clone();
  test_system_calls();
  return 0;
}
