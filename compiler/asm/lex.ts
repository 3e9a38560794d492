// The assembler's lexer: one source line of NASM syntax to tokens.
//
// NASM is line-oriented, so the unit here is the line: `lexLine` reads from a line's first
// character to its newline (a `;` comment ends it early) and returns the tokens with their
// character offsets in the file, which is all a diagnostic needs. Numbers are read in every
// notation NASM accepts (`0x1f`, `1fh`, `$1f`, `0b101`, `101b`, `17q`, `0o17`, `1_000`), strings in
// the three quotes (`'...'` and `"..."` verbatim, `` `...` `` with C escapes); `%` starts a
// preprocessor word (`%define`, `%1`, `%%skip`), `$` and `$$` are the here and section-start
// markers. Whether a token had white space before it is kept (`space`), because the macro
// preprocessor pastes tokens that touch (`isr%1` becomes `isr13`).
//
// Hot path: every line of every file goes through here once; it scans with charCodeAt and
// allocates one object per token (none when it reads into a pool of scratch tokens).
import type { SourceFile } from "../diag.ts";

export const T = {
  Ident: 0,
  Number: 1,
  String: 2,
  /** Operators and punctuation: `+ - * / // % %% ( ) [ ] , : << >> | ^ & ~ ! == != < > <= >= && || { }`. */
  Punct: 3,
  /** `$`: the address of the current line. */
  Here: 4,
  /** `$$`: the start of the current section. */
  SectionStart: 5,
  /** `%1` ... `%9`, `%0`: a parameter of a multi-line macro (`value` is the number). */
  MacroParam: 6,
  /** `%%name`: a label local to one expansion of a multi-line macro. */
  MacroLocal: 7,
  /** `%define`, `%macro` ...: a preprocessor directive word (text without the `%`). */
  Directive: 8,
  /** A character the lexer does not know; the parser reports it. */
  Bad: 9,
} as const;
export type T = (typeof T)[keyof typeof T];

/** Where something was written. Parsed trees keep these, not whole tokens (less to keep). */
export interface Place {
  file: SourceFile;
  start: number;
  end: number;
}

/** A token's place, as a small object of its own (the token itself can then be collected). */
export function place(t: Place): Place {
  return { file: t.file, start: t.start, end: t.end };
}

export interface Token {
  kind: T;
  /** The token as written (for strings, the decoded contents; for directives, the word). */
  text: string;
  /** Numbers and macro parameters: the value. */
  value: number;
  file: SourceFile;
  start: number;
  end: number;
  /** White space (or the start of the line) before the token. */
  space: boolean;
}

const C = {
  TAB: 9,
  LF: 10,
  CR: 13,
  SPACE: 32,
  BANG: 33,
  DQUOTE: 34,
  HASH: 35,
  DOLLAR: 36,
  PERCENT: 37,
  AMP: 38,
  QUOTE: 39,
  DOT: 46,
  ZERO: 48,
  NINE: 57,
  SEMI: 59,
  LT: 60,
  EQ: 61,
  GT: 62,
  QUESTION: 63,
  AT: 64,
  BACKSLASH: 92,
  UNDERSCORE: 95,
  BACKTICK: 96,
  LBRACE: 123,
  PIPE: 124,
  RBRACE: 125,
  TILDE: 126,
} as const;

/** Characters that may start an identifier: letters, `_ . ? @`. */
function isIdentStart(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === C.UNDERSCORE ||
    c === C.DOT ||
    c === C.QUESTION ||
    c === C.AT
  );
}

/** Characters that may continue an identifier: those, digits, `$ # ~`. */
export function isIdentChar(c: number): boolean {
  return (
    isIdentStart(c) ||
    (c >= C.ZERO && c <= C.NINE) ||
    c === C.DOLLAR ||
    c === C.HASH ||
    c === C.TILDE
  );
}

function isDigit(c: number): boolean {
  return c >= C.ZERO && c <= C.NINE;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === C.UNDERSCORE;
}

/** The characters that are punctuation on their own, by character code (1: is one). */
const PUNCT = new Uint8Array(128);
for (const ch of "+-*/()[],:|^&~!<>={}") PUNCT[ch.charCodeAt(0)] = 1;

/** The operator spelled by the two characters `a b` (`<>` is `!=`), if they are one. */
function twoCharOperator(a: number, b: number): string | undefined {
  switch (a) {
    case 47: // /
      return b === 47 ? "//" : undefined;
    case C.LT:
      return b === C.LT ? "<<" : b === C.EQ ? "<=" : b === C.GT ? "!=" : undefined;
    case C.GT:
      return b === C.GT ? ">>" : b === C.EQ ? ">=" : undefined;
    case C.EQ:
      return b === C.EQ ? "==" : undefined;
    case C.BANG:
      return b === C.EQ ? "!=" : undefined;
    case C.AMP:
      return b === C.AMP ? "&&" : undefined;
    case C.PIPE:
      return b === C.PIPE ? "||" : undefined;
    case 94: // ^
      return b === 94 ? "^^" : undefined;
  }
  return undefined;
}

export interface LexedLine {
  tokens: Token[];
  /** Offset of the character after the line (its newline, or the end of the text). */
  end: number;
  /** A string not closed before the end of the line: its start offset, or -1. */
  unterminated: number;
}

/**
 * Reads the line starting at `pos`. A `\` at the very end of a line continues it on the next,
 * as in NASM; the tokens then simply carry offsets on both lines.
 *
 * With `pool`, the tokens are the pool's, written over (and the pool grows when a line needs
 * more): a caller that gives one promises that nothing keeps them once it reads the next line
 * with the same pool (hot path: no object per token).
 */
export function lexLine(file: SourceFile, pos: number, pool?: Token[]): LexedLine {
  const s = file.text;
  const n = s.length;
  const tokens: Token[] = pool !== undefined ? pool : [];
  let count = 0;
  let i = pos;
  let space = true;
  let unterminated = -1;
  for (;;) {
    if (i >= n) break;
    const c = s.charCodeAt(i);
    if (c === C.LF) break;
    if (c === C.SPACE || c === C.TAB || c === C.CR) {
      i++;
      space = true;
      continue;
    }
    if (c === C.SEMI) {
      while (i < n && s.charCodeAt(i) !== C.LF) i++;
      break;
    }
    if (c === C.BACKSLASH && restIsBlank(s, i + 1)) {
      // Line continuation: skip to the next line.
      while (i < n && s.charCodeAt(i) !== C.LF) i++;
      i++;
      space = true;
      continue;
    }
    const start = i;
    let kind: T;
    let text: string;
    let value = 0;
    if (isIdentStart(c) || (c === C.DOLLAR && i + 1 < n && isIdentStart(s.charCodeAt(i + 1)))) {
      // `$name` is the identifier `name` even if it is a register or keyword.
      if (c === C.DOLLAR) i++;
      const from = i;
      i++;
      while (i < n && isIdentChar(s.charCodeAt(i))) i++;
      kind = T.Ident;
      text = s.slice(from, i);
    } else if (isDigit(c) || (c === C.DOLLAR && i + 1 < n && isDigit(s.charCodeAt(i + 1)))) {
      if (c === C.DOLLAR) i++;
      const from = i;
      // Plain decimal digits, by far the most common number, are valued as they are scanned.
      let decimal = 0;
      while (i < n && isDigit(s.charCodeAt(i))) decimal = decimal * 10 + s.charCodeAt(i++) - C.ZERO;
      const plain =
        c !== C.DOLLAR && !(i < n && (isAlnum(s.charCodeAt(i)) || s.charCodeAt(i) === C.DOT));
      while (i < n && (isAlnum(s.charCodeAt(i)) || s.charCodeAt(i) === C.DOT)) i++;
      kind = T.Number;
      text = s.slice(start, i);
      if (plain) value = decimal;
      else
        value = c === C.DOLLAR ? parseDigits(s.slice(from, i), 16) : parseNumber(s.slice(from, i));
      if (Number.isNaN(value)) kind = T.Bad;
    } else if (c === C.QUOTE || c === C.DQUOTE || c === C.BACKTICK) {
      let j = i + 1;
      while (j < n && s.charCodeAt(j) !== c && s.charCodeAt(j) !== C.LF) {
        if (c === C.BACKTICK && s.charCodeAt(j) === C.BACKSLASH) j++;
        j++;
      }
      if (j >= n || s.charCodeAt(j) !== c) {
        unterminated = i;
        kind = T.Bad;
        text = s.slice(i, j);
        i = j;
      } else {
        kind = T.String;
        text = c === C.BACKTICK ? unescape(s.slice(i + 1, j)) : s.slice(i + 1, j);
        i = j + 1;
      }
    } else if (c === C.DOLLAR) {
      if (s.charCodeAt(i + 1) === C.DOLLAR) {
        kind = T.SectionStart;
        text = "$$";
        i += 2;
      } else {
        kind = T.Here;
        text = "$";
        i++;
      }
    } else if (c === C.PERCENT) {
      const d = s.charCodeAt(i + 1);
      if (isDigit(d)) {
        i++;
        while (i < n && isDigit(s.charCodeAt(i))) i++;
        kind = T.MacroParam;
        text = s.slice(start, i);
        value = Number(s.slice(start + 1, i));
      } else if (d === C.PERCENT && isIdentChar(s.charCodeAt(i + 2))) {
        i += 2;
        while (i < n && isIdentChar(s.charCodeAt(i))) i++;
        kind = T.MacroLocal;
        text = s.slice(start + 2, i);
      } else if (isIdentStart(d) && count === 0) {
        i++;
        while (i < n && isIdentChar(s.charCodeAt(i))) i++;
        kind = T.Directive;
        text = s.slice(start + 1, i).toLowerCase();
      } else {
        // `%+` pastes the tokens on either side (`isr %+ i`).
        kind = T.Punct;
        text = d === C.PERCENT ? "%%" : d === 43 ? "%+" : "%";
        i += text.length;
      }
    } else {
      const two = twoCharOperator(c, s.charCodeAt(i + 1));
      if (two !== undefined) {
        text = two;
        i += 2;
        kind = T.Punct;
      } else {
        text = s[i];
        i++;
        kind = c < 128 && PUNCT[c] === 1 ? T.Punct : T.Bad;
      }
    }
    const t = tokens[count];
    if (t === undefined) tokens.push({ kind, text, value, file, start, end: i, space });
    else {
      t.kind = kind;
      t.text = text;
      t.value = value;
      t.file = file;
      t.start = start;
      t.end = i;
      t.space = space;
    }
    count++;
    space = false;
  }
  // A pool's tokens: the line has the first `count`, in an array of its own.
  return { tokens: pool !== undefined ? pool.slice(0, count) : tokens, end: i, unterminated };
}

function restIsBlank(s: string, i: number): boolean {
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === C.LF) return true;
    if (c !== C.SPACE && c !== C.TAB && c !== C.CR) return false;
  }
  return true;
}

const PREFIX_RADIX: Record<string, number> = { x: 16, h: 16, b: 2, y: 2, o: 8, q: 8, d: 10, t: 10 };

/** A number in any of NASM's notations, or NaN. Underscores separate digits. */
export function parseNumber(raw: string): number {
  const t = raw.replace(/_/g, "").toLowerCase();
  if (t.length === 0) return NaN;
  if (t.length > 2 && t[0] === "0") {
    const p = t[1];
    const radix = PREFIX_RADIX[p];
    const v = radix === undefined ? NaN : parseDigits(t.slice(2), radix);
    if (!Number.isNaN(v)) return v;
  }
  const last = t[t.length - 1];
  const body = t.slice(0, -1);
  if (last === "h" || last === "x") return parseDigits(body, 16);
  if (last === "b" || last === "y") return parseDigits(body, 2);
  if (last === "q" || last === "o") return parseDigits(body, 8);
  if (last === "d" || last === "t") return parseDigits(body, 10);
  return parseDigits(t, 10);
}

/** A number token's exact value as a BigInt (for `dq` constants beyond 2^53). */
export function parseBigNumber(raw: string): bigint {
  let t = raw.replace(/_/g, "").toLowerCase();
  let radix = 10;
  if (t.startsWith("$")) {
    radix = 16;
    t = t.slice(1);
  } else if (t.length > 2 && t[0] === "0" && PREFIX_RADIX[t[1]] !== undefined) {
    radix = PREFIX_RADIX[t[1]];
    t = t.slice(2);
  } else if (/[hxbyqodt]$/.test(t)) {
    radix = PREFIX_RADIX[t[t.length - 1]];
    t = t.slice(0, -1);
  }
  let v = 0n;
  for (const ch of t) v = v * BigInt(radix) + BigInt(parseInt(ch, radix));
  return v;
}

function parseDigits(t: string, radix: number): number {
  if (t.length === 0) return NaN;
  let v = 0;
  for (let i = 0; i < t.length; i++) {
    const d = parseInt(t[i], radix);
    if (Number.isNaN(d)) return NaN;
    v = v * radix + d;
  }
  return v;
}

const ESCAPES: Record<string, string> = {
  n: "\n", t: "\t", r: "\r", "0": "\0", a: "\x07", b: "\b", f: "\f", v: "\v", e: "\x1b",
  "\\": "\\", "'": "'", '"': '"', "`": "`", "?": "?",
}; // prettier-ignore

/** The C-style escapes of a backquoted string. */
function unescape(s: string): string {
  if (!s.includes("\\")) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch !== "\\" || i + 1 >= s.length) {
      out += ch;
      continue;
    }
    const e = s[++i];
    if (e === "x") {
      let hex = "";
      while (hex.length < 2 && /[0-9a-fA-F]/.test(s[i + 1] ?? "")) hex += s[++i];
      out += String.fromCharCode(parseInt(hex || "0", 16));
    } else if (e >= "0" && e <= "7") {
      let oct = e;
      while (oct.length < 3 && /[0-7]/.test(s[i + 1] ?? "")) oct += s[++i];
      out += String.fromCharCode(parseInt(oct, 8) & 0xff);
    } else out += ESCAPES[e] ?? e;
  }
  return out;
}
