/* Digraphs (C11 6.4.6p3): the punctuators they stand for, spelled as written. */
%:define STR(x) %:x
int a<:2:> = <% 1, 2 %>;
STR(<:)
%:define CAT(a,b) a %:%: b
CAT(x,y)
%:if 1
digraph_directive
%:endif
