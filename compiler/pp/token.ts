// The preprocessor's token: a lexer token that knows its file, the macro use it came from and
// the macros it may no longer expand (its hide set, after Prosser's algorithm).
//
// Every token the parser receives is one of these, so a diagnostic can always point at the file
// and offsets the token was spelled at (`span`) and, for a token a macro produced, at the macro's
// use (`origin`): "errors in macro expansions point at the use and the macro".
import type { IToken } from "chevrotain";
import type { SourceFile, Span } from "../diag.ts";
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
  /** For a token produced by a macro expansion: the outermost macro use it came from. */
  origin?: PPToken;
  /** `#line` adjustments of the file at the token's place. */
  presumedName?: string;
  presumedLineDelta?: number;
}

/** The span of a token in its own file. */
export function tokenSpan(t: PPToken): Span {
  return {
    file: t.file,
    start: t.startOffset,
    end: t.startOffset + t.image.length,
    presumedName: t.presumedName,
    presumedLineDelta: t.presumedLineDelta,
  };
}

/** Where a diagnostic about a token should point: the macro use for expanded tokens. */
export function useSpan(t: PPToken): Span {
  return tokenSpan(t.origin ?? t);
}
