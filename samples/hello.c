/* The first program: it prints a greeting. */
int puts(const char *s);

int main(void) {
    puts("Hello from Logos!");
    return 0;
}
