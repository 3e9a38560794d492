/* The environment: `environ`, the null-terminated array of "NAME=value" strings that _start
 * found on the stack. setenv and putenv replace it with an array of our own the first time they
 * add a name (strings that setenv makes are malloc'ed and never freed: another pointer to them
 * may still be in use, as in every C library). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The index of NAME's entry in environ (name ends at its length or an '='), or -1. */
static int find(const char *name, size_t len) {
  int k;
  if (environ == NULL) return -1;
  for (k = 0; environ[k]; k++)
    if (strncmp(environ[k], name, len) == 0 && environ[k][len] == '=') return k;
  return -1;
}

char *getenv(const char *name) {
  size_t len = strcspn(name, "=");
  int k = find(name, len);
  return k < 0 ? NULL : environ[k] + len + 1;
}

static char **owned; /* the array we allocated, if environ is it */

/* Puts `entry` (a "NAME=value" string whose name is len bytes) in the environment. */
static int put(char *entry, size_t len) {
  int k = find(entry, len), n = 0;
  char **grown;
  if (k >= 0) {
    environ[k] = entry;
    return 0;
  }
  while (environ && environ[n]) n++;
  grown = realloc(environ == owned ? owned : NULL, (size_t)(n + 2) * sizeof *grown);
  if (grown == NULL) return -1;
  if (environ != owned && n > 0) memcpy(grown, environ, (size_t)n * sizeof *grown);
  grown[n] = entry;
  grown[n + 1] = NULL;
  environ = owned = grown;
  return 0;
}

static int bad_name(const char *name) {
  return name == NULL || *name == '\0' || strchr(name, '=') != NULL;
}

int setenv(const char *name, const char *value, int overwrite) {
  size_t len, vlen;
  char *entry;
  if (bad_name(name)) {
    errno = EINVAL;
    return -1;
  }
  len = strlen(name);
  if (!overwrite && find(name, len) >= 0) return 0;
  vlen = strlen(value);
  entry = malloc(len + vlen + 2);
  if (entry == NULL) return -1;
  memcpy(entry, name, len);
  entry[len] = '=';
  memcpy(entry + len + 1, value, vlen + 1);
  return put(entry, len);
}

/* The string itself becomes part of the environment (changing it changes the variable). */
int putenv(char *string) {
  size_t len = strcspn(string, "=");
  if (string[len] != '=') return unsetenv(string);
  return put(string, len);
}

/* Removes every entry of the name, keeping the others in order. */
int unsetenv(const char *name) {
  size_t len;
  int k;
  if (bad_name(name)) {
    errno = EINVAL;
    return -1;
  }
  len = strlen(name);
  while ((k = find(name, len)) >= 0) {
    for (; environ[k]; k++) environ[k] = environ[k + 1];
  }
  return 0;
}
