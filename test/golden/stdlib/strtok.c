// strtok and strtok_r: splitting on several delimiters, empty fields skipped, nested tokenizing.
#include <stdio.h>
#include <string.h>

int main(void) {
  char line[] = "  alpha,beta;;gamma , delta  ";
  int n = 0;
  for (char *t = strtok(line, " ,;"); t; t = strtok(0, " ,;")) printf("%d:[%s]\n", n++, t);
  char table[] = "a=1&b=22&c=&d=4444";
  char *outer_save;
  for (char *pair = strtok_r(table, "&", &outer_save); pair; pair = strtok_r(0, "&", &outer_save)) {
    char *inner_save;
    char *key = strtok_r(pair, "=", &inner_save);
    char *value = strtok_r(0, "=", &inner_save);
    printf("%s -> %s\n", key, value ? value : "(none)");
  }
  char empty[] = ";;;";
  printf("only delimiters: %s\n", strtok(empty, ";") ? "token" : "null");
  return n;
}
