// main's return value is the process's exit status, modulo 256: 300 exits with 44.
int printf(const char *, ...);

static int status(void) { return 300; }

int main(void) {
  printf("returning %d\n", status());
  return status();
}
