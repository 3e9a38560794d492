/* Parse errors at tokens out of a macro expansion: at the token where it is spelled, with the
   macro use; a missing ';' after a macro's last token is reported at the next token, as gcc does
   (gcc words these "expected ',' or ';' before 'return'" and "before ')' token"). */
#define SEMI int x = 1
int i(void) {
  SEMI return x;
}
#define E1 ) )
int j(void) { return (1 E1; }
// expect: 6:8: error: expected ',' or ';' before 'return'
// expect: 8:14: error: expected ';' before ')' token
// expect: 9:25: note: in expansion of macro 'E1'
