// long and unsigned long (32 bits, distinct types) converted to and from int, unsigned, short and
// char, and mixed in arithmetic (long + unsigned int is unsigned long).
int printf(const char *, ...);

int main(void) {
  long l = -100000L;
  unsigned long ul = 4000000000UL;
  printf("(int)l %d (unsigned)l %u (short)l %d (char)l %d\n", (int)l, (unsigned)l, (short)l, (char)l);
  printf("(long)ul %ld (int)ul %d (unsigned short)ul %u\n", (long)ul, (int)ul, (unsigned short)ul);
  unsigned u = 5;
  printf("l + u = %lu (unsigned long)\n", l + u);
  printf("l / 7 = %ld, ul / 7 = %lu, l %% 7 = %ld\n", l / 7, ul / 7, l % 7);
  long from_char = (signed char)-3, from_uchar = (unsigned char)-3;
  printf("from chars %ld %ld\n", from_char, from_uchar);
  printf("l < u? %d (unsigned compare)\n", (unsigned long)l < u);
  printf("l < (long)u? %d\n", l < (long)u);
  return (int)(ul % 256);
}
