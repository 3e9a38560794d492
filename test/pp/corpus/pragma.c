/* #pragma lines and _Pragma operators (also from macros): -E prints them on lines of their own. */
#define X 1
#pragma foo X bar
int a;
_Pragma("GCC diagnostic push") int b;
#define DO(x) _Pragma(#x) int c;
DO(message("hi"))
#pragma once
#pragma STDC FP_CONTRACT ON
int d = X;
#define P _Pragma
P("weak w") int e;
#define EMPTY
_Pragma ( "pack(1)" ) EMPTY int f;
