// Predefined macros: __LINE__, __FILE__'s basename, __STDC__, __STDC_VERSION__, __i386__.
int printf(const char *, ...);

static const char *base(const char *path) {
  const char *b = path;
  for (; *path; path++)
    if (*path == '/') b = path + 1;
  return b;
}

int main(void) {
  printf("line %d\n", __LINE__);
  printf("file %s\n", base(__FILE__));
#line 100
  printf("line after #line: %d\n", __LINE__);
  printf("stdc %d\n", __STDC__);
#if __STDC_VERSION__ >= 201112L
  printf("C11 or later\n");
#endif
#ifdef __i386__
  printf("i386\n");
#endif
  printf("%s\n", __func__);
  return __LINE__ - 100;
}
