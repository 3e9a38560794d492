/* Starting and ending a program: what crt0's _start calls, exit with its atexit handlers, and
 * abort. */
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include "internal.h"

char **environ;
void (*__stdio_flush_at_exit)(void);
const char *__progname = ""; /* the program's name: argv[0] without its folder */

int main(int argc, char **argv, char **envp);

__attribute__((noreturn)) void __libc_start_main(int argc, char **argv, char **envp);

void __libc_start_main(int argc, char **argv, char **envp) {
  environ = envp;
  if (argc > 0 && argv[0]) {
    const char *p;
    __progname = argv[0];
    for (p = argv[0]; *p; p++)
      if (*p == '/') __progname = p + 1;
  }
  exit(main(argc, argv, envp));
}

/* C11 asks for at least 32 handlers; they run in the reverse order of registration. */
#define ATEXIT_MAX 32
static void (*handlers[ATEXIT_MAX])(void);
static int nhandlers;

int atexit(void (*fn)(void)) {
  if (nhandlers == ATEXIT_MAX) return -1;
  handlers[nhandlers++] = fn;
  return 0;
}

void exit(int status) {
  /* A handler may call atexit itself: take them one at a time off the end. */
  while (nhandlers > 0) handlers[--nhandlers]();
  if (__stdio_flush_at_exit) __stdio_flush_at_exit();
  _exit(status);
}

void _Exit(int status) { _exit(status); }

/* abort raises SIGABRT; if a handler returns or the signal is ignored, it makes sure. */
void abort(void) {
  raise(SIGABRT);
  signal(SIGABRT, SIG_DFL);
  raise(SIGABRT);
  _exit(127);
}
