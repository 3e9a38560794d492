struct s { unsigned char c : 9; };
