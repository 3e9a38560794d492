/* Faults: a null pointer write (SIGSEGV), ud2 (SIGILL) or a division by zero (SIGFPE). */
#include <stdlib.h>

int main(int argc, char **argv)
{
    int which = argc > 1 ? atoi(argv[1]) : 0;
    if (which == 1)
        __asm__ volatile("ud2");
    if (which == 2) {
        volatile int zero = 0;
        return 10 / zero;
    }
    *(volatile int *)0 = 1;
    return 0;
}
