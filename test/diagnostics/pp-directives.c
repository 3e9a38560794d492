/* The preprocessor's own messages, gcc's words and places: macro names and parameter lists,
   redefinitions (gcc gives lines only), conditionals out of order, pragmas, quotes left open
   (also in a group that is skipped), #line, and a conditional never closed. */
#define A 1
#define A 2
#undef
#undef 3
#define
#define C1(x
#define C2(x y)
#define C3(
#define C4(1)
#define C5(..., x)
#define C6(x, x) x
#ifdef
#endif
#ifndef 3
#endif
#if 1
#else
#elif 1
#endif
#if 0
"open string in a skipped group
#elif
#endif
#pragma foo bar
#pragma GCC diagnostic push
#pragma GCC warning "from a pragma"
#pragma message ("hello" " there")
int mc = 'ab';
#line 200
#warning after line
#line 300 x
#warning after a bad line
#if 1
// oracle: gcc -m32 -fsyntax-only -Wall prints these same messages.
// expect: 5: warning: "A" redefined
// expect: 4: note: this is the location of the previous definition
// expect: 6:7: error: no macro name given in #undef directive
// expect: 7:8: error: macro names must be identifiers
// expect: 8:8: error: no macro name given in #define directive
// expect: 9:13: error: expected ')' before end of line
// expect: 10:14: error: expected ',' or ')', found "y"
// expect: 11:12: error: expected parameter name before end of line
// expect: 12:12: error: expected parameter name, found "1"
// expect: 13:15: error: expected ')' after "..."
// expect: 14:15: error: duplicate macro parameter "x"
// expect: 15:7: error: no macro name given in #ifdef directive
// expect: 17:9: error: macro names must be identifiers
// expect: 21:2: error: #elif after #else
// expect: 19: error: the conditional began here
// expect: 24:1: warning: missing terminating " character
// expect: 25:6: error: #elif with no expression
// expect: 27: warning: ignoring '#pragma foo bar' [-Wunknown-pragmas]
// expect: 29:21: warning: from a pragma
// expect: 30:9: note: '#pragma message: hello there'
// expect: 31:10: warning: multi-character character constant [-Wmultichar]
// expect: 200:2: warning: #warning after line [-Wcpp]
// expect: 201:11: error: "x" is not a valid filename
// expect: 202:2: warning: #warning after a bad line [-Wcpp]
// expect: 203: error: unterminated #if
