// Plain char is signed on i386: values above 127 become negative, unsigned char does not.
int printf(const char *, ...);

int main(void) {
  char c = (char)200;
  signed char s = (signed char)200;
  unsigned char u = 200;
  printf("char %d signed %d unsigned %d\n", c, s, u);
  printf("compare: %d %d\n", c < 0, u > 127);
  printf("xff: %d %d\n", '\xff', (unsigned char)'\xff');
  char bytes[] = "\x80\xfe\x7f";
  int sum = 0, usum = 0;
  for (int i = 0; bytes[i]; i++) {
    sum += bytes[i];
    usum += (unsigned char)bytes[i];
  }
  printf("sum %d usum %d\n", sum, usum);
  c = 127;
  c++;
  printf("127+1 as char: %d\n", c);
  u = 255;
  u++;
  printf("255+1 as unsigned char: %d\n", u);
  printf("sizeof: %d %d %d\n", (int)sizeof c, (int)sizeof 'a', (int)sizeof(c + 0));
  return (unsigned char)c;
}
