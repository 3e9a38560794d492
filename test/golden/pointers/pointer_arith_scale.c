// p + n advances n elements, not n bytes, for char, short, int, and pointers to arrays.
int printf(const char *, ...);

int main(void) {
  char c[8];
  short s[8];
  int i[8];
  int m[3][4];
  printf("char %d short %d int %d\n", (int)((char *)(c + 3) - (char *)c), (int)((char *)(s + 3) - (char *)s),
         (int)((char *)(i + 3) - (char *)i));
  int (*row)[4] = m;
  printf("row + 1 is %d bytes on\n", (int)((char *)(row + 1) - (char *)row));
  int *q = i + 8;
  q -= 5;
  printf("q - i = %d\n", (int)(q - i));
  unsigned long step = 2;
  printf("i + step: %d\n", (int)(i + step - i));
  int k = -1;
  int *r = &i[4] + k;
  printf("&i[4] + (-1) = &i[%d]\n", (int)(r - i));
  return (int)((char *)(row + 2) - (char *)row);
}
