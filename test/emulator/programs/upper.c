/* Reads stdin line by line and writes it back upper-cased, with a line count on stderr. */
#include <ctype.h>
#include <stdio.h>

int main(void)
{
    char line[256];
    int n = 0;
    while (fgets(line, sizeof line, stdin)) {
        for (char *p = line; *p; p++)
            *p = toupper((unsigned char)*p);
        fputs(line, stdout);
        n++;
    }
    fprintf(stderr, "%d lines\n", n);
    return n;
}
