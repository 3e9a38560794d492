/* Included twice by context-includes.c, once through ctx-outer.h. */
int inner(void) { return missing_inner; }
