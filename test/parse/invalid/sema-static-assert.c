_Static_assert(sizeof(int) == 8, "int is four bytes on i386");
