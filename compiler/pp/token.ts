// The preprocessor's token: a lexer token that knows its file, the macro expansion it came out of
// and the macros it may no longer expand (its hide set, after Prosser's algorithm).
//
// Every token the parser receives is one of these, so a diagnostic can always point where the
// token is spelled (`tokenSpan`: in the file, in a `#define`, or in a macro's argument) and follow
// its `expansion` to the macro uses that produced it: "errors in macro expansions point at the use
// and the macro". The expansion is shared by every token of one context (diag.ts's `Expansion`,
// one per macro use and parameter), as are the hide set and the `#line` adjustments: a token
// pays one field for all three (`TokenContext`), and tokens read from a file nothing more.
import type { IToken, TokenType } from "chevrotain";
import type { Expansion, SourceFile, Span, Spelling } from "../diag.ts";
import { createToken, Lexer, tokenTypeOf } from "../parse/chevrotain.ts";

/**
 * A `#pragma` or `#ident` line kept for `-E` output (`PreprocessOptions.keepPragmas`); its image
 * is the whole line, `#pragma ...`.
 */
export const Pragma = createToken({ name: "Pragma", pattern: Lexer.NA });

/**
 * What tokens share beyond their file: the macro expansion they came out of, the macros they may
 * no longer expand, and the `#line` adjustments of their place. The tokens of one context (a
 * macro's body at one use, one argument, the lines after a `#line`) point at one record; tokens
 * read straight from a file with no `#line` have none. Records are never changed.
 */
export interface TokenContext {
  /** Macros these tokens must not expand again. */
  readonly hideset: ReadonlySet<string> | undefined;
  /** For tokens produced by a macro expansion: that expansion (see diag.ts). */
  readonly expansion: Expansion | undefined;
  /** `#line` adjustments of the file at the tokens' place. */
  readonly presumedName: string | undefined;
  readonly presumedLineDelta: number | undefined;
}

/** A context record, or undefined when it would say nothing. */
export function tokenContext(
  hideset: ReadonlySet<string> | undefined,
  expansion: Expansion | undefined,
  presumedName: string | undefined,
  presumedLineDelta: number | undefined,
): TokenContext | undefined {
  if (!hideset && !expansion && presumedName === undefined && presumedLineDelta === undefined)
    return undefined;
  return new ContextRecord(hideset, expansion, presumedName, presumedLineDelta);
}

/**
 * A `TokenContext` (made by a constructor, not as an object literal: V8 watches where literals
 * are made and, once it sees that these records live long, recompiles the expander's functions
 * that make them; objects made by `new` carry no such watch).
 */
class ContextRecord implements TokenContext {
  readonly hideset: ReadonlySet<string> | undefined;
  readonly expansion: Expansion | undefined;
  readonly presumedName: string | undefined;
  readonly presumedLineDelta: number | undefined;
  constructor(
    hideset: ReadonlySet<string> | undefined,
    expansion: Expansion | undefined,
    presumedName: string | undefined,
    presumedLineDelta: number | undefined,
  ) {
    this.hideset = hideset;
    this.expansion = expansion;
    this.presumedName = presumedName;
    this.presumedLineDelta = presumedLineDelta;
  }
}

/**
 * A preprocessing token, as the lexer makes it and the parser reads it (a Chevrotain `IToken`).
 *
 * Memory: a large program is half a million tokens that all live until the parser is done, so a
 * token has six fields and nothing else (every field is eight bytes on each of them, copied by
 * each garbage collection that moves them). Its type is its type index's (`tokenType` reads and
 * writes `tokenTypeIdx`); what it shares with other tokens is in `context`, which the
 * accessors below read. Every token is made by this class, so all have one object shape: each
 * property read in the preprocessor, the parser and the diagnostics sees one shape.
 */
export class PPToken implements IToken, Spelling {
  image: string;
  startOffset: number;
  tokenTypeIdx: number;
  /** The file the token is spelled in (for a macro's tokens: the file of the `#define`). */
  file: SourceFile;
  /** Whitespace (or a comment) came before it: needed for `#` stringizing and `-E` output. */
  space: boolean;
  context: TokenContext | undefined;

  /** `type`: the token type, or its index (what the scanner has at hand). */
  constructor(
    image: string,
    startOffset: number,
    type: TokenType | number,
    file: SourceFile,
    space: boolean,
    context: TokenContext | undefined,
  ) {
    this.image = image;
    this.startOffset = startOffset;
    this.tokenTypeIdx = typeof type === "number" ? type : type.tokenTypeIdx!;
    this.file = file;
    this.space = space;
    this.context = context;
  }

  get tokenType(): TokenType {
    return tokenTypeOf(this.tokenTypeIdx);
  }
  set tokenType(type: TokenType) {
    this.tokenTypeIdx = type.tokenTypeIdx!;
  }
  /** Macros this token must not expand again. */
  get hideset(): ReadonlySet<string> | undefined {
    return this.context?.hideset;
  }
  /** For a token produced by a macro expansion: that expansion (see diag.ts). */
  get expansion(): Expansion | undefined {
    return this.context?.expansion;
  }
  /** `#line` adjustments of the file at the token's place. */
  get presumedName(): string | undefined {
    return this.context?.presumedName;
  }
  get presumedLineDelta(): number | undefined {
    return this.context?.presumedLineDelta;
  }
}

/** A copy of `like` with another type and spelling (a computed token, spelled where `like` is). */
export function retyped(like: PPToken, type: TokenType, image: string): PPToken {
  return new PPToken(image, like.startOffset, type, like.file, like.space, like.context);
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
