// The preprocessor's token: a lexer token that knows its file, the macro expansion it came out of
// and the macros it may no longer expand (its hide set, after Prosser's algorithm).
//
// Every token the parser receives is one of these, so a diagnostic can always point where the
// token is spelled (`tokenSpan`: in the file, in a `#define`, or in a macro's argument) and follow
// its `expansion` to the macro uses that produced it: "errors in macro expansions point at the use
// and the macro". The expansion is shared by every token of one context (diag.ts's `Expansion`,
// one per macro use and parameter), so a token pays one field for it, and nothing outside macros.
import type { IToken } from "chevrotain";
import type { Expansion, SourceFile, Span, Spelling } from "../diag.ts";
import { createToken, Lexer } from "../parse/chevrotain.ts";

/**
 * A `#pragma` or `#ident` line kept for `-E` output (`PreprocessOptions.keepPragmas`); its image
 * is the whole line, `#pragma …`.
 */
export const Pragma = createToken({ name: "Pragma", pattern: Lexer.NA });

export interface PPToken extends IToken {
  /** The file the token is spelled in (for a macro's tokens: the file of the `#define`). */
  file: SourceFile;
  /** Whitespace (or a comment) came before it: needed for `#` stringizing and `-E` output. */
  space: boolean;
  /** Macros this token must not expand again. */
  hideset?: ReadonlySet<string>;
  /** For a token produced by a macro expansion: that expansion (see diag.ts). */
  expansion?: Expansion;
  /** `#line` adjustments of the file at the token's place. */
  presumedName?: string;
  presumedLineDelta?: number;
}

/** The span of a token where it is spelled, with the expansion it came out of. */
export function tokenSpan(t: PPToken): Span {
  return {
    file: t.file,
    start: t.startOffset,
    end: t.startOffset + t.image.length,
    presumedName: t.presumedName,
    presumedLineDelta: t.presumedLineDelta,
    expansion: t.expansion,
  };
}

/**
 * Where a token stands in the text being read: for a token out of a macro expansion, the
 * outermost macro use (gcc's expansion point: `__LINE__`, `-E` lines, the preprocessor's errors).
 */
export function expansionPoint(t: PPToken): Spelling {
  return t.expansion?.root ?? t;
}

/** The span of `expansionPoint(t)`. */
export function useSpan(t: PPToken): Span {
  const at = expansionPoint(t);
  return {
    file: at.file,
    start: at.startOffset,
    end: at.startOffset + at.image.length,
    presumedName: at.presumedName,
    presumedLineDelta: at.presumedLineDelta,
  };
}
