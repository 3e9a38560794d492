/* A header for preprocessor/quoted.c: an include guard, a macro, a declaration and a static function. */
#ifndef QUOTED_H
#define QUOTED_H

#define QUOTED_SCALE 3
struct quoted_point { int x, y; };
static inline int quoted_scale(struct quoted_point p) { return (p.x + p.y) * QUOTED_SCALE; }

#endif
