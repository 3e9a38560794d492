// Hand-written strlen, strcpy, strcat, strcmp and strchr: the loops every C book writes.
int printf(const char *, ...);

static unsigned my_strlen(const char *s) { const char *p = s; while (*p) p++; return p - s; }
static char *my_strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)) ; return r; }
static char *my_strcat(char *d, const char *s) { my_strcpy(d + my_strlen(d), s); return d; }
static int my_strcmp(const char *a, const char *b) {
  for (; *a == *b; a++, b++)
    if (*a == 0) return 0;
  return *(const unsigned char *)a < *(const unsigned char *)b ? -1 : 1;
}
static const char *my_strchr(const char *s, int c) {
  for (;; s++) {
    if (*s == (char)c) return s;
    if (*s == 0) return 0;
  }
}

int main(void) {
  char buf[64];
  my_strcpy(buf, "con");
  my_strcat(buf, "cat");
  my_strcat(buf, "enation");
  printf("%s %u\n", buf, my_strlen(buf));
  printf("%d %d %d %d\n", my_strcmp("a", "b"), my_strcmp("b", "a"), my_strcmp("same", "same"), my_strcmp("ab", "abc"));
  printf("%d\n", my_strcmp("\xff", "a"));
  const char *at = my_strchr(buf, 'e');
  printf("%s %d\n", at, (int)(at - buf));
  printf("%s\n", my_strchr(buf, 'z') == 0 ? "no z" : "z?");
  printf("%s\n", my_strchr(buf, 0) == buf + my_strlen(buf) ? "NUL found" : "NUL?");
  printf("%u\n", my_strlen(""));
  return (int)my_strlen(buf);
}
