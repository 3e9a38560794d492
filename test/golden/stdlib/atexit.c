// atexit handlers run in reverse order at exit, and buffered output is flushed after them.
#include <stdio.h>
#include <stdlib.h>

static void first(void) { printf("first registered, last run\n"); }
static void second(void) { printf("second\n"); }
static void third(void) { printf("third registered, first run\n"); }

static void leave(int depth) {
  if (depth > 100) return;
  if (depth == 3) {
    printf("exiting from depth %d", depth);
    exit(depth + 4);
  }
  leave(depth + 1);
}

int main(void) {
  atexit(first);
  atexit(second);
  atexit(third);
  printf("main runs\n");
  leave(0);
}
