/* Files through glibc: create, write, seek, read back, stat, list a directory, rename, unlink,
   and the errors (a missing file, a bad descriptor), in a directory given on the command line. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int compare(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    if (chdir(argv[1]) != 0) {
        perror("chdir");
        return 1;
    }
    int fd = open("data.txt", O_CREAT | O_TRUNC | O_RDWR, 0644);
    printf("open: %d\n", fd >= 3);
    const char *text = "hello, files\nsecond line\n";
    printf("write: %zd\n", write(fd, text, strlen(text)));
    printf("lseek: %ld\n", (long)lseek(fd, 7, SEEK_SET));
    char buf[64] = {0};
    ssize_t got = read(fd, buf, 5);
    printf("read: %zd [%s]\n", got, buf);
    printf("lseek end: %ld\n", (long)lseek(fd, 0, SEEK_END));
    close(fd);

    struct stat st;
    int r = stat("data.txt", &st);
    printf("stat: %d size %ld regular %d\n", r, (long)st.st_size, S_ISREG(st.st_mode));
    r = stat("no-such-file", &st);
    printf("missing: %d errno %d\n", r, errno);
    ssize_t w = write(99, "x", 1);
    printf("bad fd: %zd errno %d\n", w, errno);

    FILE *f = fopen("data.txt", "r");
    char line[64];
    while (fgets(line, sizeof line, f))
        printf("line: %s", line);
    fclose(f);

    f = fopen("more.txt", "w");
    for (int i = 0; i < 1000; i++)
        fprintf(f, "%d\n", i * i);
    fclose(f);
    mkdir("sub", 0755);
    rename("more.txt", "sub/moved.txt");
    stat("sub/moved.txt", &st);
    printf("moved size: %ld\n", (long)st.st_size);

    DIR *d = opendir(".");
    char *names[16];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 16)
        names[n++] = strdup(e->d_name);
    closedir(d);
    qsort(names, n, sizeof names[0], compare);
    for (int i = 0; i < n; i++)
        printf("entry: %s\n", names[i]);

    r = unlink("sub/moved.txt");
    printf("unlink: %d %d\n", r, unlink("data.txt"));
    printf("rmdir: %d\n", rmdir("sub"));
    char cwd[256];
    printf("getcwd ends in dir: %d\n", getcwd(cwd, sizeof cwd) && strstr(cwd, argv[1] + 1) != NULL);
    return 0;
}
