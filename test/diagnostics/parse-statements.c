/* Statement syntax errors. */
int f(int a) {
  switch (a) {
  case 1 return 1;
  default return 2;
  }
  do a++; while (a < 3)
  return 0;
}
// expect: 4:9: error: expected ':' after 'case'
// expect: 5:10: error: expected ':' after 'default'
// expect: 7:24: error: expected ';' after do/while statement
