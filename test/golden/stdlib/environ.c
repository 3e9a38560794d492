// setenv, getenv and unsetenv on variables the program sets itself.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  printf("before: %s\n", getenv("LOGOS_GOLDEN_X") ? "set" : "unset");
  setenv("LOGOS_GOLDEN_X", "first", 1);
  printf("%s\n", getenv("LOGOS_GOLDEN_X"));
  setenv("LOGOS_GOLDEN_X", "second", 0);
  printf("no overwrite: %s\n", getenv("LOGOS_GOLDEN_X"));
  setenv("LOGOS_GOLDEN_X", "third", 1);
  printf("overwrite: %s\n", getenv("LOGOS_GOLDEN_X"));
  setenv("LOGOS_GOLDEN_Y", "", 1);
  printf("empty: [%s]\n", getenv("LOGOS_GOLDEN_Y"));
  unsetenv("LOGOS_GOLDEN_X");
  printf("after unset: %s\n", getenv("LOGOS_GOLDEN_X") ? "set" : "unset");
  static char entry[] = "LOGOS_GOLDEN_Z=put";
  putenv(entry);
  printf("putenv: %s\n", getenv("LOGOS_GOLDEN_Z"));
  entry[15] = 'P';
  printf("putenv shares the string: %s\n", getenv("LOGOS_GOLDEN_Z"));
  return 0;
}
