// Forward and backward jumps, labels on empty statements and in nested blocks.
int printf(const char *, ...);

int main(void) {
  int trace = 0;
  goto b;
a:
  trace = trace * 10 + 1;
  goto c;
b:
  trace = trace * 10 + 2;
  goto a;
c:
  trace = trace * 10 + 3;
  {
    if (trace > 1000) goto end;
    {
    inner:
      trace = trace * 10 + 4;
      if (trace < 100000) goto inner;
    }
  }
end:;
  printf("trace %d\n", trace);
  return trace % 7;
}
