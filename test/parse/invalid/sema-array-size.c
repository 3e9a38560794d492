int a[-2];
