// _Exit ends the process at once: stdio's buffers are not flushed and atexit handlers do not run.
#include <stdio.h>
#include <stdlib.h>

static void handler(void) { printf("handler\n"); }

int main(void) {
  atexit(handler);
  printf("flushed before _Exit\n");
  fflush(stdout);
  printf("this stays in the buffer");
  _Exit(3);
}
