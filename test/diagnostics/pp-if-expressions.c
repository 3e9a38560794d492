// oracle: gcc -m32 -fsyntax-only -Wall prints these same messages.
/* `#if` expressions that do not parse: each message and its place are gcc's. An operator without
   its operand is reported where the operand should be (at the end of the line if nothing is
   there), a parenthesis without its partner at the one that is there. */
#if 1 +
#endif
#if * 2
#endif
#if (2
#endif
#if ()
#endif
#if 1 ? 2
#endif
#if 1 ? 2 :
#endif
#if 1 2
#endif
#if 1 +)
#endif
#if (1))
#endif
#if -
#endif
#if 1 < < 2
#endif
#if defined
#endif
#if defined(X
#endif
#if 1 , 0
#error the comma operator gives its right operand
#endif
#if
#endif
int ok;
// expect: 5:8: error: operator '+' has no right operand
// expect: 7:5: error: operator '*' has no left operand
// expect: 9:5: error: missing ')' in expression
// expect: 11:6: error: missing expression between '(' and ')'
// expect: 13:10: error: '?' without following ':'
// expect: 15:12: error: operator ':' has no right operand
// expect: 17:7: error: missing binary operator before token "2"
// expect: 19:8: error: operator '+' has no right operand
// expect: 21:8: error: missing '(' in expression
// expect: 23:6: error: operator '-' has no right operand
// expect: 25:9: error: operator '<' has no right operand
// expect: 27:12: error: operator "defined" requires an identifier
// expect: 29:14: error: missing ')' after "defined"
// expect: 34:4: error: #if with no expression
