/* A tiny runtime for the CPU benchmarks: _start, write, exit and a number printer, so that the
   programs are the same static binary natively and under logos run (gcc -m32 -static -nostdlib). */
static int sys3(int n, int a, int b, int c)
{
    int r;
    __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory");
    return r;
}
static void put(const char *s)
{
    int n = 0;
    while (s[n])
        n++;
    sys3(4, 1, (int)s, n);
}
static void putnum(unsigned v)
{
    char b[12];
    int i = 11;
    b[i] = 0;
    do {
        b[--i] = '0' + v % 10;
        v /= 10;
    } while (v);
    put(b + i);
    put("\n");
}
int main(void);
__asm__(".globl _start\n_start:\n call main\n mov %eax,%ebx\n mov $1,%eax\n int $0x80\n");
