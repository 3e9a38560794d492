/* signal and raise, on rt_sigaction.
 *
 * The kernel's i386 struct sigaction for rt_sigaction is {handler, flags, restorer, mask} with
 * a 64-bit mask (two words here). The handler must return through sigreturn; SA_RESTORER names
 * the trampoline (__restore in setjmp.asm) that calls it. Like glibc's signal, the
 * handler stays installed (no SA_RESETHAND) and system calls restart (SA_RESTART). */
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include "internal.h"

#define SA_RESTART 0x10000000UL
#define SA_RESTORER 0x04000000UL

struct kernel_sigaction {
  sighandler_t handler;
  unsigned long flags;
  void (*restorer)(void);
  unsigned long mask[2];
};

sighandler_t signal(int sig, sighandler_t handler) {
  struct kernel_sigaction act, old;
  act.handler = handler;
  act.flags = SA_RESTART | SA_RESTORER;
  act.restorer = __restore;
  act.mask[0] = act.mask[1] = 0;
  if (__syscall_ret(__sys_rt_sigaction(sig, &act, &old, sizeof act.mask)) < 0) return SIG_ERR;
  return old.handler;
}

int raise(int sig) { return kill(getpid(), sig); }
