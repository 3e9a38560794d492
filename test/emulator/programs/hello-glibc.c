/* glibc's static start-up: TLS through set_thread_area, brk, cpuid, then printf. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    char *p = malloc(100);
    strcpy(p, "from malloc");
    printf("hello %d %s %s\n", argc, argc > 1 ? argv[1] : "-", p);
    free(p);
    return argc + 2;
}
