/* Statements in the wrong place, switch cases, labels. */
void g(int n) {
  switch (n) {
  case 1:
  case 1:
    break;
  case 'a' + 1:
  case 98:
    break;
  default:
  default:
    break;
  }
  switch (n) {
  case n:
    break;
  }
  goto nowhere;
  break;
  continue;
  case 3:;
  default:;
twice:
twice:
  for (;;) {
    if (n) break;
    continue;
  }
}
// Labels used by goto are fine; an unused one is worth a warning.
int h(int n) {
again:
  if (n-- > 0) goto again;
unused:
  return n;
}
// expect: 5:3: error: duplicate case value
// expect: 4:3: note: previously used here
// expect: 8:3: error: duplicate case value
// expect: 7:3: note: previously used here
// expect: 11:3: error: multiple default labels in one switch
// expect: 10:3: note: this is the first default label
// expect: 15:8: error: case label does not reduce to an integer constant
// expect: 19:3: error: break statement not within loop or switch
// expect: 20:3: error: continue statement not within a loop
// expect: 21:3: error: case label not within a switch statement
// expect: 22:3: error: 'default' label not within a switch statement
// expect: 24:1: error: duplicate label 'twice'
// expect: 23:1: note: previous definition of 'twice' was here
// expect: 18:3: error: label 'nowhere' used but not defined
// expect: 23:1: warning: label 'twice' defined but not used [-Wunused-label]
// expect: 34:1: warning: label 'unused' defined but not used [-Wunused-label]
