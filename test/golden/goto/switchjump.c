// goto into and out of the body of a switch, and a label shared by a loop's exits.
int printf(const char *, ...);

static int classify(int x) {
  int r = 0;
  switch (x % 4) {
  case 0:
    r = 10;
    goto done;
  case 1:
    r = 20;
    break;
  case 2:
  twos:
    r += 30;
    if (r < 60) goto twos;
    break;
  default:
    goto out;
  }
  r++;
done:
  return r;
out:
  return -x;
}

int main(void) {
  for (int i = 0; i < 8; i++) printf("%d -> %d\n", i, classify(i));
  return classify(6);
}
