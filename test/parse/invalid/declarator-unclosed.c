int (*f)(int;
