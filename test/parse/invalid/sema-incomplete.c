struct opaque;
struct opaque o;
