// The exit status of main is the program's exit status.
int printf(const char *, ...);

int main(void) {
  printf("exiting with 3\n");
  return 3;
}
