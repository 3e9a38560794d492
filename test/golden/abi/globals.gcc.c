// The gcc side of abi/globals.
struct config { const char *name; int sizes[3]; short flags; };

extern int logos_table[4];
extern struct config logos_config;
extern const char *logos_name;

int gcc_counter = 42;
const char gcc_message[] = "hello from gcc";
struct config gcc_config = {"gcc", {1, 2, 3}, 5};
int *gcc_ptr = &logos_table[2];

void gcc_touch(void) {
  gcc_counter += logos_table[1] + logos_name[0];
  logos_table[0] *= 10;
  logos_table[3] = -4;
  logos_config.sizes[1] += 100;
  logos_config.flags = (short)(logos_config.flags * 3);
  *gcc_ptr = 33;
}
