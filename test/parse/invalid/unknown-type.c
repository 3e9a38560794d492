unknown_t x;
