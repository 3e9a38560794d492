// ABI: data shared between objects — logosc's code uses gcc's globals and gcc's code uses logosc's.
int printf(const char *, ...);

struct config { const char *name; int sizes[3]; short flags; };

/* defined by gcc */
extern int gcc_counter;
extern const char gcc_message[];
extern struct config gcc_config;
extern int *gcc_ptr;
void gcc_touch(void);

/* defined here, used by gcc */
int logos_table[4] = {1, 2, 3, 4};
struct config logos_config = {"logos", {7, 8, 9}, -2};
const char *logos_name = "from logosc";

int main(void) {
  printf("%d %s\n", gcc_counter, gcc_message);
  printf("%s %d %d %d %d\n", gcc_config.name, gcc_config.sizes[0], gcc_config.sizes[1], gcc_config.sizes[2], gcc_config.flags);
  printf("%d\n", *gcc_ptr);
  gcc_counter = 100;
  gcc_touch();
  printf("%d %d %d %d %d\n", gcc_counter, logos_table[0], logos_table[3], logos_config.sizes[1], logos_config.flags);
  printf("%d\n", *gcc_ptr);
  return gcc_counter;
}
