// Static initializers that hold addresses: of objects, array elements, plus and minus constants.
int printf(const char *, ...);

int table[8] = { 10, 11, 12, 13, 14, 15, 16, 17 };
int *first = table;
int *fourth = &table[3];
int *last = table + 7;
int *before_last = &table[8] - 2;
int value = 99;
int *pv = &value;
int **ppv = &pv;
const char message[] = "address constants";
const char *tail = message + 8;

int main(void) {
  printf("%d %d %d %d\n", *first, *fourth, *last, *before_last);
  printf("%d %d\n", *pv, **ppv);
  **ppv = 100;
  printf("value %d\n", value);
  printf("%s | %s\n", message, tail);
  printf("last - first = %d\n", (int)(last - first));
  return *fourth;
}
