// Arithmetic on void * (a GNU extension Logos C has): it steps by bytes, as on char *.
int printf(const char *, ...);

int main(void) {
  int arr[4] = { 1, 2, 3, 4 };
  void *p = arr;
  p = p + 4;
  p++;
  p += 3;
  printf("8 bytes on: %d, the int there: %d\n", (int)((char *)p - (char *)arr), *(int *)p);
  void *q = arr;
  printf("p > q: %d, p - q: %d\n", p > q, (int)(p - q));
  const void *end = &arr[4];
  int sum = 0;
  for (const void *it = arr; it < end; it += sizeof(int)) sum += *(const int *)it;
  printf("sum by void * steps: %d\n", sum);
  p -= 8;
  printf("back at the start: %d\n", p == (void *)arr);
  return sum;
}
