// ~ and - on unsigned char promote to int first: ~(unsigned char)0 is -1, not 255.
int printf(const char *, ...);

int main(void) {
  unsigned char c = 0;
  printf("~c = %d, (unsigned char)~c = %d\n", ~c, (unsigned char)~c);
  unsigned char d = 0x0f;
  printf("~d = %d, ~d & 0xff = %d\n", ~d, ~d & 0xff);
  printf("~d == 0xf0: %d, (unsigned char)~d == 0xf0: %d\n", ~d == 0xf0, (unsigned char)~d == 0xf0);
  unsigned char e = 1;
  printf("-e = %d, -e > 0: %d\n", -e, -e > 0);
  printf("c - 1 = %d\n", c - 1);
  unsigned short s = 0;
  printf("~s = %d\n", ~s);
  return (unsigned char)~d;
}
