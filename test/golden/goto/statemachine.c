// A lexer written as labels and gotos: identifiers, numbers and single-character tokens.
int printf(const char *, ...);

int main(void) {
  const char *s = "x1 = 42+y *7;";
  int idents = 0, numbers = 0, others = 0;
start:
  if (*s == 0) goto done;
  if (*s == ' ') { s++; goto start; }
  if ((*s >= 'a' && *s <= 'z') || *s == '_') goto ident;
  if (*s >= '0' && *s <= '9') goto number;
  printf("op '%c'\n", *s);
  others++;
  s++;
  goto start;
ident:
  printf("ident ");
  while ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_') printf("%c", *s++);
  printf("\n");
  idents++;
  goto start;
number:
  printf("number ");
  while (*s >= '0' && *s <= '9') printf("%c", *s++);
  printf("\n");
  numbers++;
  goto start;
done:
  printf("%d identifiers, %d numbers, %d others\n", idents, numbers, others);
  return idents * 100 + numbers * 10 + others;
}
