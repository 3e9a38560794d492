// abort raises SIGABRT: the process dies by the signal (status 134), after what was flushed.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  printf("about to abort\n");
  fflush(stdout);
  abort();
}
