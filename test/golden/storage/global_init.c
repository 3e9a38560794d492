// File-scope objects with initializers: scalars, arrays, strings, and constant expressions.
int printf(const char *, ...);

int answer = 42;
unsigned mask = ~0u << 4;
int computed = (3 + 4) * 6 - 1;
char letter = 'Q';
short s = -12345;
long big = 0x7fffffffL;
int primes[] = { 2, 3, 5, 7, 11, 13 };
char label[] = "static"; /* not "word": gcc -masm=intel would read it as the keyword */
const char *greeting = "hello";
int shifted = 1 << 20 | 0xff;
unsigned char bytes[4] = { 0xde, 0xad, 0xbe, 0xef };

int main(void) {
  printf("%d %08x %d %c %d %ld\n", answer, mask, computed, letter, s, big);
  printf("%d primes, last %d\n", (int)(sizeof primes / sizeof primes[0]), primes[5]);
  printf("%s (%u bytes) %s %d\n", label, (unsigned)sizeof label, greeting, shifted);
  printf("%02x%02x%02x%02x\n", bytes[0], bytes[1], bytes[2], bytes[3]);
  return answer;
}
