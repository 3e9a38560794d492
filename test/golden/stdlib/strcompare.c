// string.h comparisons: strcmp, strncmp and memcmp signs, bytes above 127 compare as unsigned.
#include <stdio.h>
#include <string.h>

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void) {
  const char *pairs[][2] = {{"a", "b"}, {"b", "a"}, {"abc", "abc"}, {"ab", "abc"}, {"abc", "ab"},
                            {"", ""}, {"", "a"}, {"\x80", "\x7f"}, {"\xff", "a"}, {"ABC", "abc"}};
  for (int i = 0; i < 10; i++)
    printf("%d %d %d\n", sign(strcmp(pairs[i][0], pairs[i][1])), sign(strncmp(pairs[i][0], pairs[i][1], 2)),
           sign(memcmp(pairs[i][0], pairs[i][1], 1)));
  printf("%d %d\n", strncmp("abcX", "abcY", 3), strncmp("x", "y", 0));
  unsigned char a[4] = {1, 2, 3, 200}, b[4] = {1, 2, 3, 100};
  printf("%d %d\n", sign(memcmp(a, b, 4)), memcmp(a, b, 3));
  return sign(strcmp("z", "a")) + 1;
}
