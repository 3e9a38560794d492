// The C lexer: source text to Chevrotain tokens, the token vocabulary of the whole front end.
//
// The one idea: the lexer proper knows only the preprocessor's token classes (C11 6.4: identifiers,
// pp-numbers, character constants, string literals, punctuators), because the preprocessor must
// see `int` and `0x1Fu` as a word and a number it may redefine or paste. `classify` then turns
// each word that is a keyword into its keyword token and each pp-number into an integer or
// floating literal; the parser sees only classified tokens. `tokenize` does both for callers that
// do not preprocess. Keyword token types therefore have no pattern (`Lexer.NA`): they are never
// matched, only assigned.
//
// Naming scheme of the exported token types (`tokens.X`):
//   keywords     the keyword in PascalCase without underscores: `Int`, `Struct`, `Bool` (_Bool),
//                `StaticAssert` (_Static_assert), `Noreturn`, `Attribute` (__attribute__), `Asm`
//                (__asm__ __asm), `Volatile` (volatile __volatile__ __volatile), `BuiltinVaArg`;
//                GNU alternative spellings share the token of the standard keyword.
//   literals     `Identifier`, `IntegerLiteral`, `FloatingLiteral`, `PpNumber` (a number that is
//                neither, e.g. `08` or `1abc`: the checker reports it), `CharLiteral`,
//                `StringLiteral` (prefixes L u U u8 are part of the image).
//   punctuators  by shape: `LParen`, `Arrow`, `PlusPlus`, `ShiftLeftAssign` (<<=), `Ellipsis`,
//                `Hash`, `HashHash` ...
//   others       `Newline` (kept for the preprocessor, never reaches the parser), `Other` (a stray
//                character such as `@` or a backslash), `UnterminatedComment`, `UnterminatedString`,
//                `UnterminatedChar` (so their errors can be reported with a position).
// Categories: `Keyword` (every keyword), `TypeKeywordUnsupported` (float, double, _Complex, ...).
//
// Hot path: lexing runs once per byte of every source and header. The token classes are written
// once, as the Chevrotain token types and patterns below (their order is the matching order:
// first match wins); `Scanner` is a hand-written scanner for exactly those patterns, which decides
// by the first character and measures each token with character codes (a test runs Chevrotain's
// own lexer on the same patterns, `lexRawChevrotain`, and compares). Positions are start offsets
// only (a token ends at startOffset + image.length; line and column are computed by `SourceFile`
// when a message is printed); punctuators and keywords have shared spellings and all other
// spellings are interned, so most tokens add one object and no string; keywords are a Map lookup
// on identifiers instead of one pattern per keyword.
import type { IToken, TokenType } from "chevrotain";
import type { SourceFile } from "../diag.ts";
import { PPToken } from "../pp/token.ts";
import { createToken, Lexer, tokenTypeOf } from "./chevrotain.ts";

const NA = Lexer.NA;

export const Keyword = createToken({ name: "Keyword", pattern: NA });
/** Type keywords outside Logos C, lexed so the checker can say "not supported in Logos C". */
export const TypeKeywordUnsupported = createToken({ name: "TypeKeywordUnsupported", pattern: NA });

const keywordTokens: TokenType[] = [];
/** Keyword spelling -> token type (GNU alternative spellings included). */
export const KEYWORDS = new Map<string, TokenType>();

function keyword(name: string, spellings: string[], unsupported = false): TokenType {
  const categories = unsupported ? [Keyword, TypeKeywordUnsupported] : [Keyword];
  const t = createToken({ name, pattern: NA, categories });
  keywordTokens.push(t);
  for (const s of spellings) KEYWORDS.set(s, t);
  return t;
}

// C11 6.4.1 keywords, then the GNU spellings Logos C accepts.
export const Auto = keyword("Auto", ["auto"]);
export const Break = keyword("Break", ["break"]);
export const Case = keyword("Case", ["case"]);
export const Char = keyword("Char", ["char"]);
export const Const = keyword("Const", ["const", "__const", "__const__"]);
export const Continue = keyword("Continue", ["continue"]);
export const Default = keyword("Default", ["default"]);
export const Do = keyword("Do", ["do"]);
export const Double = keyword("Double", ["double"], true);
export const Else = keyword("Else", ["else"]);
export const Enum = keyword("Enum", ["enum"]);
export const Extern = keyword("Extern", ["extern"]);
export const Float = keyword("Float", ["float"], true);
export const For = keyword("For", ["for"]);
export const Goto = keyword("Goto", ["goto"]);
export const If = keyword("If", ["if"]);
export const Inline = keyword("Inline", ["inline", "__inline", "__inline__"]);
export const Int = keyword("Int", ["int"]);
export const Long = keyword("Long", ["long"]);
export const Register = keyword("Register", ["register"]);
export const Restrict = keyword("Restrict", ["restrict", "__restrict", "__restrict__"]);
export const Return = keyword("Return", ["return"]);
export const Short = keyword("Short", ["short"]);
export const Signed = keyword("Signed", ["signed", "__signed", "__signed__"]);
export const Sizeof = keyword("Sizeof", ["sizeof"]);
export const Static = keyword("Static", ["static"]);
export const Struct = keyword("Struct", ["struct"]);
export const Switch = keyword("Switch", ["switch"]);
export const Typedef = keyword("Typedef", ["typedef"]);
export const Union = keyword("Union", ["union"]);
export const Unsigned = keyword("Unsigned", ["unsigned"]);
export const Void = keyword("Void", ["void"]);
export const Volatile = keyword("Volatile", ["volatile", "__volatile", "__volatile__"]);
export const While = keyword("While", ["while"]);
export const Alignas = keyword("Alignas", ["_Alignas"]);
export const Alignof = keyword("Alignof", ["_Alignof", "__alignof", "__alignof__"]);
export const Atomic = keyword("Atomic", ["_Atomic"], true);
export const Bool = keyword("Bool", ["_Bool"]);
export const Complex = keyword("Complex", ["_Complex", "__complex__"], true);
export const Generic = keyword("Generic", ["_Generic"]);
export const Imaginary = keyword("Imaginary", ["_Imaginary"], true);
export const Noreturn = keyword("Noreturn", ["_Noreturn"]);
export const StaticAssert = keyword("StaticAssert", ["_Static_assert"]);
export const ThreadLocal = keyword("ThreadLocal", ["_Thread_local", "__thread"], true);
// GNU extensions.
export const Asm = keyword("Asm", ["__asm__", "__asm"]);
export const Attribute = keyword("Attribute", ["__attribute__", "__attribute"]);
export const Extension = keyword("Extension", ["__extension__"]);
export const Typeof = keyword("Typeof", ["__typeof__", "__typeof"]);
/** `__builtin_va_arg(ap, type)` and `__builtin_offsetof(type, member)` take a type name. */
export const BuiltinVaArg = keyword("BuiltinVaArg", ["__builtin_va_arg"]);
export const BuiltinOffsetof = keyword("BuiltinOffsetof", ["__builtin_offsetof"]);

// ---- Tokens the lexer matches, in the order it tries them (first match wins). ----

export const Newline = createToken({ name: "Newline", pattern: /\n/, line_breaks: true });
// Spaces, and backslash-newline between tokens (a splice inside a token is not supported).
export const Whitespace = createToken({
  name: "Whitespace",
  pattern: /(?:[ \t\f\v\r]|\\\r?\n)+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: /\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const UnterminatedComment = createToken({
  name: "UnterminatedComment",
  pattern: /\/\*[\s\S]*/,
  line_breaks: true,
});
export const LineComment = createToken({
  name: "LineComment",
  pattern: /\/\/[^\n]*/,
  group: Lexer.SKIPPED,
});

// pp-number (C11 6.4.8): a digit or `.digit`, then digits, letters, `_`, `.`, or e/E/p/P with a sign.
export const PpNumber = createToken({
  name: "PpNumber",
  pattern: /\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.])*/,
  start_chars_hint: [".", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
});
export const IntegerLiteral = createToken({ name: "IntegerLiteral", pattern: NA });
export const FloatingLiteral = createToken({ name: "FloatingLiteral", pattern: NA });

export const CharLiteral = createToken({
  name: "CharLiteral",
  pattern: /(?:u8|[LuU])?'(?:[^'\\\n]|\\[^\n])*'/,
  start_chars_hint: ["u", "L", "U", "'"],
});
export const UnterminatedChar = createToken({
  name: "UnterminatedChar",
  pattern: /(?:u8|[LuU])?'(?:[^'\\\n]|\\[^\n])*/,
  start_chars_hint: ["u", "L", "U", "'"],
});
export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /(?:u8|[LuU])?"(?:[^"\\\n]|\\[^\n])*"/,
  start_chars_hint: ["u", "L", "U", '"'],
});
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /(?:u8|[LuU])?"(?:[^"\\\n]|\\[^\n])*/,
  start_chars_hint: ["u", "L", "U", '"'],
});
// GCC accepts `$` in identifiers; so do we.
export const Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z_$][A-Za-z0-9_$]*/ });

function punct(name: string, image: string): TokenType {
  return createToken({ name, pattern: image });
}

// Punctuators (C11 6.4.6), longest first so `>>=` wins over `>>` and `>`.
export const Ellipsis = punct("Ellipsis", "...");
export const ShiftLeftAssign = punct("ShiftLeftAssign", "<<=");
export const ShiftRightAssign = punct("ShiftRightAssign", ">>=");
export const Arrow = punct("Arrow", "->");
export const PlusPlus = punct("PlusPlus", "++");
export const MinusMinus = punct("MinusMinus", "--");
export const ShiftLeft = punct("ShiftLeft", "<<");
export const ShiftRight = punct("ShiftRight", ">>");
export const LessEqual = punct("LessEqual", "<=");
export const GreaterEqual = punct("GreaterEqual", ">=");
export const EqualEqual = punct("EqualEqual", "==");
export const NotEqual = punct("NotEqual", "!=");
export const AndAnd = punct("AndAnd", "&&");
export const OrOr = punct("OrOr", "||");
export const StarAssign = punct("StarAssign", "*=");
export const SlashAssign = punct("SlashAssign", "/=");
export const PercentAssign = punct("PercentAssign", "%=");
export const PlusAssign = punct("PlusAssign", "+=");
export const MinusAssign = punct("MinusAssign", "-=");
export const AmpAssign = punct("AmpAssign", "&=");
export const CaretAssign = punct("CaretAssign", "^=");
export const PipeAssign = punct("PipeAssign", "|=");
export const HashHash = punct("HashHash", "##");
export const LBracket = punct("LBracket", "[");
export const RBracket = punct("RBracket", "]");
export const LParen = punct("LParen", "(");
export const RParen = punct("RParen", ")");
export const LBrace = punct("LBrace", "{");
export const RBrace = punct("RBrace", "}");
export const Dot = punct("Dot", ".");
export const Amp = punct("Amp", "&");
export const Star = punct("Star", "*");
export const Plus = punct("Plus", "+");
export const Minus = punct("Minus", "-");
export const Tilde = punct("Tilde", "~");
export const Bang = punct("Bang", "!");
export const Slash = punct("Slash", "/");
export const Percent = punct("Percent", "%");
export const Less = punct("Less", "<");
export const Greater = punct("Greater", ">");
export const Caret = punct("Caret", "^");
export const Pipe = punct("Pipe", "|");
export const Question = punct("Question", "?");
export const Colon = punct("Colon", ":");
export const Semicolon = punct("Semicolon", ";");
export const Assign = punct("Assign", "=");
export const Comma = punct("Comma", ",");
export const Hash = punct("Hash", "#");
/**
 * The digraphs (C11 6.4.6p3) `<:` `:>` `<%` `%>` `%:` `%:%:`: lexed as one token type, then given
 * the type of the punctuator they stand for, keeping their spelling (`-E` and `#` print it).
 */
const Digraph = createToken({ name: "Digraph", pattern: /<:|:>|<%|%>|%:%:|%:/ });
const DIGRAPH_MEANING = new Map<string, TokenType>([
  ["<:", LBracket],
  [":>", RBracket],
  ["<%", LBrace],
  ["%>", RBrace],
  ["%:", Hash],
  ["%:%:", HashHash],
]);

/** Any other character (`@`, a backtick, a lone backslash, non-ASCII): "stray X in program". */
// Non-ASCII characters are not in the pattern (Chevrotain cannot index a complement set); the
// lexer's error recovery skips them and `lexRaw` turns each skipped run into an `Other` token.
export const Other = createToken({ name: "Other", pattern: /[@`\\\x00-\x08\x0e-\x1f\x7f]/ });

/** The token types the lexer matches, in matching order. */
const lexed: TokenType[] = [
  Newline,
  Whitespace,
  BlockComment,
  UnterminatedComment,
  LineComment,
  PpNumber,
  CharLiteral,
  UnterminatedChar,
  StringLiteral,
  UnterminatedString,
  Identifier,
  Digraph,
  Ellipsis,
  ShiftLeftAssign,
  ShiftRightAssign,
  Arrow,
  PlusPlus,
  MinusMinus,
  ShiftLeft,
  ShiftRight,
  LessEqual,
  GreaterEqual,
  EqualEqual,
  NotEqual,
  AndAnd,
  OrOr,
  StarAssign,
  SlashAssign,
  PercentAssign,
  PlusAssign,
  MinusAssign,
  AmpAssign,
  CaretAssign,
  PipeAssign,
  HashHash,
  LBracket,
  RBracket,
  LParen,
  RParen,
  LBrace,
  RBrace,
  Dot,
  Amp,
  Star,
  Plus,
  Minus,
  Tilde,
  Bang,
  Slash,
  Percent,
  Less,
  Greater,
  Caret,
  Pipe,
  Question,
  Colon,
  Semicolon,
  Assign,
  Comma,
  Hash,
  Other,
];

/** Every token type of the vocabulary: give this to the Chevrotain parser. */
export const allTokens: TokenType[] = [
  Keyword,
  TypeKeywordUnsupported,
  ...keywordTokens,
  IntegerLiteral,
  FloatingLiteral,
  ...lexed,
];

// ---- The scanner (hot path: it reads every byte of every source and header) ----

// Character classes by code (ASCII): what a scanner decision needs, one array index each.
const IDENT_START = 1;
const IDENT_PART = 2;
const DIGIT = 4;
const SPACE = 8; // space, \t, \v, \f, \r
const NUMBER_PART = 16; // [0-9A-Za-z_.]
const OTHER = 32; // a character no token starts with but `Other`
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_$]/.test(ch)) CLASS[c] |= IDENT_START | IDENT_PART;
  if (/[0-9]/.test(ch)) CLASS[c] |= IDENT_PART | DIGIT;
  if (/[ \t\f\v\r]/.test(ch)) CLASS[c] |= SPACE;
  if (/[0-9A-Za-z_.]/.test(ch)) CLASS[c] |= NUMBER_PART;
  if (/[@`\\\x00-\x08\x0e-\x1f\x7f]/.test(ch)) CLASS[c] |= OTHER;
}

/**
 * The punctuators and digraphs as tables, from the patterns of `lexed`: `ONE[c]` is the type
 * index of the one-character punctuator `c`, `TWO[c << 7 | d]` that of the two-character one `cd`
 * (a digraph has the type of the punctuator it stands for; 0, no type's index, is none), and
 * `SPELLING` the spelling of each entry.
 * The longer ones (`...` `<<=` `>>=` `%:%:`) extend a two-character one (`..` is none: checked
 * apart). Longest match is first match here: no shorter punctuator comes before a longer one
 * that starts with it in `lexed`.
 */
const ONE = new Int32Array(128);
const TWO = new Int32Array(128 * 128);
const SPELLING: string[] = new Array<string>(128 * 128).fill("");
for (const [image, type] of [
  ...lexed
    .filter((t) => typeof t.PATTERN === "string")
    .map((t) => [t.PATTERN as string, t] as const),
  ...DIGRAPH_MEANING,
]) {
  const c = image.charCodeAt(0);
  if (image.length === 1) {
    ONE[c] = type.tokenTypeIdx!;
    SPELLING[c] = image;
  } else if (image.length === 2) {
    const k = (c << 7) | image.charCodeAt(1);
    TWO[k] = type.tokenTypeIdx!;
    SPELLING[k] = image;
  }
}

// Interned spellings: every identifier, number and literal of one spelling is one string, found
// by a hash computed from the text, so that a spelling seen before costs no new string (and
// the preprocessor's and parser's Map lookups hash it once). Open addressing, linear probing,
// at most half full; "" marks a free slot. Spellings are never dropped: a program has few. The
// table starts small, so that the warm-up sample below grows it once (see `WARM_UP`).
let internSpellings: string[] = new Array<string>(32).fill("");
let internHashes = new Int32Array(32);
let internCount = 0;

/**
 * djb2 kept to 22 bits, one character at a time: `hashStep(hashStep(HASH_SEED, a), b)` ... (small
 * integers only: V8's mid-tier compiler, which runs `-E` and `-fsyntax-only`, calls a builtin
 * for every `Math.imul` of FNV-1a; this hash's steps are inline integer arithmetic).
 */
const HASH_SEED = 5381;
const hashStep = (h: number, c: number): number => (h * 33 + c) & 0x3fffff;

function hashOf(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/** The interned string of `text[start, end)`, whose hash is `h`. */
function intern(text: string, start: number, end: number, h: number): string {
  const len = end - start;
  const mask = internSpellings.length - 1;
  let k = h & mask;
  for (;;) {
    const s = internSpellings[k];
    if (s === "") break;
    if (internHashes[k] === h && s.length === len) {
      let j = 0;
      while (j < len && s.charCodeAt(j) === text.charCodeAt(start + j)) j++;
      if (j === len) return s;
    }
    k = (k + 1) & mask;
  }
  const s = text.slice(start, end);
  internSpellings[k] = s;
  internHashes[k] = h;
  if (++internCount * 2 > internSpellings.length) growInternTable();
  return s;
}

function growInternTable(): void {
  const spellings = internSpellings;
  const hashes = internHashes;
  internSpellings = new Array<string>(spellings.length * 2).fill("");
  internHashes = new Int32Array(spellings.length * 2);
  const mask = internSpellings.length - 1;
  for (let j = 0; j < spellings.length; j++) {
    if (spellings[j] === "") continue;
    let k = hashes[j] & mask;
    while (internSpellings[k] !== "") k = (k + 1) & mask;
    internSpellings[k] = spellings[j];
    internHashes[k] = hashes[j];
  }
}

/**
 * Line splices removed from a text before it is scanned (C11 5.1.1.2 phase 2): `at[k]` is where,
 * in the text without them, the k-th splice was, `shift[k]` the total length of the splices up to
 * and including it. The scanner maps each token's offset back to the file as written.
 */
export interface Splices {
  at: number[];
  shift: number[];
}

/**
 * Reads a text's preprocessing tokens one at a time: words stay `Identifier`, numbers stay
 * `PpNumber`, and each line break is the token `LINE_BREAK`. It never fails: a character no token
 * starts with is an `Other` token. Each token gets `file` and its `space` (whitespace or a comment
 * came before it). The preprocessor pulls the tokens it needs, so a file's tokens never wait in
 * an array of their own.
 *
 * The token classes and their order are the patterns above (`lexed`, first match wins), which is
 * what `lexRawChevrotain` runs; a test checks that both lex alike. This scanner decides by the
 * first character and reads each token's extent with character codes: several times faster
 * than the regular expressions. Punctuators and keywords have shared spellings and other
 * spellings are interned, so a token costs one object and, the first time only, a string.
 */
export class Scanner {
  private readonly text: string;
  readonly file: SourceFile;
  private readonly splices: Splices | undefined;
  /** The next splice of `splices` a token may be after. */
  private splice = 0;
  private pos = 0;
  /** Where the last token ended: the next one has `space` if it starts later. */
  private prevEnd = 0;
  /** Where the last line break read is, in the file (`LINE_BREAK` does not say). */
  lineBreakAt = -1;
  /**
   * The last token read, by its parts (`lastToken` makes it again): a number and an interned or
   * shared string, not the token itself, which is young, where the scanner soon is not. Storing
   * a young object into an old one costs the write barrier's slow path, per token.
   */
  private lastImage = "";
  private lastOffset = -1;
  private lastKind = 0;
  private lastSpace = false;

  constructor(text: string, file?: SourceFile, splices?: Splices) {
    this.text = text;
    this.file = file!;
    this.splices = splices;
  }

  /** The next token, or undefined at the end of the text. */
  next(): PPToken | undefined {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    let start: number;
    let kind: number; // the token type's index
    let image: string;
    for (;;) {
      if (i >= n) {
        this.pos = i;
        return undefined;
      }
      const c = text.charCodeAt(i);
      const cls = c < 128 ? CLASS[c] : 0;
      start = i;
      if ((cls & IDENT_START) !== 0) {
        // An identifier, or a prefixed character constant or string literal (u8'x' L"x" ...).
        let quote = 0;
        let q = i + 1;
        if (c === 117 /* u */ || c === 76 /* L */ || c === 85 /* U */) {
          if (c === 117 && text.charCodeAt(q) === 56 /* 8 */) q++;
          quote = text.charCodeAt(q);
        }
        if (quote === 39 || quote === 34) {
          i = quoted(text, q, quote);
          kind = literalType(quote);
          image = intern(text, start, i, hashOf(text, start, i));
          break;
        }
        let h = hashStep(HASH_SEED, c);
        for (i++; i < n; i++) {
          const d = text.charCodeAt(i);
          if (d >= 128 || (CLASS[d] & IDENT_PART) === 0) break;
          h = hashStep(h, d);
        }
        kind = IDENTIFIER;
        image = intern(text, start, i, h);
        break;
      }
      if (c === 10) {
        i++;
        kind = NEWLINE;
        image = "\n";
        break;
      }
      if ((cls & SPACE) !== 0) {
        i = spaces(text, i + 1);
        continue;
      }
      if ((cls & DIGIT) !== 0 || (c === 46 /* . */ && isDigit(text.charCodeAt(i + 1)))) {
        i = ppNumber(text, i + 1);
        kind = PP_NUMBER;
        image = intern(text, start, i, hashOf(text, start, i));
        break;
      }
      if (c === 39 || c === 34) {
        i = quoted(text, i, c);
        kind = literalType(c);
        image = intern(text, start, i, hashOf(text, start, i));
        break;
      }
      if (c === 47 /* / */) {
        const d = text.charCodeAt(i + 1);
        if (d === 42 /* * */) {
          const close = text.indexOf("*/", i + 2);
          if (close >= 0) {
            i = spaces(text, close + 2);
            continue;
          }
          i = n;
          kind = UNTERMINATED_COMMENT;
          image = text.slice(start, i);
          break;
        }
        if (d === 47) {
          const nl = text.indexOf("\n", i + 2);
          i = spaces(text, nl < 0 ? n : nl);
          continue;
        }
      }
      if (c === 92 /* \ */ && spliceLength(text, i) > 0) {
        i = spaces(text, i);
        continue;
      }
      if (c >= 128) {
        // No token starts with a non-ASCII character: a run of them is one stray token.
        for (i++; i < n && text.charCodeAt(i) >= 128;) i++;
        kind = OTHER_TOKEN;
        image = text.slice(start, i);
        break;
      }
      if ((cls & OTHER) !== 0) {
        i++;
        kind = OTHER_TOKEN;
        image = text.slice(start, i);
        break;
      }
      // A punctuator or digraph: every ASCII character left starts one.
      const d = text.charCodeAt(i + 1);
      const k = (c << 7) | d;
      const two = d < 128 ? TWO[k] : 0;
      if (two === 0) {
        if (c === 46 && d === 46 && text.charCodeAt(i + 2) === 46) {
          i += 3;
          kind = ELLIPSIS;
          image = "...";
        } else {
          i++;
          kind = ONE[c];
          image = SPELLING[c];
        }
        break;
      }
      const e = text.charCodeAt(i + 2);
      if (e === 61 /* = */ && (two === SHIFT_LEFT || two === SHIFT_RIGHT)) {
        i += 3;
        kind = two === SHIFT_LEFT ? SHIFT_LEFT_ASSIGN : SHIFT_RIGHT_ASSIGN;
        image = two === SHIFT_LEFT ? "<<=" : ">>=";
      } else if (k === PERCENT_COLON && e === 37 && text.charCodeAt(i + 3) === 58) {
        i += 4;
        kind = HASH_HASH;
        image = "%:%:";
      } else {
        i += 2;
        kind = two;
        image = SPELLING[k];
      }
      break;
    }
    this.pos = i;
    const space = start > this.prevEnd;
    this.prevEnd = i;
    let offset = start;
    const splices = this.splices;
    if (splices !== undefined) {
      // Each splice before the token moves it right by the splice's length in the file.
      const at = splices.at;
      let s = this.splice;
      while (s < at.length && at[s] <= start) s++;
      this.splice = s;
      if (s > 0) offset += splices.shift[s - 1];
    }
    if (kind === NEWLINE) {
      this.lineBreakAt = offset;
      this.lastKind = NEWLINE;
      return LINE_BREAK;
    }
    this.lastImage = image;
    this.lastOffset = offset;
    this.lastKind = kind;
    this.lastSpace = space;
    return new PPToken(image, offset, kind, this.file, space, undefined);
  }

  /**
   * The last token `next` returned (as a token of its own, equal to it as scanned; a line break as
   * `lineBreakToken` makes it), or undefined before the first.
   */
  lastToken(): PPToken | undefined {
    const kind = this.lastKind;
    if (kind === 0) return undefined;
    if (kind === NEWLINE) return lineBreakToken(this);
    return new PPToken(this.lastImage, this.lastOffset, kind, this.file, this.lastSpace, undefined);
  }
}

/**
 * The `Newline` token `Scanner` returns for every line break: the preprocessor only asks whether
 * a token is one (a tenth of a C file's tokens), so they are not made one by one; where one is,
 * when a message needs it, is `Scanner.lineBreakAt`. Nothing changes it.
 */
export const LINE_BREAK = new PPToken("\n", -1, Newline, undefined!, false, undefined);

/** The last line break `scanner` read, as a token of its own (for a message's position). */
export function lineBreakToken(scanner: Scanner): PPToken {
  return new PPToken("\n", scanner.lineBreakAt, Newline, scanner.file, false, undefined);
}

const PERCENT_COLON = (37 << 7) | 58;

// The indexes of the token types the scanner makes (it works in indexes: a token keeps only its
// type's index, and token types do not all have one object shape).
const NEWLINE = Newline.tokenTypeIdx!;
const IDENTIFIER = Identifier.tokenTypeIdx!;
const PP_NUMBER = PpNumber.tokenTypeIdx!;
const CHAR_LITERAL = CharLiteral.tokenTypeIdx!;
const UNTERMINATED_CHAR = UnterminatedChar.tokenTypeIdx!;
const STRING_LITERAL = StringLiteral.tokenTypeIdx!;
const UNTERMINATED_STRING = UnterminatedString.tokenTypeIdx!;
const UNTERMINATED_COMMENT = UnterminatedComment.tokenTypeIdx!;
const OTHER_TOKEN = Other.tokenTypeIdx!;
const ELLIPSIS = Ellipsis.tokenTypeIdx!;
const SHIFT_LEFT = ShiftLeft.tokenTypeIdx!;
const SHIFT_RIGHT = ShiftRight.tokenTypeIdx!;
const SHIFT_LEFT_ASSIGN = ShiftLeftAssign.tokenTypeIdx!;
const SHIFT_RIGHT_ASSIGN = ShiftRightAssign.tokenTypeIdx!;
const HASH_HASH = HashHash.tokenTypeIdx!;

/**
 * Lexes a whole text into preprocessing tokens (`Scanner`'s, in an array): for text that is not
 * preprocessed, and the tests.
 */
export function lexRaw(text: string, file?: SourceFile): PPToken[] {
  const scanner = new Scanner(text, file);
  const out: PPToken[] = [];
  for (let t = scanner.next(); t !== undefined; t = scanner.next()) {
    out.push(t === LINE_BREAK ? lineBreakToken(scanner) : t);
  }
  return out;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The length of a line splice (backslash, optional \r, newline) at `i`, or 0. */
function spliceLength(text: string, i: number): number {
  const c = text.charCodeAt(i + 1);
  if (c === 10) return 2;
  if (c === 13 && text.charCodeAt(i + 2) === 10) return 3;
  return 0;
}

/** The end of the run of whitespace (spaces, tabs, \v \f \r, line splices) from `i`. */
function spaces(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 128 && (CLASS[c] & SPACE) !== 0) i++;
    else if (c === 92 && spliceLength(text, i) > 0) i += spliceLength(text, i);
    else return i;
  }
}

/** The end of a pp-number whose first digit ends before `i`: [eEpP][+-] or [0-9A-Za-z_.] each step. */
function ppNumber(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c === 101 || c === 69 || c === 112 || c === 80) && isSign(text.charCodeAt(i + 1))) i += 2;
    else if (c < 128 && (CLASS[c] & NUMBER_PART) !== 0) i++;
    else return i;
  }
}

const isSign = (c: number): boolean => c === 43 || c === 45;

/** Whether the literal `quoted` read last was closed by its quote. */
let closed = false;

/**
 * The end of a character constant or string literal whose opening quote is at `q`: after the
 * closing quote, or (unterminated: `closed` is false) before the newline, or the
 * backslash-newline, that ends the line.
 */
function quoted(text: string, q: number, quote: number): number {
  const n = text.length;
  let i = q + 1;
  closed = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === quote) {
      closed = true;
      return i + 1;
    }
    if (c === 10) return i;
    if (c === 92) {
      if (i + 1 >= n || text.charCodeAt(i + 1) === 10) return i;
      i += 2;
    } else i++;
  }
  return i;
}

/** The token type (index) of the literal `quoted` read last. */
function literalType(quote: number): number {
  if (quote === 39) return closed ? CHAR_LITERAL : UNTERMINATED_CHAR;
  return closed ? STRING_LITERAL : UNTERMINATED_STRING;
}

/**
 * A text that takes every path of `Scanner.next`, scanned once when this module loads. V8
 * compiles a hot function for the paths it has seen taken; a path first taken later (a file's
 * first comment, digraph or wide string) throws the compiled code away, and the scanner runs
 * slowly until it is compiled again. With every path taken before the first file, the first
 * compilation is the one that stays: about 7% less time to preprocess the 50,000-line program.
 */
const WARM_UP = // (more than 16 spellings: the intern table grows)
  "#define $x(a, ...) a ## b #a __VA_ARGS__\n\t\v\f\r \\\n" +
  "u8'a' u8\"s\" L'x' U\"y\" u'z' u8x Lx Ux 'c' \"s\\\"\" '\\'' 'open\n\"open\n" +
  "0 42 0x1fUL 1.5e+3 .5E-2 0x1p-3 08 1e+ .. ... . " +
  "<: :> <% %> %: %:%: %:% <<= >>= << >> <= >= == != && || -> ++ -- " +
  "*= /= %= += -= &= ^= |= ## [](){}&*+-~!/%<>^|?:;=,# " +
  "// line\n /* block */ @ ` \\ \x01 \u00e9\u00e8x /* unterminated";
lexRaw(WARM_UP);

/**
 * `lexRaw` done by Chevrotain's lexer from the patterns of `lexed`: the reference a test compares
 * the scanner with. Built on first use.
 */
export function lexRawChevrotain(text: string): IToken[] {
  chevrotainLexer ??= new Lexer(lexed, {
    positionTracking: "onlyOffset",
    ensureOptimizations: true,
    skipValidations: true,
  });
  const result = chevrotainLexer.tokenize(text);
  const tokens = result.tokens;
  const digraph = Digraph.tokenTypeIdx!;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tokenTypeIdx === digraph) {
      t.tokenType = DIGRAPH_MEANING.get(t.image)!;
      t.tokenTypeIdx = t.tokenType.tokenTypeIdx!;
    }
  }
  // Characters no pattern matched (runs of non-ASCII ones): `Other` tokens.
  for (const e of result.errors) {
    tokens.push({
      image: text.substr(e.offset, e.length),
      startOffset: e.offset,
      tokenType: Other,
      tokenTypeIdx: Other.tokenTypeIdx!,
    });
  }
  return tokens.sort((a, b) => a.startOffset - b.startOffset);
}
let chevrotainLexer: InstanceType<typeof Lexer> | undefined;

// An integer constant: decimal, octal or hex digits, then an optional u/l/ll suffix in either order.
const INTEGER =
  /^(?:0[xX][0-9a-fA-F]+|[1-9][0-9]*|0[0-7]*)(?:[uU](?:ll|LL|[lL])?|(?:ll|LL|[lL])[uU]?)?$/;
// A floating constant: decimal with a `.` or an exponent, or hex with a binary exponent.
const FLOATING =
  /^(?:(?:[0-9]*\.[0-9]+|[0-9]+\.?)(?:[eE][+-]?[0-9]+)?|0[xX](?:[0-9a-fA-F]*\.[0-9a-fA-F]+|[0-9a-fA-F]+\.?)[pP][+-]?[0-9]+)[fFlL]?$/;

/** The classified token type of a word or number image (keyword, integer or floating literal). */
export function classifyImage(type: TokenType, image: string): TokenType {
  return tokenTypeOf(classifyIndex(type.tokenTypeIdx!, image));
}

/**
 * `classifyImage` by token type index, as the preprocessor has it for each token it puts out:
 * the index of the classified type.
 */
export function classifyIndex(type: number, image: string): number {
  if (type === IDENTIFIER) {
    const n = image.length;
    if (n >= KEYWORD_MAX || KEYWORD_SHAPE[(n << 7) | (image.charCodeAt(0) & 127)] === 0)
      return IDENTIFIER;
    return KEYWORD_INDEX.get(image) ?? IDENTIFIER;
  }
  if (type === PP_NUMBER) {
    let c = NUMBER_INDEX.get(image);
    if (c === undefined) {
      c = PP_NUMBER;
      if (INTEGER.test(image)) c = IntegerLiteral.tokenTypeIdx!;
      else if (FLOATING.test(image) && !/^0[0-9]*$/.test(image)) c = FloatingLiteral.tokenTypeIdx!;
      NUMBER_INDEX.set(image, c);
    }
    return c;
  }
  return type;
}

/** Keyword spelling -> the index of its token type. */
const KEYWORD_INDEX = new Map<string, number>([...KEYWORDS].map(([s, t]) => [s, t.tokenTypeIdx!]));
/**
 * The lengths and first characters keywords have: `KEYWORD_SHAPE[length << 7 | first]` is 1 if
 * some keyword has both. Most identifiers have neither (`i`, `sum`, `next`), and this test costs
 * less than the map's lookup.
 */
const KEYWORD_MAX = Math.max(...[...KEYWORDS.keys()].map((s) => s.length)) + 1;
const KEYWORD_SHAPE = new Uint8Array(KEYWORD_MAX << 7);
for (const s of KEYWORDS.keys()) KEYWORD_SHAPE[(s.length << 7) | s.charCodeAt(0)] = 1;
/** The class of each number spelling met so far (a program spells few numbers, most often). */
const NUMBER_INDEX = new Map<string, number>();

/** Turns keywords' and numbers' token types into the parser's, in place (see the file comment). */
export function classify(tokens: IToken[]): IToken[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const type = t.tokenType;
    if (type === Identifier || type === PpNumber) {
      const c = classifyImage(type, t.image);
      if (c !== type) {
        t.tokenType = c;
        t.tokenTypeIdx = c.tokenTypeIdx!;
      }
    }
  }
  return tokens;
}

/** Lexes and classifies text that is not preprocessed; `Newline` tokens are dropped. */
export function tokenize(text: string): IToken[] {
  const raw = lexRaw(text);
  const out: IToken[] = [];
  for (const t of raw) if (t.tokenType !== Newline) out.push(t);
  return classify(out);
}
