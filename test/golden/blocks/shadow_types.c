// A name redeclared in an inner block may have a different type there: char, unsigned, pointer.
int printf(const char *, ...);

int main(void) {
  int v = -1;
  {
    unsigned char v = 200;
    v += 100; /* 300 wraps to 44 in an unsigned char */
    printf("unsigned char v = %d\n", v);
    {
      unsigned v = 0;
      v--;
      printf("unsigned v = %u\n", v);
      {
        const char *v = "a string";
        printf("pointer v = %s\n", v);
      }
    }
    printf("unsigned char v again = %d\n", v);
  }
  printf("int v = %d\n", v);
  return v + 1;
}
