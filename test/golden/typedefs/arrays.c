// typedefs of array types: a vector type, arrays of it, and array parameters that decay.
int printf(const char *, ...);

typedef int vec3[3];
typedef vec3 mat3[3];
typedef char name_t[8];

static int dot(const vec3 a, const vec3 b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
static void row_sums(const mat3 m, vec3 out) {
  for (int i = 0; i < 3; i++) out[i] = m[i][0] + m[i][1] + m[i][2];
}

int main(void) {
  vec3 x = {1, 2, 3}, y = {4, -5, 6};
  mat3 m = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
  vec3 s;
  row_sums(m, s);
  printf("dot %d\n", dot(x, y));
  printf("sums %d %d %d\n", s[0], s[1], s[2]);
  printf("sizes %d %d %d\n", (int)sizeof(vec3), (int)sizeof(mat3), (int)sizeof(name_t));
  name_t names[2] = {"alpha", "beta"};
  printf("%s %s\n", names[0], names[1]);
  return dot(m[1], m[2]) % 256;
}
