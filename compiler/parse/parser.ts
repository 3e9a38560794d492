// The parser: the preprocessor's tokens to the AST of `ast.ts`, with C's grammar (C11 6.5-6.9)
// and the GNU extensions Logos C keeps (`__attribute__`, `__asm__`, `__builtin_va_arg`,
// `__builtin_offsetof`).
//
// The one idea: C is not context-free -- `T * x;` declares `x` if `T` names a typedef and multiplies
// otherwise -- so the parser keeps the scopes of typedef names as it goes, and whenever it looks at
// an `Identifier` token it re-tags it as a `TypedefName` token if the name is a typedef in the
// current scope (`LA_FAST`/`LA` below). The grammar then sees two different tokens and stays
// LL(2) without backtracking: a declaration starts with a type keyword or a `TypedefName`, a cast
// is `(` followed by one. An identifier is declared (as a typedef or as an ordinary name that hides
// a typedef) right after its declarator, before its initializer, as C's scope rules say.
//
// It is a Chevrotain `EmbeddedActionsParser`: each grammar rule is one method, named after the
// rule and written above it, that builds its AST node directly. Chevrotain first runs every rule
// once to *record* the grammar (it computes the lookahead from it); during that run tokens and
// sub-results are dummies, so everything that builds nodes or touches the scopes is inside
// `ACTION(...)` or a `GATE`, which do not run while recording, or (in the hot rules, where an
// `ACTION` closure per call costs) after a test of `RECORDING_PHASE`.
//
// Errors: a mismatch throws out of the rule; the loops over block items and external declarations
// catch it, report it in C's words ("expected ';' after expression"), skip to the next `;` or `}`
// and go on, so one run reports several errors and never loops. Features outside Logos C are
// parsed and reported as "... is not supported in Logos C".
//
// Hot path: the parser instance is built once per process (`performSelfAnalysis` is slow) and
// reused; per token it does a Map lookup for identifiers and nothing else that allocates.
import { statSync } from "node:fs";
import type { IOrAlt, IToken, ParserMethod, Rule, TokenType } from "chevrotain";
import {
  createToken,
  EmbeddedActionsParser,
  EOF,
  isRecognitionException,
  Lexer,
} from "./chevrotain.ts";
import {
  translationOrder,
  type Diagnostic,
  type DiagnosticSink,
  type SourceFile,
  type Span,
} from "../diag.ts";
import { expansionPoint, PPToken } from "../pp/token.ts";
import { timed } from "../timing.ts";
import { chevrotainDsl, leanDsl, leanRules, resumeRule } from "./dsl.ts";
import { GrammarCache } from "./grammarcache.ts";
import { FirstTokenLookahead } from "./lookahead.ts";
import type {
  AsmOperand,
  AsmStmt,
  AssignOp,
  Attribute,
  BasicTypeName,
  BinaryOp,
  BlockItem,
  CompoundStmt,
  Declaration,
  DeclSpecs,
  Declarator,
  DerivedDeclarator,
  Designator,
  Enumerator,
  EnumSpec,
  Expr,
  ExternalDecl,
  FieldDeclarator,
  FileAsm,
  FunctionDeclarator,
  InitDeclarator,
  Initializer,
  InitItem,
  InitList,
  MemberDecl,
  ParamDecl,
  PointerDeclarator,
  Qualifiers,
  StaticAssert,
  Stmt,
  StorageClass,
  StringLit,
  StructSpec,
  TranslationUnit,
  TypeName,
  TypeSpec,
  UnaryOp,
} from "./ast.ts";
import * as T from "./lexer.ts";
import {
  badNumberMessage,
  charValue,
  decodeBody,
  integerValue,
  splitLiteral,
  type LiteralPrefix,
} from "./literal.ts";

/** Chevrotain's recorder of a rule (not in its type declarations). */
interface Recorder {
  topLevelRuleRecord(this: unknown, name: string, body: () => unknown): Rule;
}

/**
 * Which version of the grammar this is, for the grammar cache: the size and modification time of
 * the files it is written in (this module's rules, lexer.ts's token types), as make would judge
 * them (reading and hashing their 200,000 characters took longer than recording the grammar).
 */
function grammarVersion(): string {
  const stamp = (url: URL) => {
    const s = statSync(url);
    return `${s.size}.${s.mtimeMs}.${s.ino}`;
  };
  return `${stamp(new URL(import.meta.url))}-${stamp(new URL("./lexer.ts", import.meta.url))}`;
}

/** An identifier that names a typedef in the current scope (assigned by the parser, never lexed). */
export const TypedefName = createToken({ name: "TypedefName", pattern: Lexer.NA });

/** The end-of-input tokens after the input (lookahead reads them without bound checks). */
const SENTINELS = 4;

/** `CParser.filled` once the whole input is there. */
const ALL = 2 ** 31 - 1;
/** How far past the token asked for `tagTo` tags (see `LA_FAST`). */
const TAG_AHEAD = 32;

/** A name's length (up to 63) and first character (its low 7 bits), as one index. */
function nameShape(name: string): number {
  const n = name.length;
  return ((n < 63 ? n : 63) << 7) | (name.charCodeAt(0) & 127);
}

const IDENT = T.Identifier.tokenTypeIdx!;
const TYPEDEF = TypedefName.tokenTypeIdx!;
const EOF_IDX = EOF.tokenTypeIdx!;
const INTEGER = T.IntegerLiteral.tokenTypeIdx!;

/** The tokens a postfix suffix starts with (`postfixSuffixAlternatives`, in order). */
const STARTS_POSTFIX: boolean[] = [];
for (const t of [T.LBracket, T.LParen, T.Dot, T.Arrow, T.PlusPlus, T.MinusMinus])
  STARTS_POSTFIX[t.tokenTypeIdx!] = true;

/**
 * Tokens that end an assignment expression after its operand: none of them continues it (no
 * operator, suffix or `?`), and each may follow it (`f(a, b)`, `a[i]`, `x = 1;`, `{ 1 }`, `? a :`).
 * An expression goes on after a comma, so its own set lacks it.
 */
const ENDS_ASSIGNMENT: boolean[] = [];
for (const t of [T.RParen, T.RBracket, T.Semicolon, T.Comma, T.Colon, T.RBrace])
  ENDS_ASSIGNMENT[t.tokenTypeIdx!] = true;
const ENDS_EXPRESSION: boolean[] = ENDS_ASSIGNMENT.slice();
ENDS_EXPRESSION[T.Comma.tokenTypeIdx!] = false;

const ARROW = T.Arrow.tokenTypeIdx!;
const RBRACE = T.RBrace.tokenTypeIdx!;
const LPAREN = T.LParen.tokenTypeIdx!;
const LBRACKET = T.LBracket.tokenTypeIdx!;
const STAR = T.Star.tokenTypeIdx!;
const ATTRIBUTE = T.Attribute.tokenTypeIdx!;
const DOT = T.Dot.tokenTypeIdx!;

/**
 * What a rule returns while Chevrotain records the grammar: its results are never used then, and
 * a rule tests `this.RECORDING_PHASE` before building a node (no `ACTION` closure per call).
 */
const RECORDED = undefined as never;

// Declarator modes: a declaration's declarator must have a name, a type name's must not, and a
// parameter's may have one or not.
const NAMED = 0;
const ABSTRACT = 1;
const EITHER = 2;
type DeclaratorMode = typeof NAMED | typeof ABSTRACT | typeof EITHER;

// Where error recovery stops skipping: inside a block a `}` ends the block; at file scope it is
// skipped.
const IN_FILE = 0;
const IN_BLOCK = 1;

// Binary operators by token, with C's precedence (higher binds tighter; all are left-associative).
const BINARY: [TokenType, BinaryOp, number][] = [
  [T.Star, "*", 10],
  [T.Slash, "/", 10],
  [T.Percent, "%", 10],
  [T.Plus, "+", 9],
  [T.Minus, "-", 9],
  [T.ShiftLeft, "<<", 8],
  [T.ShiftRight, ">>", 8],
  [T.Less, "<", 7],
  [T.Greater, ">", 7],
  [T.LessEqual, "<=", 7],
  [T.GreaterEqual, ">=", 7],
  [T.EqualEqual, "==", 6],
  [T.NotEqual, "!=", 6],
  [T.Amp, "&", 5],
  [T.Caret, "^", 4],
  [T.Pipe, "|", 3],
  [T.AndAnd, "&&", 2],
  [T.OrOr, "||", 1],
];
/** By token type index: the binary operator, and its precedence. */
const BINARY_OP: BinaryOp[] = [];
const PRECEDENCE: number[] = [];
for (const [t, op, p] of BINARY) {
  BINARY_OP[t.tokenTypeIdx!] = op;
  PRECEDENCE[t.tokenTypeIdx!] = p;
}

const ASSIGN: [TokenType, AssignOp][] = [
  [T.Assign, "="],
  [T.StarAssign, "*="],
  [T.SlashAssign, "/="],
  [T.PercentAssign, "%="],
  [T.PlusAssign, "+="],
  [T.MinusAssign, "-="],
  [T.ShiftLeftAssign, "<<="],
  [T.ShiftRightAssign, ">>="],
  [T.AmpAssign, "&="],
  [T.CaretAssign, "^="],
  [T.PipeAssign, "|="],
];
/** By token type index: the assignment operator. */
const ASSIGN_OP: AssignOp[] = [];
for (const [t, op] of ASSIGN) ASSIGN_OP[t.tokenTypeIdx!] = op;

const STORAGE = new Map<number, StorageClass>([
  [T.Typedef.tokenTypeIdx!, "typedef"],
  [T.Extern.tokenTypeIdx!, "extern"],
  [T.Static.tokenTypeIdx!, "static"],
  [T.Auto.tokenTypeIdx!, "auto"],
  [T.Register.tokenTypeIdx!, "register"],
]);

const BASIC = new Map<number, BasicTypeName>([
  [T.Void.tokenTypeIdx!, "void"],
  [T.Char.tokenTypeIdx!, "char"],
  [T.Short.tokenTypeIdx!, "short"],
  [T.Int.tokenTypeIdx!, "int"],
  [T.Long.tokenTypeIdx!, "long"],
  [T.Signed.tokenTypeIdx!, "signed"],
  [T.Unsigned.tokenTypeIdx!, "unsigned"],
  [T.Bool.tokenTypeIdx!, "_Bool"],
]);

/** Token types no grammar rule uses (see `dropStrays`). */
const STRAY = new Set<TokenType>([
  T.Other,
  T.Hash,
  T.HashHash,
  T.UnterminatedString,
  T.UnterminatedChar,
  T.UnterminatedComment,
  T.Newline,
]);
const IS_STRAY: boolean[] = [];
for (const t of STRAY) IS_STRAY[t.tokenTypeIdx!] = true;

/** How a token type is written in C, for messages: `';'`, `'while'`, `identifier`. */
function spelling(t: TokenType): string {
  if (t === T.Identifier) return "identifier";
  if (t === TypedefName) return "type name";
  if (t === T.StringLiteral) return "string literal";
  if (t === T.IntegerLiteral) return "integer constant";
  if (t === EOF) return "end of input";
  if (typeof t.PATTERN === "string") return `'${t.PATTERN}'`;
  for (const [s, k] of T.KEYWORDS) if (k === t) return `'${s}'`;
  return t.name;
}

/**
 * How gcc ends a syntax error: "at end of input", "before 'x'" for a word (a name or a keyword),
 * "before ';' token" for a punctuator, "before numeric constant", "before string constant", and
 * a character constant as it is spelled.
 */
function before(tok: IToken): string {
  const t = tok.tokenType;
  if (t === EOF) return "at end of input";
  if (t === T.IntegerLiteral || t === T.FloatingLiteral) return "before numeric constant";
  if (t === T.StringLiteral) return "before string constant";
  if (t === T.CharLiteral) return `before ${tok.image}`;
  if (t === T.Identifier || t === TypedefName || T.KEYWORDS.get(tok.image) === t)
    return `before '${tok.image}'`;
  return `before '${tok.image}' token`;
}

// Messages for the places where gcc says more than "expected X before Y". All but the one at the
// end of a block name what was expected, and the token found is added as gcc does
// (`OPEN_MESSAGES`).
const E_AT_END_OF_MEMBER_DECLARATION = { ERR_MSG: "expected ':', ',', ';', '}' or '__attribute__'" }; // prettier-ignore
const E_AT_END_OF_BLOCK = { ERR_MSG: "expected '}' at end of block" };
const E_AFTER_CASE = { ERR_MSG: "expected ':' or '...'" };
const E_AFTER_DECLARATION = { ERR_MSG: "expected ',' or ';'" };
const E_AFTER_DECLARATOR = { ERR_MSG: "expected '=', ',', ';', 'asm' or '__attribute__'" };
const E_ARGUMENT = { ERR_MSG: "expected expression" };
const E_PARAMETER = { ERR_MSG: "expected declaration specifiers or '...'" };

/** What may follow a declaration's last declarator: after an initializer only ',' or ';'. */
function afterDeclarators(declarators: InitDeclarator[]): { ERR_MSG: string } {
  const last = declarators[declarators.length - 1] as InitDeclarator | undefined;
  return last !== undefined && last.init === undefined ? E_AFTER_DECLARATOR : E_AFTER_DECLARATION;
}
const OPEN_MESSAGES = new Set([
  E_AT_END_OF_MEMBER_DECLARATION.ERR_MSG,
  E_AFTER_CASE.ERR_MSG,
  E_AFTER_DECLARATION.ERR_MSG,
  E_AFTER_DECLARATOR.ERR_MSG,
  E_ARGUMENT.ERR_MSG,
  E_PARAMETER.ERR_MSG,
]);

/** Tokens that are an expression on their own, and tokens that cannot follow one. */
const LONE_OPERAND = new Set<TokenType>([T.Identifier, T.IntegerLiteral, T.CharLiteral]);
const NOT_AFTER_OPERAND = new Set<TokenType>([
  T.Identifier,
  T.IntegerLiteral,
  T.CharLiteral,
  T.StringLiteral,
  T.LBrace,
  ...T.KEYWORDS.values(),
]);

/** gcc's words for a token that cannot start a declaration at file scope. */
const EXPECTED_AT_FILE_SCOPE = "expected identifier or '('";

/**
 * A message that one `;`, `)`, `]` or `:` is missing: the caret goes just after the previous
 * token, where it belongs (gcc's place for these; a missing `}` it shows at the next token).
 */
const MISSING_PUNCTUATOR = /^expected '[;)\]:]' (before|at) /;

function noQualifiers(): Qualifiers {
  return { const: false, volatile: false, restrict: false };
}

// What the tree keeps lives until its external declaration is checked and compiled (syntax.ts),
// and every object of it that a scavenge finds alive is copied. Three things keep it smaller
// without changing what a reader of the tree sees:

/** The qualifiers of specifiers and pointers that have none: one shared, frozen object. */
const NO_QUALIFIERS: Qualifiers = Object.freeze(noQualifiers());

/** `q` with the qualifier `which`: a fresh object if `q` is `NO_QUALIFIERS`. */
function qualified(q: Qualifiers, which: keyof Qualifiers): Qualifiers {
  const fresh = q === NO_QUALIFIERS ? noQualifiers() : q;
  fresh[which] = true;
  return fresh;
}

/** The list every empty list of the tree is (a frozen array: nothing adds to a finished node). */
const EMPTY: readonly never[] = Object.freeze([]);

/**
 * A list built with `push` as the tree keeps it: empty, the shared `EMPTY`. (A short one was
 * copied to its exact length when the whole tree lived to the end of the parse; now that it is
 * garbage a declaration later, the copy cost more than the room it saved.)
 */
function kept<T>(list: T[]): T[] {
  return list.length === 0 ? (EMPTY as unknown as T[]) : list;
}

/**
 * `span` or, if it has the same place, `same`: spans never change once made, so a node whose
 * span is another's (a lone type specifier and its declaration specifiers, a type name without
 * declarator and its specifiers, a declarator that is just a name and the name) shares it.
 */
function shared(span: Span, same: Span | undefined): Span {
  return same !== undefined &&
    same.start === span.start &&
    same.end === span.end &&
    same.file === span.file &&
    same.expansion === span.expansion &&
    same.presumedName === span.presumedName &&
    same.presumedLineDelta === span.presumedLineDelta
    ? same
    : span;
}

/** A statement's rule (`keywordStatement`). */
type StatementRule = ParserMethod<[], Stmt>;

/** A parse error with its message already in C's words (thrown by Chevrotain, caught below). */
interface RecognitionError extends Error {
  token: IToken;
  previousToken?: IToken;
}

// The messages Chevrotain builds when a rule gives none: say what was expected, in C's words.
const errorMessages = {
  buildMismatchTokenMessage(o: { expected: TokenType; actual: IToken }): string {
    return `expected ${spelling(o.expected)} ${before(o.actual)}`;
  },
  buildNotAllInputParsedMessage(o: { firstRedundant: IToken }): string {
    return `${EXPECTED_AT_FILE_SCOPE} ${before(o.firstRedundant)}`;
  },
  buildNoViableAltMessage(o: {
    expectedPathsPerAlt: TokenType[][][];
    actual: IToken[];
    customUserDescription?: string;
  }): string {
    return expectedMessage(o.expectedPathsPerAlt.flat(), o.actual[0], o.customUserDescription);
  },
  buildEarlyExitMessage(o: {
    expectedIterationPaths: TokenType[][];
    actual: IToken[];
    customUserDescription?: string;
  }): string {
    return expectedMessage(o.expectedIterationPaths, o.actual[0], o.customUserDescription);
  },
};

function expectedMessage(paths: TokenType[][], actual: IToken, custom?: string): string {
  if (custom) return `expected ${custom} ${before(actual)}`;
  let firsts = [...new Set(paths.map((p) => p[0]).filter((t) => t !== undefined))];
  // A name that may be a typedef name is just an identifier to the reader (gcc's words).
  if (firsts.includes(T.Identifier)) firsts = firsts.filter((t) => t !== TypedefName);
  if (firsts.length > 0 && firsts.length <= 4) {
    const names = firsts.map(spelling);
    const last = names.pop()!;
    return `expected ${names.length ? names.join(", ") + " or " : ""}${last} ${before(actual)}`;
  }
  return `syntax error ${before(actual)}`;
}

/**
 * The alternatives of an `OR`, built once per parser: a rule that writes them inline allocates
 * every object and closure again on each call, which on the hot rules (statements, expressions)
 * was a large part of the parser's garbage. Only alternatives that use no local of the rule can
 * be cached this way.
 */
type Alternatives<T> = { DEF: IOrAlt<T>[]; ERR_MSG: string };

/** A declarator's parts as they are read (CParser's `declaring`). */
interface DeclaratorParts {
  pointers: PointerDeclarator[];
  suffixes: DerivedDeclarator[];
  nameTok: IToken | undefined;
  inner: Declarator | undefined;
}

/** The alternatives of a declarator's part before its suffixes (see `directAlternatives`). */
type DirectAlternatives = Alternatives<void> & { IGNORE_AMBIGUITIES?: boolean };

/** Declaration specifiers being collected (CParser's `specsBuilder`). */
interface SpecsBuilder {
  specs: DeclSpecs;
  hasType: boolean;
  longs: number;
}

class CParser extends EmbeddedActionsParser {
  // Chevrotain's token cursor (not in its type declarations).
  declare currIdx: number;
  declare tokVector: IToken[];
  declare consumeToken: () => void;
  declare lookaheadStrategy: object;

  private sink!: DiagnosticSink;
  private file!: SourceFile;
  /** Name -> is a typedef, for every name that is a typedef or hides one in an enclosing scope. */
  private typedefs = new Map<string, boolean>();
  /**
   * How many names of each length and first character (`nameShape`) have been typedef names in
   * this unit (it never decreases): a name whose count is 0 is not one, known without the map's
   * lookup (most names: `i`, `sum`, `p` against `size_t`, `FILE`).
   */
  private typedefShapes = new Int32Array(64 << 7);
  /** Undo log: [name, previous meaning] pairs; `scopeMarks` says where each scope starts. */
  private undo: [string, boolean | undefined][] = [];
  private scopeMarks: number[] = [];
  /**
   * The tokens from the next one up to this input index (excluded) are tagged as the typedef
   * names in scope now say (see `LA_FAST`).
   */
  private taggedTo = 0;
  /** The index of the token where the last error was reported (one error per place). */
  private lastErrorIdx = -2;
  private pending: Diagnostic[] = [];
  /** The syntax errors of this unit so far (they wait in `pending` until the end). */
  private syntaxErrors = 0;
  /** `parseUnit`'s `each`. */
  private each: ((d: ExternalDecl, clean: boolean) => void) | undefined;
  /**
   * Streaming (`parseUnit`'s `more`): the input is read a batch at a time, as the lookahead
   * reaches its end (`refill`); `filled` is where the tokens read so far end (`ALL` once the
   * input has all come), and the tokens of each external declaration are let go once it is
   * parsed (`released`: the tokens before that index are gone).
   */
  private more: (() => readonly IToken[] | undefined) | undefined;
  private filled = ALL;
  private released = 0;
  /** Streaming: the input index of the window's first token (`tokVector` is the window). */
  private base = 0;
  /** The input's last token (before strays are dropped): where the end-of-input sentinels are. */
  private lastToken: IToken | undefined;
  declare tokVectorLength: number;
  /** The index of the token before which a missing `;` was last assumed. */
  private lastInsertIdx = -2;
  /** Operands that start with a name or constant skip the grammar's path to it (`primaryOperand`). */
  private primaryShortcut = false;
  /** The grammar as recorded and its lookahead paths, kept between runs (grammarcache.ts). */
  private grammarCache: GrammarCache | undefined;

  /**
   * Chevrotain's recording of one rule (`performSelfAnalysis` runs the rule in a recording mode
   * to learn its productions): from the grammar cache when it has the rule, which saves
   * recording the grammar, about half of the parser's set-up. A rule recorded is kept for the
   * next runs.
   */
  topLevelRuleRecord(name: string, body: () => unknown): Rule {
    const cached = this.grammarCache?.rule(name);
    if (cached !== undefined) return cached;
    const record = (EmbeddedActionsParser.prototype as unknown as Recorder).topLevelRuleRecord;
    const rule = record.call(this, name, body);
    this.grammarCache?.keepRule(rule);
    return rule;
  }

  /**
   * `validate`: run Chevrotain's grammar checks (ambiguities, left recursion). They cost a third
   * of the set-up time, so the compiler skips them and a test runs them (`validateGrammar`).
   * `chevrotainLookahead`: decide with Chevrotain's own LL(k) functions instead of
   * `lookahead.ts`, parse with Chevrotain's own DSL methods instead of `dsl.ts`'s and read every
   * operand by the grammar (`primaryOperand`): a test checks that both parsers build the same trees
   * and report the same errors.
   */
  constructor(o: { validate?: boolean; chevrotainLookahead?: boolean } = {}) {
    // The parser for the compiler keeps its grammar and lookahead paths between runs; the ones
    // the tests compare it with (Chevrotain's own lookahead, the validations) record afresh.
    const cache =
      o.chevrotainLookahead || o.validate ? undefined : new GrammarCache(grammarVersion(), 2, [EOF, ...T.allTokens, TypedefName]); // prettier-ignore
    super([...T.allTokens, TypedefName], {
      maxLookahead: 2,
      ...(o.chevrotainLookahead
        ? {}
        : { lookaheadStrategy: new FirstTokenLookahead({ maxLookahead: 2, cache }) }),
      recoveryEnabled: false,
      skipValidations: o.validate !== true,
      errorMessageProvider: errorMessages as never,
    });
    this.grammarCache = cache;
    this.performSelfAnalysis();
    this.primaryShortcut = o.chevrotainLookahead !== true;
    if (o.chevrotainLookahead) chevrotainDsl(this, EmbeddedActionsParser.prototype);
    else leanRules(this);
  }

  /**
   * Parses one translation unit. With `each`, every external declaration goes to `each` as soon
   * as it is parsed (and the unit's `decls` stay empty), so that the passes after the parser can
   * take a declaration at a time and the tree need never exist whole; `clean` says whether the
   * file has parsed without an error so far.
   */
  parseUnit(
    tokens: readonly IToken[],
    file: SourceFile,
    sink: DiagnosticSink,
    each?: (d: ExternalDecl, clean: boolean) => void,
    more?: () => readonly IToken[] | undefined,
  ): TranslationUnit {
    this.sink = sink;
    this.each = each;
    this.more = more;
    this.released = 0;
    this.base = 0;
    this.syntaxErrors = 0;
    this.file = file;
    this.typedefs.clear();
    this.typedefShapes.fill(0);
    this.undo.length = 0;
    this.scopeMarks.length = 0;
    this.lastErrorIdx = -2;
    this.lastInsertIdx = -2;
    // gcc's builtin type of `va_list` (stdarg.h says `typedef __builtin_va_list va_list;`).
    this.typedefs.set("__builtin_va_list", true);
    this.typedefShapes[nameShape("__builtin_va_list")]++;
    this.lastToken = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
    const input = this.dropStrays(tokens, more === undefined ? this.sentinels() : []);
    this.input = input;
    this.filled = more === undefined ? ALL : input.length;
    this.taggedTo = 0;
    this.binaryTop = 0;
    // The sentinels are not input: Chevrotain must stop before them.
    this.tokVectorLength = input.length - (more === undefined ? SENTINELS : 0);
    const unit = this.translationUnit();
    this.input = [];
    this.each = undefined;
    this.grammarCache?.save();
    if (this.pending.length > 0) this.flushErrors();
    return unit;
  }

  /**
   * Chevrotain's hook before the top rule runs pushes its own end-of-input sentinels onto the
   * input (and its hook after pops them): for half a million tokens, a copy of the whole array
   * to grow it. `parseUnit`'s input ends with sentinels of its own, so this adds none.
   */
  onBeforeParse(): void {}

  /**
   * The tokens without the ones no grammar rule can use, each reported as gcc does: a stray
   * character or `#`, an unterminated literal or comment (the preprocessor reports and drops
   * those itself; text parsed without it still has them).
   */
  private dropStrays(tokens: readonly IToken[], sentinels: IToken[]): IToken[] {
    // Fast path: the preprocessor has reported and dropped these already, so usually the whole
    // input is copied in one go, the sentinels with it (half a million tokens: pushing them after
    // would copy the array a second time to grow it).
    let i = 0;
    while (i < tokens.length && !IS_STRAY[tokens[i].tokenTypeIdx]) i++;
    if (i === tokens.length)
      return sentinels.length > 0 ? tokens.concat(sentinels) : (tokens as IToken[]);
    const out = tokens.slice(0, i);
    for (; i < tokens.length; i++) {
      const t = tokens[i];
      const type = t.tokenType;
      if (type === T.Other || type === T.Hash || type === T.HashHash) {
        this.error(`stray '${t.image}' in program`, this.tokenSpan(t));
      } else if (type === T.UnterminatedString || type === T.UnterminatedChar) {
        const q = type === T.UnterminatedString ? '"' : "'";
        this.error(`missing terminating ${q} character`, this.tokenSpan(t));
      } else if (type === T.UnterminatedComment) {
        this.error("unterminated comment", this.tokenSpan(t));
      } else if (type !== T.Newline) {
        out.push(t);
      }
    }
    for (const t of sentinels) out.push(t);
    return out;
  }

  // ---- Lookahead with typedef names (the one idea of this file). Hot path. ----

  // The parser looks at most tokens several times, and never back (the lookahead reads from the
  // next token on): the tokens ahead are tagged once, as the lookahead first reaches them (up to
  // `taggedTo`), and again only when some name changes meaning (`retagAhead`): a look is one
  // comparison. (Against a generation number per token, checked at each look: 23 million fewer
  // instructions of bench.c's -fsyntax-only, callgrind.) The lookahead reaches a new token at
  // nearly every consume, so `tagTo` tags `TAG_AHEAD` tokens past the one asked for: a call per
  // 32 tokens, not per token (46 million fewer; the tokens re-tagged after a typedef name is
  // declared or hidden, which is rare, are at most that many more).

  override LA_FAST(howMuch: number): IToken {
    const i = this.currIdx + howMuch;
    if (i >= this.taggedTo) this.tagTo(i);
    return this.tokVector[i - this.base];
  }

  override LA(howMuch: number): IToken {
    if (howMuch > 0) return this.LA_FAST(howMuch);
    // The current token or one before (error messages): tagged as the names say now.
    const w = this.currIdx + howMuch - this.base;
    if (w < 0 || w >= this.tokVector.length) return this.tokVector[this.tokVector.length - 1];
    const t = this.tokVector[w];
    const idx = t.tokenTypeIdx;
    if (idx === IDENT || idx === TYPEDEF) this.retag(t);
    return t;
  }

  /**
   * Tags the tokens from `taggedTo` to input index `i` and up to `TAG_AHEAD` past it (those the
   * window holds), reading more input if `i` needs it.
   */
  private tagTo(i: number): void {
    if (i >= this.filled) this.refill(i);
    const tokens = this.tokVector;
    const base = this.base;
    let end = i + TAG_AHEAD;
    if (end >= base + tokens.length) end = base + tokens.length - 1;
    for (let j = this.taggedTo; j <= end; j++) {
      const t = tokens[j - base];
      const idx = t.tokenTypeIdx;
      if (idx === IDENT || idx === TYPEDEF) this.retag(t);
    }
    this.taggedTo = end + 1;
  }

  /** A name has changed meaning: the tokens ahead are tagged again as the lookahead reaches them. */
  private retagAhead(): void {
    const next = this.currIdx + 1;
    if (this.taggedTo > next) this.taggedTo = next;
  }

  /** The token at input index `i` (which the window still holds). */
  private tokenAt(i: number): IToken {
    return this.tokVector[i - this.base];
  }

  /**
   * Streaming: reads batches until token `i` has come, or the input's end (and its sentinels),
   * into a new window that starts at the first token not let go (`released`). A new, small array
   * each time rather than one that grows to the whole input: that one would soon be old, and
   * every token stored in it (young) would cost the write barrier and the remembered set (a
   * third of the parse's own time, measured on the 50,000-line program).
   */
  private refill(i: number): void {
    const old = this.tokVector;
    const drop = Math.max(0, this.released - this.base);
    // (Within one declaration longer than a batch nothing is let go: the window grows in place,
    //  or each batch would copy all of it again -- quadratic in the declaration's length.)
    let window = drop > 0 ? old.slice(drop) : old;
    while (i >= this.filled) {
      const batch = this.more?.();
      if (batch === undefined) {
        this.more = undefined;
        for (const t of this.sentinels()) window.push(t);
        this.filled = ALL;
        break;
      }
      if (batch.length > 0) this.lastToken = batch[batch.length - 1];
      const kept = this.dropStrays(batch, []);
      if (drop > 0 && window.length < kept.length) {
        // (One copy of the batch, at its size, rather than a push per token, a call of the
        //  builtin each and a dozen regrowths of the window: 44 million of bench.c's 2,724
        //  million instructions, -fsyntax-only. A window this long is grown in place, below.)
        window = window.concat(kept);
      } else {
        for (let k = 0; k < kept.length; k++) window.push(kept[k]);
      }
      this.filled = this.base + drop + window.length;
    }
    this.tokVector = window;
    this.base += drop;
    this.tokVectorLength = this.base + window.length - (this.filled === ALL ? SENTINELS : 0);
  }

  /**
   * Streaming: lets go of the tokens before the current one's few predecessors (the parser never
   * looks further back than the item it is in): the next window starts after them.
   */
  private release(): void {
    const keep = this.currIdx - SENTINELS;
    if (keep > this.released) this.released = keep;
  }

  /** Lookahead reads past the end of the input without bound checks: it finds these there. */
  private sentinels(): IToken[] {
    const last = this.lastToken;
    const endOffset = last ? last.startOffset + last.image.length : 0;
    const endFile = last ? (last as PPToken).file : this.file;
    const out: IToken[] = [];
    for (let i = 0; i < SENTINELS; i++)
      out.push(new PPToken("", endOffset, EOF, endFile, false, undefined));
    return out;
  }

  private retag(t: IToken): void {
    const name = t.image;
    t.tokenTypeIdx = // (PPToken's type too)
      this.typedefShapes[nameShape(name)] !== 0 && this.typedefs.get(name) === true
        ? TYPEDEF
        : IDENT;
  }

  // ---- Scopes of typedef names ----

  private pushScope(): void {
    this.scopeMarks.push(this.undo.length);
  }

  private popScope(): void {
    const mark = this.scopeMarks.pop() ?? 0;
    if (this.undo.length > mark) this.retagAhead();
    while (this.undo.length > mark) {
      const [name, prev] = this.undo.pop()!;
      if (prev === undefined) this.typedefs.delete(name);
      else this.typedefs.set(name, prev);
    }
  }

  /** Declares `name` in the current scope: a typedef, or an ordinary name that hides one. */
  private declareName(name: string | undefined, isTypedef: boolean): void {
    if (name === undefined) return;
    const prev = this.typedefs.get(name);
    // An ordinary name needs an entry only if it hides a typedef.
    if (!isTypedef && prev !== true) return;
    this.undo.push([name, prev]);
    this.typedefs.set(name, isTypedef);
    if (isTypedef) this.typedefShapes[nameShape(name)]++;
    this.retagAhead();
  }

  // ---- Positions ----

  /** Where a token is spelled, and the macro expansion it came out of (pp/token.ts). */
  // (Hot path: a parse keeps a span per node and per name and operator, ~500,000 for 50,000
  //  lines. Outside macro expansions and `#line` files, nearly everywhere, a span has only the
  //  three fields it needs: half the size of one with the other three set to undefined.)
  private tokenSpan(t: IToken): Span {
    const at = t as PPToken;
    const file = at.file ?? this.file;
    const start = at.startOffset;
    const end = start + at.image.length;
    const c = at.context;
    if (c === undefined) return { file, start, end };
    const { presumedName, presumedLineDelta, expansion } = c;
    if (presumedName === undefined && presumedLineDelta === undefined && expansion === undefined)
      return { file, start, end };
    return { file, start, end, presumedName, presumedLineDelta, expansion };
  }

  /**
   * The span from token `start` to the last consumed token; in a macro expansion just `start`'s
   * (gcc underlines no range of tokens there: `*p` in a macro's body gets a caret under `*`).
   */
  private spanFrom(start: IToken): Span {
    const s = this.tokenSpan(start);
    // The last consumed token (LA(0), without its bound checks and re-tagging: hot path).
    const endTok = this.currIdx >= 0 ? this.tokenAt(this.currIdx) : start;
    if (endTok === start || endTok.tokenTypeIdx === EOF_IDX) return s;
    const at = endTok as PPToken;
    const end = at.startOffset + at.image.length;
    if ((at.file ?? this.file) === s.file && !at.context?.expansion && !s.expansion && end >= s.end)
      s.end = end;
    return s;
  }

  /** `joinSpans(this.tokenSpan(start), end)`, without the token's span as a step between. */
  private spanTo(start: IToken, end: Span): Span {
    const s = this.tokenSpan(start);
    if (
      s.file === end.file &&
      !s.expansion &&
      !end.expansion &&
      end.end >= s.start &&
      end.end > s.end
    )
      s.end = end.end;
    return s;
  }

  /**
   * A copy of `from` extended to the end of the last consumed token, when that token is further
   * on in the same text (outside macro expansions, as `spanFrom`).
   */
  private extendedToLast(from: Span): Span {
    const last = this.tokenAt(this.currIdx) as PPToken;
    let end = from.end;
    if ((last.file ?? this.file) === from.file && !last.context?.expansion && !from.expansion) {
      const lastEnd = last.startOffset + last.image.length;
      if (lastEnd > end) end = lastEnd;
    }
    return from.presumedName === undefined &&
      from.presumedLineDelta === undefined &&
      from.expansion === undefined
      ? { file: from.file, start: from.start, end }
      : { ...from, end };
  }

  /** Where a token stands in the text being read (a macro's tokens: at the outermost use). */
  private readSpan(t: IToken): Span {
    const at = expansionPoint(t as PPToken);
    const start = at.startOffset;
    return { file: at.file ?? this.file, start, end: start + at.image.length };
  }

  // ---- Errors ----

  /**
   * Errors are held until the end of the unit and then reported in the order of the places they
   * were found in the translation (stray tokens are found before parsing starts).
   */
  private error(message: string, span: Span, foundAt?: Span): void {
    this.syntaxErrors++;
    this.pending.push({ severity: "error", message, span, foundAt });
  }

  private warning(message: string, span: Span): void {
    this.pending.push({ severity: "warning", message, span });
  }

  private flushErrors(): void {
    this.pending.sort(translationOrder);
    for (const d of this.pending) this.sink.report(d);
    this.pending.length = 0;
  }

  /**
   * Reports a parse error. A missing closing punctuator is reported just after the previous token
   * (where it belongs) when the offending token is on a later line, as gcc does.
   */
  private reportRecognition(e: RecognitionError): void {
    const idx = this.currIdx;
    if (idx === this.lastErrorIdx) return;
    this.lastErrorIdx = idx;
    const tok = e.token;
    if (OPEN_MESSAGES.has(e.message)) e.message += " " + before(tok);
    let span = this.tokenSpan(tok);
    if (
      tok === this.LA(1) &&
      tok.tokenType === T.Identifier &&
      this.LA(2).tokenType === T.Identifier &&
      /^expected (statement|identifier or '\(')/.test(e.message)
    ) {
      this.error(`unknown type name '${tok.image}'`, span);
      return;
    }
    // `printf "x";`: a statement that starts with a lone name or constant, followed by what cannot
    // go on an expression. To gcc the name is the whole expression and its `;` is missing.
    if (
      tok === this.LA(1) &&
      /^expected statement/.test(e.message) &&
      LONE_OPERAND.has(tok.tokenType) &&
      NOT_AFTER_OPERAND.has(this.LA(2).tokenType)
    ) {
      e.message = `expected ';' ${before(this.LA(2))}`;
      this.consumeToken(); // (the caret after it; recovery skips on from the next token)
    }
    const prev = this.LA(0);
    // (Not after a token out of a macro expansion: gcc stays at the offending token then.) The
    // error is found at the offending token, after any stray character before it.
    if (
      MISSING_PUNCTUATOR.test(e.message) &&
      prev &&
      prev.tokenType !== EOF &&
      (prev as PPToken).expansion === undefined
    ) {
      const p = this.tokenSpan(prev);
      const found = span;
      span = { ...p, start: p.end, end: p.end };
      return this.error(e.message, span, found);
    }
    this.error(e.message, span);
  }

  /**
   * True if the error is a missing `;` at the end of a line: recovery then acts as if it were
   * there (the next line is usually fine) instead of skipping to the next `;`. Once per place, so
   * an error at the same token the next time skips.
   */
  private missingSemicolonAtLineEnd(e: RecognitionError): boolean {
    if (!/^expected (',' or )?';'/.test(e.message) || this.currIdx === this.lastInsertIdx)
      return false;
    const prev = this.LA(0);
    const tok = e.token;
    if (tok !== this.LA(1) || prev.tokenType === EOF || tok.tokenType === EOF) return false;
    const p = this.readSpan(prev);
    const t = this.readSpan(tok);
    const nl = p.file.text.indexOf("\n", p.end);
    if (p.file !== t.file || nl < 0 || nl > t.start) return false;
    this.lastInsertIdx = this.currIdx;
    return true;
  }

  /** Reports and skips tokens until the next `;` or block boundary (see the file comment). */
  private recover(
    e: unknown,
    where: typeof IN_FILE | typeof IN_BLOCK,
    scopeDepth: number,
    itemStart: number,
  ): void {
    if (!isRecognitionException(e as Error)) throw e;
    this.reportRecognition(e as RecognitionError);
    while (this.scopeMarks.length > scopeDepth) this.popScope();
    if (!this.missingSemicolonAtLineEnd(e as RecognitionError))
      this.skipToBoundary(where, itemStart);
  }

  private skipToBoundary(where: typeof IN_FILE | typeof IN_BLOCK, itemStart = -1): void {
    // `open`: the braces the item opened before the error (an initializer list, a struct's
    // body), which it goes on after; `depth`: those opened while skipping (a block, which ends
    // the statement when it closes).
    let open = 0;
    for (let i = Math.max(itemStart, 0); itemStart >= 0 && i <= this.currIdx; i++) {
      const type = this.tokenAt(i).tokenType;
      if (type === T.LBrace) open++;
      else if (type === T.RBrace && open > 0) open--;
    }
    let depth = 0;
    for (;;) {
      const t = this.LA(1);
      const type = t.tokenType;
      if (type === EOF) return;
      if (type === T.Semicolon && depth === 0 && open === 0) {
        this.consumeToken();
        return;
      }
      if (type === T.LBrace) depth++;
      else if (type === T.RBrace) {
        if (depth === 0 && open > 0) {
          open--;
        } else if (depth === 0) {
          if (where === IN_BLOCK) return;
          this.consumeToken();
          return;
        } else if (--depth === 0) {
          this.consumeToken();
          return;
        }
      }
      this.consumeToken();
    }
  }

  /**
   * After the loop over items stopped at a token that cannot start one: report it (unless an error
   * was just reported there), skip, and say whether to go on.
   */
  private skipStray(where: typeof IN_FILE | typeof IN_BLOCK): boolean {
    const t = this.LA(1);
    // (By index, not the `tokenType` getter: this runs at the end of every block.)
    if (t.tokenTypeIdx === EOF_IDX) return false;
    if (where === IN_BLOCK && t.tokenTypeIdx === RBRACE) return false;
    if (this.currIdx !== this.lastErrorIdx) {
      this.lastErrorIdx = this.currIdx;
      const what = where === IN_FILE ? EXPECTED_AT_FILE_SCOPE : "expected statement";
      // `foo x;` with `foo` unknown: say what gcc says rather than a bare syntax error.
      const unknownType = t.tokenType === T.Identifier && this.LA(2).tokenType === T.Identifier;
      this.error(
        unknownType ? `unknown type name '${t.image}'` : `${what} ${before(t)}`,
        this.tokenSpan(t),
      );
    }
    if (where === IN_FILE && t.tokenType === T.RBrace) this.consumeToken();
    else this.skipToBoundary(where);
    return true;
  }

  // =============================================================================================
  // External definitions (C11 6.9)
  // =============================================================================================

  // translationUnit = externalDeclaration*
  private translationUnit = this.RULE("translationUnit", (): TranslationUnit => {
    const decls: ExternalDecl[] = [];
    const start = this.LA(1);
    let more = true;
    while (more) {
      this.MANY(() => {
        const itemStart = this.currIdx + 1;
        try {
          const d = this.SUBRULE(this.externalDeclaration);
          this.ACTION(() => {
            if (d === undefined) return;
            if (this.each === undefined) decls.push(d);
            else {
              this.each(d, this.syntaxErrors === 0);
              this.release();
            }
          });
        } catch (e) {
          resumeRule(this, this.translationUnit);
          this.recover(e, IN_FILE, 0, itemStart);
        }
      });
      more = this.ACTION(() => this.skipStray(IN_FILE)) === true;
    }
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: "TranslationUnit", decls, span: this.tokenSpan(start) };
  });

  // externalDeclaration = staticAssert | fileAsm | ";" | declarationOrFunction
  private externalDeclaration = this.RULE("externalDeclaration", (): ExternalDecl | undefined => {
    return this.OR(
      (this.externalDeclarationAlts ??= {
        DEF: [
          { ALT: () => this.SUBRULE(this.staticAssert) },
          { ALT: () => this.SUBRULE(this.fileAsm) },
          {
            ALT: () => {
              this.CONSUME(T.Semicolon);
              return undefined;
            },
          },
          { ALT: () => this.SUBRULE(this.declarationOrFunction) },
        ],
        ERR_MSG: "identifier or '('",
      }),
    );
  });
  private externalDeclarationAlts?: Alternatives<ExternalDecl | undefined>;

  // fileAsm = "__asm__" "(" stringLiteral ")" ";"
  private fileAsm = this.RULE("fileAsm", (): FileAsm => {
    const start = this.CONSUME(T.Asm);
    this.CONSUME(T.LParen);
    const template = this.SUBRULE(this.stringLiteral);
    this.CONSUME(T.RParen);
    this.CONSUME(T.Semicolon);
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: "FileAsm", template, span: this.spanFrom(start) };
  });

  // declarationOrFunction = declSpecs (";" | declarator compoundStatement
  //                                    | initDeclaratorRest ("," initDeclarator)* ";")
  private declarationOrFunction = this.RULE(
    "declarationOrFunction",
    (): Declaration | ExternalDecl => {
      const start = this.LA(1);
      const specs = this.SUBRULE(this.declSpecs);
      return this.OR([
        {
          ALT: (): Declaration => {
            this.CONSUME(T.Semicolon);
            if (this.RECORDING_PHASE) return RECORDED;
            return {
              kind: "Declaration",
              specs,
              declarators: [],
              span: this.spanFrom(start),
            };
          },
        },
        {
          ALT: () => {
            const d = this.SUBRULE(this.declarator);
            return this.OR2({
              DEF: [
                {
                  GATE: () => isFunction(d) && specs.storage !== "typedef",
                  ALT: (): ExternalDecl => {
                    this.ACTION(() => this.declareName(d.name, false));
                    const body = this.SUBRULE(this.compoundStatement, { ARGS: [d] });
                    if (this.RECORDING_PHASE) return RECORDED;
                    return {
                      kind: "FunctionDef",
                      specs,
                      declarator: d,
                      body,
                      span: this.spanFrom(start),
                    };
                  },
                },
                {
                  ALT: (): Declaration => {
                    const declarators = [
                      this.SUBRULE(this.initDeclaratorRest, { ARGS: [specs, d] }),
                    ];
                    this.MANY(() => {
                      this.CONSUME(T.Comma);
                      declarators.push(this.SUBRULE(this.initDeclarator, { ARGS: [specs] }));
                    });
                    this.CONSUME2(T.Semicolon, afterDeclarators(declarators));
                    if (this.RECORDING_PHASE) return RECORDED;
                    return {
                      kind: "Declaration",
                      specs,
                      declarators: kept(declarators),
                      span: this.spanFrom(start),
                    };
                  },
                },
              ],
              ERR_MSG: "'=', ',', ';', 'asm' or '__attribute__'",
            });
          },
        },
      ]);
    },
  );

  // =============================================================================================
  // Declarations (C11 6.7)
  // =============================================================================================

  // declaration = declSpecs (initDeclarator ("," initDeclarator)*)? ";" | staticAssert
  private declaration = this.RULE("declaration", (): Declaration | StaticAssert => {
    return this.OR((this.declarationAlts ??= this.declarationAlternatives()));
  });
  private declarationAlts?: IOrAlt<Declaration | StaticAssert>[];
  private declarationAlternatives(): IOrAlt<Declaration | StaticAssert>[] {
    return [
      { ALT: () => this.SUBRULE(this.staticAssert) },
      {
        ALT: (): Declaration => {
          const start = this.LA(1);
          const specs = this.SUBRULE(this.declSpecs);
          const declarators: InitDeclarator[] = [];
          this.OPTION(() => {
            declarators.push(this.SUBRULE(this.initDeclarator, { ARGS: [specs] }));
            this.MANY(() => {
              this.CONSUME(T.Comma);
              declarators.push(this.SUBRULE2(this.initDeclarator, { ARGS: [specs] }));
            });
          });
          this.CONSUME(T.Semicolon, afterDeclarators(declarators));
          if (this.RECORDING_PHASE) return RECORDED;
          return {
            kind: "Declaration",
            specs,
            declarators: kept(declarators),
            span: this.spanFrom(start),
          };
        },
      },
    ];
  }

  // initDeclarator = declarator initDeclaratorRest
  // (the declarator is read inline: see `declaratorParts`)
  private initDeclarator = this.RULE("initDeclarator", (specs: DeclSpecs): InitDeclarator => {
    const d = this.declaratorParts((this.declaratorAlts ??= this.directAlternatives(NAMED)));
    return this.initDeclaratorParts(specs, d);
  });

  // initDeclaratorRest = asmLabel? attributeSpecifier* ("=" initializer)?
  // (the declared name is in scope from here on, its initializer included. Also read inline by
  //  initDeclarator. Its parts are built once and fill the node in the field `initDeclaring`,
  //  which a nested one (in a statement expression) saves and restores.)
  private initDeclaratorRest = this.RULE(
    "initDeclaratorRest",
    (specs: DeclSpecs, d: Declarator): InitDeclarator => this.initDeclaratorParts(specs, d),
  );
  private initDeclaratorParts(specs: DeclSpecs, d: Declarator): InitDeclarator {
    const x: InitDeclarator = {
      declarator: d,
      init: undefined,
      asmLabel: undefined,
      attributes: [],
      span: undefined as unknown as Span, // set below, once the initializer is read
    };
    const outer = this.initDeclaring;
    this.initDeclaring = x;
    this.OPTION(this.asmLabelPart);
    this.attributesAfter = x.attributes;
    this.MANY4(this.attributeAfterDeclarator);
    if (!this.RECORDING_PHASE) this.declareName(d.name, specs.storage === "typedef");
    this.OPTION2(this.initializerPart);
    this.initDeclaring = outer;
    if (!this.RECORDING_PHASE) {
      x.span = shared(this.extendedToLast(d.span), d.span);
      x.attributes = kept(x.attributes);
    }
    return x;
  }
  private initDeclaring: InitDeclarator | undefined;
  private readonly asmLabelPart = (): void => {
    const x = this.initDeclaring!;
    this.CONSUME(T.Asm);
    this.CONSUME2(T.LParen);
    x.asmLabel = this.SUBRULE(this.stringLiteral);
    this.CONSUME2(T.RParen);
  };

  /**
   * An attribute after a declarator, added to the list in the field `attributesAfter` (the loop's
   * body, built once; read before its SUBRULE, set again after it).
   */
  private readonly attributeAfterDeclarator = (): void => {
    const out = this.attributesAfter!;
    this.SUBRULE3(this.attributeSpecifier, { ARGS: [out] });
    this.attributesAfter = out;
  };
  private attributesAfter: Attribute[] | undefined;
  private readonly initializerPart = (): void => {
    const x = this.initDeclaring!;
    this.CONSUME(T.Assign);
    x.init = this.OR2(this.initializerAlts); // the rule initializer, read inline
  };

  // declSpecs = (storageClass | typeSpecifier | typeQualifier | functionSpecifier
  //              | "_Alignas" "(" (typeName | constantExpression) ")" | attributeSpecifier)+
  // (an identifier is a typedef name here only until a type specifier has been seen:
  //  in `T T;` the second T is the declared name)
  private declSpecs = this.RULE("declSpecs", (): DeclSpecs => {
    const start = this.LA(1);
    const b: SpecsBuilder = {
      specs: {
        storage: undefined,
        storageSpan: undefined,
        typeSpecs: [],
        qualifiers: NO_QUALIFIERS,
        inline: false,
        noreturn: false,
        alignas: [],
        attributes: [],
        span: undefined as unknown as Span, // set below, once the specifiers are read
      },
      hasType: false,
      longs: 0,
    };
    // The builder is a field so that the alternatives below can be built once (hot path);
    // a nested declSpecs (a struct's members, typeof) saves and restores it.
    const outer = this.specsBuilder;
    this.specsBuilder = b;
    this.AT_LEAST_ONE(
      (this.declSpecsRepetition ??= {
        GATE: () => !this.specsBuilder!.hasType || this.LA(1).tokenTypeIdx !== TYPEDEF,
        DEF: () => {
          this.OR(
            (this.declSpecAlts ??= [
              { ALT: () => this.storageClass(this.specsBuilder!, this.CONSUME(T.Typedef)) },
              { ALT: () => this.storageClass(this.specsBuilder!, this.CONSUME(T.Extern)) },
              { ALT: () => this.storageClass(this.specsBuilder!, this.CONSUME(T.Static)) },
              { ALT: () => this.storageClass(this.specsBuilder!, this.CONSUME(T.Auto)) },
              { ALT: () => this.storageClass(this.specsBuilder!, this.CONSUME(T.Register)) },
              { ALT: () => this.basicType(this.specsBuilder!, this.CONSUME(T.Void)) },
              { ALT: () => this.basicType(this.specsBuilder!, this.CONSUME(T.Char)) },
              { ALT: () => this.basicType(this.specsBuilder!, this.CONSUME(T.Short)) },
              { ALT: () => this.basicType(this.specsBuilder!, this.CONSUME(T.Int)) },
              { ALT: () => this.basicType(this.specsBuilder!, this.CONSUME(T.Long)) },
              { ALT: () => this.basicType(this.specsBuilder!, this.CONSUME(T.Signed)) },
              { ALT: () => this.basicType(this.specsBuilder!, this.CONSUME(T.Unsigned)) },
              { ALT: () => this.basicType(this.specsBuilder!, this.CONSUME(T.Bool)) },
              {
                ALT: () => {
                  const t = this.CONSUME(T.TypeKeywordUnsupported);
                  this.ACTION(() => {
                    this.unsupported(`'${t.image}'`, t);
                    this.specsBuilder!.hasType = true;
                    this.specsBuilder!.specs.typeSpecs.push({
                      kind: "BasicType",
                      name: "int",
                      span: this.tokenSpan(t),
                    });
                  });
                },
              },
              {
                ALT: () =>
                  this.typeSpec(this.specsBuilder!, this.SUBRULE(this.structOrUnionSpecifier)),
              },
              {
                ALT: () => this.typeSpec(this.specsBuilder!, this.SUBRULE(this.enumSpecifier)),
              },
              {
                ALT: () => this.typedefNameSpec(this.specsBuilder!, this.CONSUME(TypedefName)),
              },
              {
                ALT: () => {
                  const start = this.CONSUME(T.Typeof);
                  this.CONSUME(T.LParen);
                  const arg = this.SUBRULE(this.typeNameOrExpression);
                  this.CONSUME(T.RParen);
                  this.ACTION(() =>
                    this.typeSpec(this.specsBuilder!, {
                      kind: "Typeof",
                      arg,
                      span: this.spanFrom(start),
                    }),
                  );
                },
              },
              {
                ALT: () => {
                  this.CONSUME(T.Const);
                  const specs = this.specsBuilder!.specs;
                  specs.qualifiers = qualified(specs.qualifiers, "const");
                },
              },
              {
                ALT: () => {
                  this.CONSUME(T.Volatile);
                  const specs = this.specsBuilder!.specs;
                  specs.qualifiers = qualified(specs.qualifiers, "volatile");
                },
              },
              {
                ALT: () => {
                  this.CONSUME(T.Restrict);
                  const specs = this.specsBuilder!.specs;
                  specs.qualifiers = qualified(specs.qualifiers, "restrict");
                },
              },
              {
                ALT: () => {
                  this.CONSUME(T.Inline);
                  this.specsBuilder!.specs.inline = true;
                },
              },
              {
                ALT: () => {
                  this.CONSUME(T.Noreturn);
                  this.specsBuilder!.specs.noreturn = true;
                },
              },
              {
                ALT: () => {
                  this.CONSUME(T.Alignas);
                  this.CONSUME2(T.LParen);
                  const arg = this.SUBRULE2(this.typeNameOrExpression);
                  this.CONSUME2(T.RParen);
                  this.ACTION(() => this.specsBuilder!.specs.alignas.push(arg));
                },
              },
              {
                ALT: () => {
                  this.SUBRULE(this.attributeSpecifier, {
                    ARGS: [this.specsBuilder?.specs.attributes as Attribute[]],
                  });
                },
              },
              { ALT: () => this.CONSUME(T.Extension) },
            ]),
          );
        },
        ERR_MSG: "declaration specifiers",
      }),
    );
    this.specsBuilder = outer;
    const s = b.specs;
    if (this.RECORDING_PHASE) return s;
    s.span = shared(
      this.spanFrom(start),
      s.typeSpecs.length === 1 ? s.typeSpecs[0].span : undefined,
    );
    if (b.longs > 1) this.error("'long long' is not supported in Logos C", s.span);
    s.typeSpecs = kept(s.typeSpecs);
    s.alignas = kept(s.alignas);
    s.attributes = kept(s.attributes);
    return s;
  });
  private specsBuilder: SpecsBuilder | undefined;
  private declSpecsRepetition?: {
    GATE: () => boolean;
    DEF: () => void;
    ERR_MSG: string;
  };
  private declSpecAlts?: IOrAlt<void>[];

  private storageClass(b: SpecsBuilder, t: IToken): void {
    if (this.RECORDING_PHASE) return;
    const span = this.tokenSpan(t);
    if (b.specs.storage !== undefined) {
      this.error(
        b.specs.storage === t.image
          ? `duplicate '${t.image}'`
          : "multiple storage classes in declaration specifiers",
        span,
      );
      return;
    }
    b.specs.storage = STORAGE.get(t.tokenTypeIdx);
    b.specs.storageSpan = span;
  }

  private basicType(b: SpecsBuilder, t: IToken): void {
    if (this.RECORDING_PHASE) return;
    const name = BASIC.get(t.tokenTypeIdx)!;
    if (name === "long") b.longs++;
    this.typeSpec(b, { kind: "BasicType", name, span: this.tokenSpan(t) });
  }

  private typeSpec(b: SpecsBuilder, s: TypeSpec): void {
    if (this.RECORDING_PHASE) return;
    b.hasType = true;
    b.specs.typeSpecs.push(s);
  }

  private typedefNameSpec(b: SpecsBuilder, t: IToken): void {
    if (this.RECORDING_PHASE) return;
    this.typeSpec(b, { kind: "TypedefName", name: t.image, span: this.tokenSpan(t) });
  }

  private unsupported(what: string, t: IToken): void {
    this.error(`${what} is not supported in Logos C`, this.tokenSpan(t));
  }

  // typeNameOrExpression = typeName | expression     (inside `__typeof__(...)` and `_Alignas(...)`)
  private typeNameOrExpression = this.RULE("typeNameOrExpression", (): TypeName | Expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.typeName) },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  // structOrUnionSpecifier = ("struct" | "union") attributeSpecifier* name?
  //                          ("{" structDeclaration* "}" attributeSpecifier*)?
  private structOrUnionSpecifier = this.RULE("structOrUnionSpecifier", (): StructSpec => {
    const start = this.LA(1);
    const tag = this.OR([
      { ALT: () => (this.CONSUME(T.Struct), "struct" as const) },
      { ALT: () => (this.CONSUME(T.Union), "union" as const) },
    ]);
    const attributes: Attribute[] = [];
    let nameTok: IToken | undefined;
    let members: MemberDecl[] | undefined;
    this.MANY(() => this.SUBRULE(this.attributeSpecifier, { ARGS: [attributes] }));
    this.OPTION(() => {
      nameTok = this.SUBRULE(this.name);
    });
    this.OPTION2(() => {
      this.CONSUME(T.LBrace);
      members = [];
      this.MANY2(() => {
        const m = this.SUBRULE(this.structDeclaration);
        this.ACTION(() => members!.push(m));
      });
      this.CONSUME(T.RBrace);
      this.MANY3(() => this.SUBRULE2(this.attributeSpecifier, { ARGS: [attributes] }));
    });
    if (this.RECORDING_PHASE) return RECORDED;
    const span = this.spanFrom(start);
    if (!nameTok && !members) this.error(`expected '{' or tag name after '${tag}'`, span);
    return {
      kind: "StructSpec",
      tag,
      name: nameTok?.image,
      nameSpan: nameTok && this.tokenSpan(nameTok),
      members,
      attributes,
      span,
    };
  });

  // name = identifier | typedefName     (tags, members and labels have their own name spaces)
  private name = this.RULE("name", (): IToken => {
    return this.OR(
      (this.nameAlts ??= [
        { ALT: () => this.CONSUME(T.Identifier) },
        { ALT: () => this.CONSUME(TypedefName) },
      ]),
    );
  });
  private nameAlts?: IOrAlt<IToken>[];

  // structDeclaration = staticAssert
  //                   | declSpecs (structDeclarator ("," structDeclarator)*)? ";"
  private structDeclaration = this.RULE("structDeclaration", (): MemberDecl => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.staticAssert) },
      {
        ALT: (): MemberDecl => {
          const start = this.LA(1);
          const specs = this.SUBRULE(this.declSpecs);
          const declarators: FieldDeclarator[] = [];
          this.OPTION(() => {
            declarators.push(this.SUBRULE(this.structDeclarator));
            this.MANY(() => {
              this.CONSUME(T.Comma);
              declarators.push(this.SUBRULE2(this.structDeclarator));
            });
          });
          // The last member's `;` may be missing before the `}`: gcc warns (a pedantic error).
          if (!this.RECORDING_PHASE && this.LA_FAST(1).tokenTypeIdx === RBRACE)
            this.warning("no semicolon at end of struct or union", this.tokenSpan(this.LA(1)));
          else this.CONSUME(T.Semicolon, E_AT_END_OF_MEMBER_DECLARATION);
          if (this.RECORDING_PHASE) return RECORDED;
          return {
            kind: "FieldDecl",
            specs,
            declarators: kept(declarators),
            span: this.spanFrom(start),
          };
        },
      },
    ]);
  });

  // structDeclarator = declarator (":" constantExpression)? attributeSpecifier*
  //                  | ":" constantExpression attributeSpecifier*
  private structDeclarator = this.RULE("structDeclarator", (): FieldDeclarator => {
    const start = this.LA(1);
    let declarator: Declarator | undefined;
    let bitWidth: Expr | undefined;
    const attributes: Attribute[] = [];
    this.OR([
      {
        ALT: () => {
          declarator = this.SUBRULE(this.declarator);
          this.OPTION(() => {
            this.CONSUME(T.Colon);
            bitWidth = this.SUBRULE(this.conditionalExpression);
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.Colon);
          bitWidth = this.SUBRULE2(this.conditionalExpression);
        },
      },
    ]);
    this.MANY(() => this.SUBRULE(this.attributeSpecifier, { ARGS: [attributes] }));
    if (this.RECORDING_PHASE) return RECORDED;
    return { declarator, bitWidth, attributes, span: this.spanFrom(start) };
  });

  // enumSpecifier = "enum" attributeSpecifier* name?
  //                 ("{" enumerator ("," enumerator)* ","? "}" attributeSpecifier*)?
  private enumSpecifier = this.RULE("enumSpecifier", (): EnumSpec => {
    const start = this.CONSUME(T.Enum);
    const attributes: Attribute[] = [];
    let nameTok: IToken | undefined;
    let enumerators: Enumerator[] | undefined;
    this.MANY(() => this.SUBRULE(this.attributeSpecifier, { ARGS: [attributes] }));
    this.OPTION(() => {
      nameTok = this.SUBRULE(this.name);
    });
    this.OPTION2(() => {
      this.CONSUME(T.LBrace);
      enumerators = [this.SUBRULE(this.enumerator)];
      this.MANY2(() => {
        this.CONSUME(T.Comma);
        enumerators!.push(this.SUBRULE2(this.enumerator));
      });
      this.OPTION3(() => this.CONSUME2(T.Comma));
      this.CONSUME(T.RBrace);
      this.MANY3(() => this.SUBRULE2(this.attributeSpecifier, { ARGS: [attributes] }));
    });
    if (this.RECORDING_PHASE) return RECORDED;
    const span = this.spanFrom(start);
    if (!nameTok && !enumerators) this.error("expected '{' or tag name after 'enum'", span);
    return {
      kind: "EnumSpec",
      name: nameTok?.image,
      nameSpan: nameTok && this.tokenSpan(nameTok),
      enumerators,
      attributes,
      span,
    };
  });

  // enumerator = name attributeSpecifier* ("=" constantExpression)?
  private enumerator = this.RULE("enumerator", (): Enumerator => {
    const nameTok = this.SUBRULE(this.name);
    const attributes: Attribute[] = [];
    let value: Expr | undefined;
    this.MANY(() => this.SUBRULE(this.attributeSpecifier, { ARGS: [attributes] }));
    this.OPTION(() => {
      this.CONSUME(T.Assign);
      value = this.SUBRULE(this.conditionalExpression);
    });
    if (this.RECORDING_PHASE) return RECORDED;
    this.declareName(nameTok.image, false);
    return { name: nameTok.image, value, attributes, span: this.spanFrom(nameTok) };
  });

  // attributeSpecifier = "__attribute__" "(" "(" attribute? ("," attribute?)* ")" ")"
  private attributeSpecifier = this.RULE("attributeSpecifier", (out: Attribute[]): void => {
    this.CONSUME(T.Attribute);
    this.CONSUME(T.LParen);
    this.CONSUME2(T.LParen);
    this.OPTION(() => {
      const a = this.SUBRULE(this.attribute);
      this.ACTION(() => out.push(a));
    });
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.OPTION2(() => {
        const a = this.SUBRULE2(this.attribute);
        this.ACTION(() => out.push(a));
      });
    });
    this.CONSUME(T.RParen);
    this.CONSUME2(T.RParen);
  });

  // attribute = (identifier | typedefName | "const") ("(" (assignmentExpression ("," assignmentExpression)*)? ")")?
  private attribute = this.RULE("attribute", (): Attribute => {
    const nameTok = this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.CONSUME(TypedefName) },
      { ALT: () => this.CONSUME(T.Const) },
    ]);
    const args: Expr[] = [];
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => {
        args.push(this.SUBRULE(this.assignmentExpression));
        this.MANY(() => {
          this.CONSUME(T.Comma);
          args.push(this.SUBRULE2(this.assignmentExpression));
        });
      });
      this.CONSUME(T.RParen);
    });
    if (this.RECORDING_PHASE) return RECORDED;
    return {
      name: nameTok.image.replace(/^__(.*)__$/, "$1"),
      args,
      span: this.spanFrom(nameTok),
    };
  });

  // staticAssert = "_Static_assert" "(" constantExpression ("," stringLiteral)? ")" ";"
  private staticAssert = this.RULE("staticAssert", (): StaticAssert => {
    const start = this.CONSUME(T.StaticAssert);
    this.CONSUME(T.LParen);
    const cond = this.SUBRULE(this.conditionalExpression);
    let message: StringLit | undefined;
    this.OPTION(() => {
      this.CONSUME(T.Comma);
      message = this.SUBRULE(this.stringLiteral);
    });
    this.CONSUME(T.RParen);
    this.CONSUME(T.Semicolon);
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: "StaticAssert", cond, message, span: this.spanFrom(start) };
  });

  // =============================================================================================
  // Declarators (C11 6.7.6)
  // =============================================================================================

  // declarator          = pointer* directDeclarator
  // directDeclarator    = (name | "(" attributeSpecifier* declarator ")") declaratorSuffix*
  // abstractDeclarator  = pointer* ("(" attributeSpecifier* abstractDeclarator ")")? declaratorSuffix*
  // parameterDeclarator = pointer* (name | "(" attributeSpecifier* parameterDeclarator ")")?
  //                       declaratorSuffix*
  // (the name is required in a declaration, absent in a type name, optional in a parameter;
  //  in a type name or a parameter, `(` starts a nested declarator only before `*`, `(`,
  //  `__attribute__`, `[` or (in a parameter) a plain identifier -- `int (int)` is a function type)
  // (Hot: every declaration, parameter and type name has one. The three rules share their body,
  //  `declaratorParts`, and differ in the alternatives of the part before the suffixes; the
  //  rules initDeclarator, parameter and typeName read it inline (a rule call less each), so
  //  their own DSL calls avoid its indices (MANY, MANY2, MANY3, OR, unnumbered CONSUME and
  //  SUBRULE): they use MANY4, CONSUME2, SUBRULE3. The parts are built once, not a closure per
  //  call, and share the call's state through the field `declaring`, which a nested declarator
  //  saves and restores; each part reads it before its SUBRULE.)
  private declarator = this.RULE("declarator", (): Declarator =>
    this.declaratorParts((this.declaratorAlts ??= this.directAlternatives(NAMED))),
  );
  private abstractDeclarator = this.RULE("abstractDeclarator", (): Declarator =>
    this.declaratorParts((this.abstractDeclaratorAlts ??= this.directAlternatives(ABSTRACT))),
  );
  private parameterDeclarator = this.RULE("parameterDeclarator", (): Declarator =>
    this.declaratorParts((this.parameterDeclaratorAlts ??= this.directAlternatives(EITHER))),
  );
  private declaratorAlts?: DirectAlternatives;
  private abstractDeclaratorAlts?: DirectAlternatives;
  private parameterDeclaratorAlts?: DirectAlternatives;

  private declaratorParts(direct: DirectAlternatives): Declarator {
    const start = this.LA(1);
    const outer = this.declaring;
    const d: DeclaratorParts = { pointers: [], suffixes: [], nameTok: undefined, inner: undefined };
    this.declaring = d;
    this.MANY(this.declaratorPointer);
    this.OR(direct);
    this.MANY3(this.declaratorSuffixTail);
    this.declaring = outer;
    if (this.RECORDING_PHASE) return undefined as unknown as Declarator;
    return this.finishDeclarator(d, start);
  }
  /** The state of the declarator rule running now (see above). */
  private declaring: DeclaratorParts | undefined;

  private finishDeclarator(d: DeclaratorParts, start: IToken): Declarator {
    const derived: DerivedDeclarator[] = d.pointers;
    for (let i = d.suffixes.length - 1; i >= 0; i--) derived.push(d.suffixes[i]);
    const inner = d.inner;
    if (inner) for (const x of inner.derived) derived.push(x);
    const name = d.nameTok?.image ?? inner?.name;
    const span = shared(this.spanFrom(start), derived.length === 1 ? derived[0].span : undefined);
    const nameSpan = d.nameTok
      ? shared(this.tokenSpan(d.nameTok), span)
      : (inner?.nameSpan ?? { ...span, end: span.start });
    return { name, nameSpan, derived: kept(derived), span };
  }
  private readonly declaratorPointer = (): void => {
    const d = this.declaring!;
    const p = this.SUBRULE(this.pointer);
    d.pointers.push(p);
  };
  private readonly declaratorSuffixTail = (): void => {
    const d = this.declaring!;
    const s = this.SUBRULE(this.declaratorSuffix);
    d.suffixes.push(s);
  };

  /** The alternatives before the suffixes: a name, a nested declarator, or (if allowed) none. */
  private directAlternatives(mode: DeclaratorMode): DirectAlternatives {
    const rule =
      mode === NAMED
        ? () => this.declarator
        : mode === ABSTRACT
          ? () => this.abstractDeclarator
          : () => this.parameterDeclarator;
    const name: IOrAlt<void>[] = [
      { ALT: () => void (this.declaring!.nameTok = this.CONSUME(T.Identifier)) },
      { ALT: () => void (this.declaring!.nameTok = this.CONSUME(TypedefName)) },
    ];
    const nested: IOrAlt<void> = {
      ALT: () => {
        const d = this.declaring!;
        this.CONSUME(T.LParen);
        this.MANY2(() => this.SUBRULE(this.attributeSpecifier, { ARGS: [[]] }));
        d.inner = this.SUBRULE(rule());
        this.CONSUME(T.RParen);
      },
    };
    if (mode === NAMED) return { DEF: [...name, nested], ERR_MSG: "identifier or '('" };
    nested.GATE = () => this.nestedDeclaratorAhead(mode);
    const none: IOrAlt<void> = { ALT: () => undefined };
    return {
      DEF: mode === ABSTRACT ? [nested, none] : [...name, nested, none],
      IGNORE_AMBIGUITIES: true,
      ERR_MSG: "identifier or '('",
    };
  }

  /** In a type name or a parameter: whether `(` starts a nested declarator (see above). */
  private nestedDeclaratorAhead(mode: DeclaratorMode): boolean {
    if (this.LA_FAST(1).tokenTypeIdx !== LPAREN) return false;
    const next = this.LA_FAST(2).tokenTypeIdx;
    return (
      next === STAR ||
      next === LPAREN ||
      next === ATTRIBUTE ||
      next === LBRACKET ||
      (mode === EITHER && next === IDENT)
    );
  }

  // pointer = "*" (typeQualifier | attributeSpecifier)*
  // (The loop's body is built once; it finds the pointer being read in the field `pointing`,
  //  which a nested pointer (in an attribute's argument) saves and restores.)
  private pointer = this.RULE("pointer", (): PointerDeclarator => {
    const start = this.CONSUME(T.Star);
    const p: PointerDeclarator = {
      kind: "Pointer",
      qualifiers: NO_QUALIFIERS,
      attributes: [],
      span: undefined as unknown as Span,
    };
    const outer = this.pointing;
    this.pointing = p;
    this.MANY(this.pointerQualifier);
    this.pointing = outer;
    if (!this.RECORDING_PHASE) {
      p.span = this.spanFrom(start);
      p.attributes = kept(p.attributes);
    }
    return p;
  });
  private pointing: PointerDeclarator | undefined;
  private readonly pointerQualifier = (): void => {
    this.OR(
      (this.pointerQualifierAlts ??= [
        {
          ALT: () => {
            this.CONSUME(T.Const);
            const p = this.pointing!;
            p.qualifiers = qualified(p.qualifiers, "const");
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Volatile);
            const p = this.pointing!;
            p.qualifiers = qualified(p.qualifiers, "volatile");
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Restrict);
            const p = this.pointing!;
            p.qualifiers = qualified(p.qualifiers, "restrict");
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Atomic);
            this.ACTION(() => this.unsupported("'_Atomic'", t));
          },
        },
        {
          ALT: () => {
            const p = this.pointing!;
            this.SUBRULE(this.attributeSpecifier, { ARGS: [p.attributes] });
          },
        },
      ]),
    );
  };
  private pointerQualifierAlts?: IOrAlt<void>[];

  // declaratorSuffix = "[" ("static" | typeQualifier)* assignmentExpression? "]"
  //                  | "(" parameterList ")"
  private declaratorSuffix = this.RULE("declaratorSuffix", (): DerivedDeclarator => {
    return this.OR([
      {
        ALT: (): DerivedDeclarator => {
          const start = this.CONSUME(T.LBracket);
          const qualifiers = this.ACTION(noQualifiers);
          let isStatic = false;
          let size: Expr | undefined;
          this.MANY(() => {
            this.OR2([
              { ALT: () => (this.CONSUME(T.Static), this.ACTION(() => (isStatic = true))) },
              {
                ALT: () => (this.CONSUME(T.Const), this.ACTION(() => (qualifiers.const = true))),
              },
              {
                ALT: () => (
                  this.CONSUME(T.Volatile),
                  this.ACTION(() => (qualifiers.volatile = true))
                ),
              },
              {
                ALT: () => (
                  this.CONSUME(T.Restrict),
                  this.ACTION(() => (qualifiers.restrict = true))
                ),
              },
            ]);
          });
          this.OPTION(() => {
            size = this.SUBRULE(this.assignmentExpression);
          });
          this.CONSUME(T.RBracket);
          if (this.RECORDING_PHASE) return RECORDED;
          return {
            kind: "Array",
            size,
            qualifiers,
            static: isStatic,
            span: this.spanFrom(start),
          };
        },
      },
      { ALT: () => this.SUBRULE(this.parameterList) },
    ]);
  });

  // parameterList = "(" (parameter ("," parameter)* ("," "...")?)? ")"
  // (parameters are in their own scope: a parameter named like a typedef hides it)
  private parameterList = this.RULE("parameterList", (): FunctionDeclarator => {
    const start = this.CONSUME(T.LParen);
    const params: ParamDecl[] = [];
    let variadic = false;
    this.ACTION(() => this.pushScope());
    this.OPTION(() => {
      params.push(this.SUBRULE(this.parameter));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        params.push(this.SUBRULE2(this.parameter));
      });
      this.OPTION2(() => {
        this.CONSUME2(T.Comma);
        this.CONSUME(T.Ellipsis, E_PARAMETER);
        variadic = true;
      });
    });
    this.OPTION3(() => {
      const t = this.CONSUME2(T.Identifier);
      this.ACTION(() => {
        this.error(
          "old-style parameter lists are not supported in Logos C; declare each parameter's type",
          this.tokenSpan(t),
        );
        this.skipToClosingParen();
      });
    });
    this.ACTION(() => this.popScope());
    this.CONSUME(T.RParen);
    if (this.RECORDING_PHASE) return RECORDED;
    const span = this.spanFrom(start);
    const prototype = params.length > 0; // `()` says nothing about the parameters; `(void)` does
    if (prototype && params.length === 1 && !variadic && isVoidParam(params[0])) params.length = 0;
    return { kind: "Function", params: kept(params), variadic, prototype, span };
  });

  private skipToClosingParen(): void {
    let depth = 0;
    for (;;) {
      const t = this.LA(1).tokenType;
      if (t === EOF || t === T.LBrace || t === T.Semicolon) return;
      if (t === T.RParen && depth === 0) return;
      if (t === T.LParen) depth++;
      if (t === T.RParen) depth--;
      this.consumeToken();
    }
  }

  // parameter = declSpecs parameterDeclarator attributeSpecifier*
  // (the declarator is read inline, and so is typeName's: see `declaratorParts`)
  private parameter = this.RULE("parameter", (): ParamDecl => {
    const start = this.LA(1);
    const specs = this.SUBRULE(this.declSpecs);
    const declarator = this.declaratorParts(
      (this.parameterDeclaratorAlts ??= this.directAlternatives(EITHER)),
    );
    const attributes: Attribute[] = [];
    this.attributesAfter = attributes;
    this.MANY4(this.attributeAfterDeclarator);
    if (this.RECORDING_PHASE) return RECORDED;
    this.declareName(declarator.name, false);
    return { specs, declarator, attributes: kept(attributes), span: this.spanFrom(start) };
  });

  // typeName = declSpecs abstractDeclarator
  private typeName = this.RULE("typeName", (): TypeName => {
    const start = this.LA(1);
    const specs = this.SUBRULE(this.declSpecs);
    const declarator = this.declaratorParts(
      (this.abstractDeclaratorAlts ??= this.directAlternatives(ABSTRACT)),
    );
    if (this.RECORDING_PHASE) return RECORDED;
    return {
      kind: "TypeName",
      specs,
      declarator,
      span: shared(this.spanFrom(start), specs.span),
    };
  });

  // =============================================================================================
  // Initializers (C11 6.7.9)
  // =============================================================================================

  // initializer = assignmentExpression | initializerList
  // (also read inline after a declarator's `=`)
  private initializer = this.RULE("initializer", (): Initializer => this.OR(this.initializerAlts));
  private readonly initializerAlts: Alternatives<Initializer> = {
    DEF: [
      { ALT: () => this.SUBRULE(this.initializerList) },
      { ALT: () => this.SUBRULE(this.assignmentExpression) },
    ],
    ERR_MSG: "expression",
  };

  // initializerList = "{" (initItem ("," initItem)* ","?)? "}"
  private initializerList = this.RULE("initializerList", (): InitList => {
    const start = this.CONSUME(T.LBrace);
    const items: InitItem[] = [];
    this.OPTION(() => {
      items.push(this.SUBRULE(this.initItem));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        items.push(this.SUBRULE2(this.initItem));
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RBrace);
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: "InitList", items, span: this.spanFrom(start) };
  });

  // initItem = (designator+ "=")? initializer
  private initItem = this.RULE("initItem", (): InitItem => {
    const start = this.LA(1);
    const designators: Designator[] = [];
    this.OPTION(() => {
      this.AT_LEAST_ONE(() => designators.push(this.SUBRULE(this.designator)));
      this.CONSUME(T.Assign);
    });
    const init = this.SUBRULE(this.initializer);
    if (this.RECORDING_PHASE) return RECORDED;
    return { designators: kept(designators), init, span: this.spanFrom(start) };
  });

  // designator = "[" constantExpression "]" | "." name
  private designator = this.RULE("designator", (): Designator => {
    return this.OR([
      {
        ALT: (): Designator => {
          const start = this.CONSUME(T.LBracket);
          const index = this.SUBRULE(this.conditionalExpression);
          this.CONSUME(T.RBracket);
          if (this.RECORDING_PHASE) return RECORDED;
          return {
            kind: "IndexDesignator",
            index,
            span: this.spanFrom(start),
          };
        },
      },
      {
        ALT: (): Designator => {
          this.CONSUME(T.Dot);
          const n = this.SUBRULE(this.name);
          if (this.RECORDING_PHASE) return RECORDED;
          return {
            kind: "FieldDesignator",
            name: n.image,
            span: this.tokenSpan(n),
          };
        },
      },
    ]);
  });

  // =============================================================================================
  // Statements (C11 6.8)
  // =============================================================================================

  // compoundStatement = "{" blockItem* "}"
  // (a block is a scope; a function body's block also holds the parameters)
  private compoundStatement = this.RULE("compoundStatement", (fn?: Declarator): CompoundStmt => {
    const start = this.CONSUME(T.LBrace);
    const outerItems = this.blockItems;
    const outerDepth = this.blockDepth;
    this.blockItems = [];
    if (!this.RECORDING_PHASE) {
      this.pushScope();
      const f = fn?.derived[fn.derived.length - 1];
      if (f?.kind === "Function")
        for (const p of f.params) this.declareName(p.declarator.name, false);
      this.blockDepth = this.scopeMarks.length;
    }
    let more = true;
    while (more) {
      this.MANY(this.blockItemPart);
      more = !this.RECORDING_PHASE && this.skipStray(IN_BLOCK);
    }
    const items = this.blockItems;
    this.blockItems = outerItems;
    this.blockDepth = outerDepth;
    if (!this.RECORDING_PHASE) this.popScope();
    this.CONSUME(T.RBrace, E_AT_END_OF_BLOCK);
    if (this.RECORDING_PHASE) return undefined as unknown as CompoundStmt;
    return { kind: "CompoundStmt", items, span: this.spanFrom(start) };
  });
  /** The block being read: its items so far, and its scope depth (where recovery pops to). */
  private blockItems: BlockItem[] = [];
  private blockDepth = 0;
  /** One item of the block being read (the loop's body, built once: it reads the block from the
   *  fields above before its SUBRULE and sets them again after, as a nested block changes them). */
  private readonly blockItemPart = (): void => {
    const items = this.blockItems;
    const depth = this.blockDepth;
    const binaryTop = this.binaryTop;
    const itemStart = this.currIdx + 1;
    this.ex = { operand: undefined }; // (young: see `ex`)
    try {
      const item = this.SUBRULE(this.blockItem);
      if (!this.RECORDING_PHASE) items.push(item);
    } catch (e) {
      resumeRule(this, this.compoundStatement);
      this.binaryTop = binaryTop; // what the binary expressions the error cut short pushed
      this.recover(e, IN_BLOCK, depth, itemStart);
    }
    // (Changed only after an error: a nested block puts them back as it ends. Stored only then,
    //  since `items` is young and the parser old: see `ex`.)
    if (this.blockItems !== items) this.blockItems = items;
    this.blockDepth = depth;
  };

  // blockItem = declaration | statement
  private blockItem = this.RULE("blockItem", (): BlockItem => {
    const byKeyword = this.keywordStatement();
    if (byKeyword !== undefined) return this.SUBRULE(byKeyword);
    return this.OR(
      (this.blockItemAlts ??= {
        DEF: [
          { ALT: () => this.SUBRULE(this.declaration) },
          { ALT: () => this.SUBRULE(this.statement) },
        ],
        ERR_MSG: "statement or declaration",
      }),
    );
  });
  private blockItemAlts?: Alternatives<BlockItem>;

  // statement = labeledStatement | compoundStatement | expressionStatement | ifStatement
  //           | switchStatement | whileStatement | doStatement | forStatement | jumpStatement
  //           | asmStatement
  private statement = this.RULE("statement", (): Stmt => {
    const byKeyword = this.keywordStatement();
    if (byKeyword !== undefined) return this.SUBRULE(byKeyword);
    return this.OR(
      (this.statementAlts ??= {
        DEF: [
          { ALT: () => this.SUBRULE(this.labeledStatement) },
          { ALT: () => this.SUBRULE(this.caseStatement) },
          { ALT: () => this.SUBRULE(this.defaultStatement) },
          { ALT: () => this.SUBRULE(this.compoundStatement) },
          { ALT: () => this.SUBRULE(this.ifStatement) },
          { ALT: () => this.SUBRULE(this.switchStatement) },
          { ALT: () => this.SUBRULE(this.whileStatement) },
          { ALT: () => this.SUBRULE(this.doStatement) },
          { ALT: () => this.SUBRULE(this.forStatement) },
          { ALT: () => this.SUBRULE(this.jumpStatement) },
          { ALT: () => this.SUBRULE(this.asmStatement) },
          { ALT: () => this.expressionStatement() },
        ],
        ERR_MSG: "statement",
      }),
    );
  });
  private statementAlts?: Alternatives<Stmt>;

  /**
   * The rule of a statement that starts with its keyword or `{`, the one the alternatives of
   * `blockItem` and `statement` lead to for that token (no declaration starts with one): called
   * directly, without the two decisions and the rule call between. Undefined for other tokens,
   * and while Chevrotain records or in the reference parser (as `primaryOperand`).
   */
  private keywordStatement(): StatementRule | undefined {
    if (this.RECORDING_PHASE || !this.primaryShortcut) return undefined;
    this.keywordStatements ??= this.keywordStatementTable();
    return this.keywordStatements[this.LA_FAST(1).tokenTypeIdx];
  }
  private keywordStatements?: (StatementRule | undefined)[];
  private keywordStatementTable(): (StatementRule | undefined)[] {
    const table: (StatementRule | undefined)[] = [];
    const put = (rule: StatementRule, ...starts: TokenType[]): void => {
      for (const t of starts) table[t.tokenTypeIdx!] = rule;
    };
    put(this.ifStatement, T.If);
    put(this.switchStatement, T.Switch);
    put(this.whileStatement, T.While);
    put(this.doStatement, T.Do);
    put(this.forStatement, T.For);
    put(this.jumpStatement, T.Goto, T.Continue, T.Break, T.Return);
    put(this.caseStatement, T.Case);
    put(this.defaultStatement, T.Default);
    put(this.compoundStatement, T.LBrace);
    return table;
  }

  // labeledStatement = identifier ":" attributeSpecifier* statement
  private labeledStatement = this.RULE("labeledStatement", (): Stmt => {
    const label = this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    const attributes: Attribute[] = [];
    this.MANY(() => this.SUBRULE(this.attributeSpecifier, { ARGS: [attributes] }));
    const body = this.SUBRULE(this.labelBody);
    if (this.RECORDING_PHASE) return RECORDED;
    return {
      kind: "LabelStmt",
      label: label.image,
      labelSpan: this.tokenSpan(label),
      attributes,
      body,
      span: this.spanFrom(label),
    };
  });

  // labelBody = statement     (gcc also allows a label before a declaration or the closing "}")
  private labelBody = this.RULE("labelBody", (): Stmt => {
    return this.OR({
      DEF: [
        { ALT: () => this.SUBRULE(this.statement) },
        {
          GATE: () => this.LA(1).tokenType === T.RBrace,
          ALT: (): Stmt => {
            const t = this.LA(0);
            this.ACTION(() =>
              this.error("label at end of compound statement", this.tokenSpan(this.LA(1))),
            );
            if (this.RECORDING_PHASE) return RECORDED;
            return {
              kind: "ExprStmt",
              expr: undefined,
              span: this.tokenSpan(t),
            };
          },
        },
      ],
      ERR_MSG: "statement",
    });
  });

  // caseStatement = "case" constantExpression ":" statement
  private caseStatement = this.RULE("caseStatement", (): Stmt => {
    const start = this.CONSUME(T.Case);
    const value = this.SUBRULE(this.conditionalExpression);
    this.CONSUME(T.Colon, E_AFTER_CASE);
    const body = this.SUBRULE(this.labelBody);
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: "CaseStmt", value, body, span: this.spanFrom(start) };
  });

  // defaultStatement = "default" ":" statement
  private defaultStatement = this.RULE("defaultStatement", (): Stmt => {
    const start = this.CONSUME(T.Default);
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.labelBody);
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: "DefaultStmt", body, span: this.spanFrom(start) };
  });

  // expressionStatement = expression? ";"
  // (read inline by statement: a rule call less for most statements)
  private expressionStatement(): Stmt {
    const start = this.LA(1);
    this.ex.operand = undefined;
    this.OPTION(this.optionalExpression);
    const expr = this.ex.operand;
    this.CONSUME(T.Semicolon);
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: "ExprStmt", expr, span: this.spanFrom(start) };
  }

  // ifStatement = "if" "(" expression ")" statement ("else" statement)?
  private ifStatement = this.RULE("ifStatement", (): Stmt => {
    const start = this.CONSUME(T.If);
    const cond = this.parenExpression();
    const then = this.SUBRULE(this.statement);
    let otherwise: Stmt | undefined;
    this.OPTION(() => {
      this.CONSUME(T.Else);
      otherwise = this.SUBRULE2(this.statement);
    });
    if (this.RECORDING_PHASE) return RECORDED;
    return {
      kind: "IfStmt",
      cond,
      then,
      else: otherwise,
      span: this.spanFrom(start),
    };
  });

  /** The body of an `OPTION` around an expression: its value is left in `ex.operand`. */
  private readonly optionalExpression = (): void => {
    this.ex.operand = this.SUBRULE(this.expression);
  };

  // parenExpression = "(" expression ")"     (read inline by the rules that use it)
  private parenExpression(): Expr {
    this.CONSUME(T.LParen);
    const e = this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
    return e;
  }

  // switchStatement = "switch" "(" expression ")" statement
  private switchStatement = this.RULE("switchStatement", (): Stmt => {
    const start = this.CONSUME(T.Switch);
    const cond = this.parenExpression();
    const body = this.SUBRULE(this.statement);
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: "SwitchStmt", cond, body, span: this.spanFrom(start) };
  });

  // whileStatement = "while" "(" expression ")" statement
  private whileStatement = this.RULE("whileStatement", (): Stmt => {
    const start = this.CONSUME(T.While);
    const cond = this.parenExpression();
    const body = this.SUBRULE(this.statement);
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: "WhileStmt", cond, body, span: this.spanFrom(start) };
  });

  // doStatement = "do" statement "while" "(" expression ")" ";"
  private doStatement = this.RULE("doStatement", (): Stmt => {
    const start = this.CONSUME(T.Do);
    const body = this.SUBRULE(this.statement);
    this.CONSUME(T.While);
    const cond = this.parenExpression();
    this.CONSUME(T.Semicolon);
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: "DoStmt", body, cond, span: this.spanFrom(start) };
  });

  // forStatement = "for" "(" (declaration | expression? ";") expression? ";" expression? ")" statement
  private forStatement = this.RULE("forStatement", (): Stmt => {
    const start = this.CONSUME(T.For);
    this.CONSUME(T.LParen);
    this.ACTION(() => this.pushScope());
    let init: Declaration | Expr | undefined;
    let cond: Expr | undefined;
    let step: Expr | undefined;
    this.OR([
      {
        ALT: () => {
          const d = this.SUBRULE(this.declaration);
          this.ACTION(() => {
            if (d.kind === "StaticAssert") this.error("expected expression", d.span);
            else init = d;
          });
        },
      },
      {
        ALT: () => {
          this.OPTION(() => {
            init = this.SUBRULE(this.expression);
          });
          this.CONSUME(T.Semicolon);
        },
      },
    ]);
    this.OPTION2(() => {
      cond = this.SUBRULE2(this.expression);
    });
    this.CONSUME2(T.Semicolon);
    this.OPTION3(() => {
      step = this.SUBRULE3(this.expression);
    });
    this.CONSUME(T.RParen);
    const body = this.SUBRULE(this.statement);
    this.ACTION(() => this.popScope());
    if (this.RECORDING_PHASE) return RECORDED;
    return {
      kind: "ForStmt",
      init,
      cond,
      step,
      body,
      span: this.spanFrom(start),
    };
  });

  // jumpStatement = "goto" name ";" | "continue" ";" | "break" ";" | "return" expression? ";"
  private jumpStatement = this.RULE("jumpStatement", (): Stmt => {
    const start = this.LA(1);
    const s = this.OR((this.jumpStatementAlts ??= this.jumpStatementAlternatives()));
    this.CONSUME(T.Semicolon);
    if (this.RECORDING_PHASE) return RECORDED;
    s.span = this.spanFrom(start);
    return s;
  });

  private jumpStatementAlts?: IOrAlt<Stmt>[];
  private jumpStatementAlternatives(): IOrAlt<Stmt>[] {
    return [
      {
        ALT: (): Stmt => {
          const start = this.CONSUME(T.Goto);
          const label = this.SUBRULE(this.name);
          if (this.RECORDING_PHASE) return RECORDED;
          return {
            kind: "GotoStmt",
            label: label.image,
            labelSpan: this.tokenSpan(label),
            span: this.tokenSpan(start),
          };
        },
      },
      {
        ALT: (): Stmt => {
          const start = this.CONSUME(T.Continue);
          if (this.RECORDING_PHASE) return RECORDED;
          return { kind: "ContinueStmt", span: this.tokenSpan(start) };
        },
      },
      {
        ALT: (): Stmt => {
          const start = this.CONSUME(T.Break);
          if (this.RECORDING_PHASE) return RECORDED;
          return { kind: "BreakStmt", span: this.tokenSpan(start) };
        },
      },
      {
        ALT: (): Stmt => {
          const start = this.CONSUME(T.Return);
          this.ex.operand = undefined;
          this.OPTION(this.optionalExpression);
          const value = this.ex.operand;
          if (this.RECORDING_PHASE) return RECORDED;
          return {
            kind: "ReturnStmt",
            value,
            span: this.spanFrom(start),
          };
        },
      },
    ];
  }

  // asmStatement = "__asm__" ("volatile" | "inline" | "goto")* "(" stringLiteral
  //                (":" asmOperands (":" asmOperands (":" asmClobbers (":" asmLabels)?)?)?)? ")" ";"
  private asmStatement = this.RULE("asmStatement", (): Stmt => {
    const start = this.CONSUME(T.Asm);
    const s = this.ACTION((): AsmStmt => ({
      kind: "AsmStmt",
      basic: true,
      volatile: false,
      inline: false,
      goto: false,
      template: undefined as unknown as StringLit,
      outputs: [],
      inputs: [],
      clobbers: [],
      labels: [],
      span: this.tokenSpan(start),
    }));
    this.MANY(() => {
      this.OR([
        { ALT: () => (this.CONSUME(T.Volatile), this.ACTION(() => (s.volatile = true))) },
        { ALT: () => (this.CONSUME(T.Inline), this.ACTION(() => (s.inline = true))) },
        { ALT: () => (this.CONSUME(T.Goto), this.ACTION(() => (s.goto = true))) },
      ]);
    });
    this.CONSUME(T.LParen);
    const template = this.SUBRULE(this.stringLiteral);
    this.ACTION(() => (s.template = template));
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.ACTION(() => (s.basic = false));
      this.SUBRULE(this.asmOperands, { ARGS: [s?.outputs] });
      this.OPTION2(() => {
        this.CONSUME2(T.Colon);
        this.SUBRULE2(this.asmOperands, { ARGS: [s?.inputs] });
        this.OPTION3(() => {
          this.CONSUME3(T.Colon);
          this.OPTION4(() => {
            const c = this.SUBRULE2(this.stringLiteral);
            this.ACTION(() => s.clobbers.push(c));
            this.MANY2(() => {
              this.CONSUME(T.Comma);
              const c2 = this.SUBRULE3(this.stringLiteral);
              this.ACTION(() => s.clobbers.push(c2));
            });
          });
          this.OPTION5(() => {
            this.CONSUME4(T.Colon);
            this.OPTION6(() => {
              const l = this.SUBRULE(this.name);
              this.ACTION(() => s.labels.push({ name: l.image, span: this.tokenSpan(l) }));
              this.MANY3(() => {
                this.CONSUME2(T.Comma);
                const l2 = this.SUBRULE2(this.name);
                this.ACTION(() => s.labels.push({ name: l2.image, span: this.tokenSpan(l2) }));
              });
            });
          });
        });
      });
    });
    this.CONSUME(T.RParen);
    this.CONSUME(T.Semicolon);
    if (this.RECORDING_PHASE) return RECORDED;
    s.span = this.spanFrom(start);
    return s;
  });

  // asmOperands = (asmOperand ("," asmOperand)*)?
  // asmOperand = ("[" name "]")? stringLiteral "(" expression ")"
  private asmOperands = this.RULE("asmOperands", (out: AsmOperand[]): void => {
    this.OPTION(() => {
      this.SUBRULE(this.asmOperand, { ARGS: [out] });
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.asmOperand, { ARGS: [out] });
      });
    });
  });

  private asmOperand = this.RULE("asmOperand", (out: AsmOperand[]): void => {
    const start = this.LA(1);
    let symbolicName: string | undefined;
    this.OPTION(() => {
      this.CONSUME(T.LBracket);
      const n = this.SUBRULE(this.name);
      this.ACTION(() => (symbolicName = n.image));
      this.CONSUME(T.RBracket);
    });
    const constraint = this.SUBRULE(this.stringLiteral);
    this.CONSUME(T.LParen);
    const expr = this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
    this.ACTION(() => out.push({ symbolicName, constraint, expr, span: this.spanFrom(start) }));
  });

  // =============================================================================================
  // Expressions (C11 6.5)
  // =============================================================================================

  // The expression rules below are the hottest code of the parser. Their repeated and optional
  // parts are functions built once (not a closure per call), which hand the expression built so
  // far in and out through the field `ex.operand`: each such part reads it before its first
  // SUBRULE and writes its result after its last, so the nested rules it calls (which use the
  // field too) cannot disturb it.
  //
  // A rule call is the costliest step of a Chevrotain parser, so an operand takes none where it
  // can: `expression`, `assignmentExpression` and `conditionalExpression` read the assignment,
  // conditional and binary expressions inline (`assignmentParts`, `conditionalParts`,
  // `binaryParts`), and in them the first operand's cast, unary, postfix and primary
  // expressions (`castAlternatives`). Chevrotain records the DSL calls of such helpers as part of
  // the rule that runs them, so a DSL call's index must be unique among all the helpers one rule
  // runs: the operand's parts use indices 1-7, the parts around operands (operators, `?:`, `,`)
  // use 8 and 9 (CONSUME8, OR6, OR7, MANY5, MANY6, OPTION5, OPTION6, SUBRULE8, SUBRULE9).

  /**
   * The expression built so far, handed to and from the parts below (see above): `ex.operand`.
   * (In a record of its own, made anew for each block item, `blockItemPart`, so that the record
   * is young, as the nodes stored into it are: a young object stored into an old one, the
   * parser, takes the write barrier's slow path, and this field is written ~375,000 times for
   * bench.c. 10 million fewer of its 2,665 million instructions, -fsyntax-only.)
   */
  private ex: { operand: Expr | undefined } = { operand: undefined };

  // expression = assignmentExpression ("," assignmentExpression)*
  private expression = this.RULE("expression", (): Expr => {
    const lone = this.loneOperand(ENDS_EXPRESSION);
    if (lone !== undefined) return lone;
    this.ex.operand = this.assignmentParts();
    this.MANY6(this.commaTail);
    return this.ex.operand;
  });
  private readonly commaTail = (): void => {
    const left = this.ex.operand!;
    const comma = this.CONSUME8(T.Comma);
    const right = this.SUBRULE9(this.assignmentExpression);
    if (!this.RECORDING_PHASE) {
      this.ex.operand = {
        kind: "Comma",
        left,
        right,
        opSpan: this.tokenSpan(comma),
        span: joinSpans(left.span, right.span),
        type: undefined,
        lvalue: false,
      };
    }
  };

  // assignmentExpression = conditionalExpression (assignmentOperator assignmentExpression)?
  // (C requires a unary expression on the left; the checker reports any other as not an lvalue)
  private assignmentExpression = this.RULE(
    "assignmentExpression",
    (): Expr => this.loneOperand(ENDS_ASSIGNMENT) ?? this.assignmentParts(),
  );
  private assignmentParts(): Expr {
    this.ex.operand = this.conditionalParts();
    this.OPTION6(this.assignmentTail);
    return this.ex.operand;
  }
  private readonly assignmentTail = (): void => {
    const target = this.ex.operand!;
    const opTok = this.OR7(
      (this.assignmentOperatorAlts ??= ASSIGN.map(([t]) => ({ ALT: () => this.CONSUME8(t) }))),
    );
    const value = this.SUBRULE8(this.assignmentExpression);
    if (!this.RECORDING_PHASE) {
      this.ex.operand = {
        kind: "Assign",
        type: undefined,
        lvalue: false,
        opType: undefined,
        op: ASSIGN_OP[opTok.tokenTypeIdx],
        target,
        value,
        opSpan: this.tokenSpan(opTok),
        span: joinSpans(target.span, value.span),
      };
    }
  };
  private assignmentOperatorAlts?: IOrAlt<IToken>[];

  // conditionalExpression = binaryExpression ("?" expression ":" conditionalExpression)?
  private conditionalExpression = this.RULE("conditionalExpression", (): Expr =>
    this.conditionalParts(),
  );
  private conditionalParts(): Expr {
    this.ex.operand = this.binaryParts();
    this.OPTION5(this.conditionalTail);
    return this.ex.operand;
  }
  private readonly conditionalTail = (): void => {
    const cond = this.ex.operand!;
    this.CONSUME8(T.Question);
    const then = this.SUBRULE8(this.expression);
    this.CONSUME8(T.Colon);
    const otherwise = this.SUBRULE8(this.conditionalExpression);
    if (!this.RECORDING_PHASE) {
      this.ex.operand = {
        kind: "Conditional",
        type: undefined,
        lvalue: false,
        cond,
        then,
        else: otherwise,
        span: joinSpans(cond.span, otherwise.span),
      };
    }
  };

  // binaryExpression = castExpression (binaryOperator castExpression)*
  // binaryOperator   = "||" | "&&" | "|" | "^" | "&" | "==" | "!=" | "<" | ">" | "<=" | ">="
  //                  | "<<" | ">>" | "+" | "-" | "*" | "/" | "%"
  // (C's ten precedence levels, lowest first as listed; all left-associative. This reads the
  //  flat sequence onto two stacks shared by all its calls (a nested call pops what it pushed)
  //  and `precedenceClimb` builds the tree: much faster than ten nested rules. The first
  //  operand is read inline, the others by a rule call.)
  private binaryParts(): Expr {
    const first = this.primaryOperand() ?? this.OR(this.castAlts);
    const base = this.binaryTop;
    this.MANY5(this.binaryTail);
    if (this.RECORDING_PHASE || this.binaryTop === base) return first;
    return this.precedenceClimb(first, base);
  }
  private readonly binaryTail = (): void => {
    const op = this.OR6(
      (this.binaryOperatorAlts ??= BINARY.map(([t]) => ({ ALT: () => this.CONSUME8(t) }))),
    );
    const operand = this.primaryOperand() ?? this.SUBRULE8(this.castExpression);
    if (!this.RECORDING_PHASE) {
      const top = this.binaryTop;
      this.binaryOps[top] = op;
      this.binaryOperands[top] = operand;
      this.binaryTop = top + 1;
    }
  };
  private binaryOperatorAlts?: IOrAlt<IToken>[];
  /**
   * Operators and right operands read by the `binaryParts` calls in progress, below
   * `binaryTop` (the arrays only grow: a stack that shrank to empty would be reallocated).
   */
  private readonly binaryOps: IToken[] = [];
  private readonly binaryOperands: Expr[] = [];
  private binaryTop = 0;
  /** Where `climb` is in the stacks. */
  private climbAt = 0;

  /** The tree of `first op[base] operand[base] op[base+1] ...`, popped off the stacks. */
  private precedenceClimb(first: Expr, base: number): Expr {
    this.climbAt = base;
    const tree = this.climb(first, 0);
    this.binaryTop = base;
    return tree;
  }

  /**
   * Precedence climbing: `left` followed by the operators from `climbAt` on whose precedence is
   * at least `min`, each applied to the operand after it and to the operators of higher
   * precedence that follow that operand (equal precedence groups to the left).
   */
  private climb(left: Expr, min: number): Expr {
    const ops = this.binaryOps;
    const operands = this.binaryOperands;
    const top = this.binaryTop;
    while (this.climbAt < top) {
      const op = ops[this.climbAt];
      const p = PRECEDENCE[op.tokenTypeIdx];
      if (p < min) break;
      let right = operands[this.climbAt++];
      while (this.climbAt < top && PRECEDENCE[ops[this.climbAt].tokenTypeIdx] > p) {
        right = this.climb(right, p + 1);
      }
      left = this.binary(op, left, right);
    }
    return left;
  }

  private binary(opTok: IToken, left: Expr, right: Expr): Expr {
    return {
      kind: "Binary",
      type: undefined,
      lvalue: false,
      op: BINARY_OP[opTok.tokenTypeIdx],
      left,
      right,
      opSpan: this.tokenSpan(opTok),
      span: joinSpans(left.span, right.span),
    };
  }

  // castExpression = "(" typeName ")" (castExpression | initializerList postfixSuffix*)
  //                | unaryExpression
  // (unaryExpression's alternatives, and in them the postfix and primary expressions, are read
  //  inline: one rule call per operand instead of three, and none for the first operand of a
  //  binary expression, which reads these same alternatives inline (`binaryParts`). Their DSL
  //  calls (`unaryAlternatives`) use indices the cast alternative's do not: CONSUME3, OR3,
  //  SUBRULE7 below.)
  private castExpression = this.RULE(
    "castExpression",
    (): Expr => this.primaryOperand() ?? this.OR(this.castAlts),
  );

  /**
   * An operand that starts with a name or an integer constant, the commonest (two thirds of the
   * operands of bench.c), read without the decisions and calls of the grammar path to its first
   * token (cast or unary alternative, postfix expression, primary alternative): when the next
   * token is an identifier (not a typedef name) or an integer constant, that path consumes it
   * and builds the same node, then reads the postfix suffixes after it by the same loop. Every
   * rule that runs this reads the cast and unary alternatives inline, so that loop (`MANY`) is
   * the one `postfixParts` runs in it. Undefined otherwise, and always while Chevrotain records
   * the grammar or in the reference parser that tests this against the grammar path
   * (`chevrotainLookahead`).
   */
  private primaryOperand(): Expr | undefined {
    if (this.RECORDING_PHASE || !this.primaryShortcut) return undefined;
    const t = this.LA_FAST(1);
    const idx = t.tokenTypeIdx;
    if (idx !== IDENT && idx !== INTEGER) return undefined;
    this.currIdx++;
    const leaf = idx === IDENT ? this.identifier(t) : this.integerLiteral(t);
    if (STARTS_POSTFIX[this.LA_FAST(1).tokenTypeIdx] !== true) return leaf; // (hot path)
    this.ex.operand = leaf;
    this.MANY(this.postfixTail);
    return this.ex.operand;
  }
  /**
   * An expression that is one name or integer constant (an argument, an index, an initializer):
   * the next token is one and the token after it ends the expression (`ends`, one of the sets
   * above), where the grammar path reads that token alone, builds the same node and decides not
   * to go on at each operator level. Undefined otherwise (as `primaryOperand`).
   */
  private loneOperand(ends: boolean[]): Expr | undefined {
    if (this.RECORDING_PHASE || !this.primaryShortcut) return undefined;
    const t = this.LA_FAST(1);
    const idx = t.tokenTypeIdx;
    if ((idx !== IDENT && idx !== INTEGER) || ends[this.LA_FAST(2).tokenTypeIdx] !== true) {
      return undefined;
    }
    this.currIdx++;
    return idx === IDENT ? this.identifier(t) : this.integerLiteral(t);
  }

  private castAlternatives(): Alternatives<Expr> {
    return {
      DEF: [
        {
          ALT: () => {
            const start = this.CONSUME3(T.LParen);
            const typeName = this.SUBRULE(this.typeName);
            this.CONSUME3(T.RParen);
            this.castStart = start;
            this.castTypeName = typeName;
            return this.OR3((this.castOperandAlts ??= this.castOperandAlternatives()));
          },
        },
        ...this.unaryAlternatives(),
      ],
      ERR_MSG: "expression",
    };
  }
  /** The cast or unary alternatives, built once (`binaryParts` reads them before the rules). */
  private readonly castAlts = this.castAlternatives();
  /** A cast's `(` and type name, for the alternatives after its `)` (read before their SUBRULE). */
  private castStart: IToken | undefined;
  private castTypeName: TypeName | undefined;
  private castOperandAlts?: IOrAlt<Expr>[];
  private castOperandAlternatives(): IOrAlt<Expr>[] {
    return [
      {
        ALT: () => {
          const start = this.castStart!;
          const typeName = this.castTypeName!;
          const init = this.SUBRULE(this.initializerList);
          const lit: Expr = this.RECORDING_PHASE
            ? RECORDED
            : {
                kind: "CompoundLiteral",
                type: undefined,
                lvalue: false,
                decl: undefined,
                typeName,
                init,
                span: this.spanFrom(start),
              };
          return this.SUBRULE(this.postfixSuffixes, { ARGS: [lit] });
        },
      },
      {
        ALT: (): Expr => {
          const start = this.castStart!;
          const typeName = this.castTypeName!;
          const operand = this.SUBRULE7(this.castExpression);
          if (this.RECORDING_PHASE) return RECORDED;
          return {
            kind: "Cast",
            type: undefined,
            lvalue: false,
            typeName,
            operand,
            span: this.spanFrom(start),
          };
        },
      },
    ];
  }

  // unaryExpression = ("++" | "--") unaryExpression
  //                 | ("&" | "*" | "+" | "-" | "~" | "!") castExpression
  //                 | "sizeof" ("(" typeName ")" (initializerList postfixSuffix*)? | unaryExpression)
  //                 | "_Alignof" ("(" typeName ")" | unaryExpression)
  //                 | postfixExpression
  // (also read inline by castExpression; the postfix expression is read inline here)
  private unaryExpression = this.RULE("unaryExpression", (): Expr => {
    return this.OR(
      (this.unaryExpressionAlts ??= { DEF: this.unaryAlternatives(), ERR_MSG: "expression" }),
    );
  });
  private unaryAlternatives(): IOrAlt<Expr>[] {
    return [
      { ALT: () => this.prefix(this.CONSUME(T.PlusPlus), this.SUBRULE(this.unaryExpression)) },
      {
        ALT: () => this.prefix(this.CONSUME(T.MinusMinus), this.SUBRULE2(this.unaryExpression)),
      },
      { ALT: () => this.prefix(this.CONSUME(T.Amp), this.SUBRULE(this.castExpression)) },
      { ALT: () => this.prefix(this.CONSUME(T.Star), this.SUBRULE2(this.castExpression)) },
      { ALT: () => this.prefix(this.CONSUME(T.Plus), this.SUBRULE3(this.castExpression)) },
      { ALT: () => this.prefix(this.CONSUME(T.Minus), this.SUBRULE4(this.castExpression)) },
      { ALT: () => this.prefix(this.CONSUME(T.Tilde), this.SUBRULE5(this.castExpression)) },
      { ALT: () => this.prefix(this.CONSUME(T.Bang), this.SUBRULE6(this.castExpression)) },
      { ALT: () => this.SUBRULE(this.sizeofExpression) },
      { ALT: () => this.SUBRULE(this.alignofExpression) },
      { ALT: () => this.postfixParts() },
    ];
  }
  private unaryExpressionAlts?: Alternatives<Expr>;

  private prefix(opTok: IToken, operand: Expr): Expr {
    if (this.RECORDING_PHASE) return operand;
    return {
      kind: "Unary",
      type: undefined,
      lvalue: false,
      op: opTok.image as UnaryOp,
      operand,
      span: this.spanTo(opTok, operand.span),
    };
  }

  // sizeofExpression = "sizeof" ("(" typeName ")" (initializerList postfixSuffix*)? | unaryExpression)
  private sizeofExpression = this.RULE("sizeofExpression", (): Expr => {
    const start = this.CONSUME(T.Sizeof);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const type = this.SUBRULE(this.typeName);
          this.CONSUME(T.RParen);
          return this.OR2([
            {
              ALT: (): Expr => {
                const litStart = this.LA(0);
                const init = this.SUBRULE(this.initializerList);
                const lit = this.ACTION((): Expr => ({
                  kind: "CompoundLiteral",
                  type: undefined,
                  lvalue: false,
                  decl: undefined,
                  typeName: type,
                  init,
                  span: joinSpans(type.span, this.tokenSpan(litStart)),
                }));
                const operand = this.SUBRULE(this.postfixSuffixes, { ARGS: [lit] });
                if (this.RECORDING_PHASE) return RECORDED;
                return {
                  kind: "SizeofExpr",
                  type: undefined,
                  lvalue: false,
                  operand,
                  span: this.spanFrom(start),
                };
              },
            },
            {
              ALT: () =>
                this.ACTION((): Expr => ({
                  kind: "SizeofType",
                  type: undefined,
                  lvalue: false,
                  typeName: type,
                  span: this.spanFrom(start),
                })),
            },
          ]);
        },
      },
      {
        ALT: (): Expr => {
          const operand = this.SUBRULE(this.unaryExpression);
          if (this.RECORDING_PHASE) return RECORDED;
          return {
            kind: "SizeofExpr",
            type: undefined,
            lvalue: false,
            operand,
            span: this.spanFrom(start),
          };
        },
      },
    ]);
  });

  // alignofExpression = "_Alignof" ("(" typeName ")" | unaryExpression)
  private alignofExpression = this.RULE("alignofExpression", (): Expr => {
    const start = this.CONSUME(T.Alignof);
    return this.OR([
      {
        ALT: (): Expr => {
          this.CONSUME(T.LParen);
          const type = this.SUBRULE(this.typeName);
          this.CONSUME(T.RParen);
          if (this.RECORDING_PHASE) return RECORDED;
          return {
            kind: "AlignofType",
            type: undefined,
            lvalue: false,
            typeName: type,
            span: this.spanFrom(start),
          };
        },
      },
      {
        ALT: (): Expr => {
          const operand = this.SUBRULE(this.unaryExpression);
          if (this.RECORDING_PHASE) return RECORDED;
          return {
            kind: "AlignofExpr",
            type: undefined,
            lvalue: false,
            operand,
            span: this.spanFrom(start),
          };
        },
      },
    ]);
  });

  // postfixExpression = primaryExpression postfixSuffix*
  // (read inline by unaryExpression and castExpression, the primary expression too; their DSL
  //  calls use indices those rules' own do not)
  private postfixParts(): Expr {
    this.ex.operand = this.OR4(
      (this.primaryExpressionAlts ??= {
        DEF: this.primaryAlternatives(),
        ERR_MSG: "expression",
      }),
    );
    this.MANY(this.postfixTail);
    return this.ex.operand;
  }
  private primaryExpressionAlts?: Alternatives<Expr>;

  // postfixSuffixes = postfixSuffix*
  // postfixSuffix   = ("[" expression "]" | "(" (assignmentExpression ("," assignmentExpression)*)? ")"
  //                 | "." name | "->" name | "++" | "--")
  private postfixSuffixes = this.RULE("postfixSuffixes", (base: Expr): Expr => {
    this.ex.operand = base;
    this.MANY(this.postfixTail);
    return this.ex.operand;
  });
  private readonly postfixTail = (): void => {
    // `.` or `->` and a name (most suffixes), read without the two decisions and alternatives
    // that lead to the same tokens and node (not while Chevrotain records; see `primaryOperand`).
    if (this.primaryShortcut && !this.RECORDING_PHASE) {
      const op = this.LA_FAST(1).tokenTypeIdx;
      if (op === ARROW || op === DOT) {
        const n = this.LA_FAST(2);
        if (n.tokenTypeIdx === IDENT || n.tokenTypeIdx === TYPEDEF) {
          this.currIdx += 2;
          this.ex.operand = this.member(this.ex.operand!, n, op === ARROW);
          return;
        }
      }
    }
    this.ex.operand = this.OR2((this.postfixSuffixAlts ??= this.postfixSuffixAlternatives()));
  };
  private postfixSuffixAlts?: IOrAlt<Expr>[];

  private postfixSuffixAlternatives(): IOrAlt<Expr>[] {
    return [
      {
        ALT: () => {
          const e = this.ex.operand!;
          this.CONSUME(T.LBracket);
          const index = this.loneOperand(ENDS_EXPRESSION) ?? this.SUBRULE(this.expression);
          this.CONSUME(T.RBracket);
          if (this.RECORDING_PHASE) return e;
          return {
            kind: "Index",
            type: undefined,
            lvalue: false,
            base: e,
            index,
            span: this.joinTo(e.span),
          };
        },
      },
      {
        ALT: () => {
          const e = this.ex.operand!;
          this.CONSUME(T.LParen);
          const args: Expr[] = [];
          this.args = args;
          this.OPTION(this.callArguments);
          // `f(, 1)`: what is missing is an argument (gcc's words), not the `)`.
          this.CONSUME(T.RParen, args.length === 0 ? E_ARGUMENT : undefined);
          if (this.RECORDING_PHASE) return e;
          return {
            kind: "Call",
            type: undefined,
            lvalue: false,
            callee: e,
            args: kept(args),
            span: this.joinTo(e.span),
          };
        },
      },
      {
        ALT: () => {
          const e = this.ex.operand!;
          this.CONSUME(T.Dot);
          const n = this.OR8((this.memberNameAlts ??= this.memberNameAlternatives()));
          return this.RECORDING_PHASE ? e : this.member(e, n, false);
        },
      },
      {
        ALT: () => {
          const e = this.ex.operand!;
          this.CONSUME(T.Arrow);
          const n = this.OR9((this.pointedMemberNameAlts ??= this.pointedMemberNameAlternatives()));
          return this.RECORDING_PHASE ? e : this.member(e, n, true);
        },
      },
      {
        ALT: () => {
          const e = this.ex.operand!;
          this.CONSUME2(T.PlusPlus);
          if (this.RECORDING_PHASE) return e;
          return {
            kind: "Postfix",
            type: undefined,
            lvalue: false,
            op: "++",
            operand: e,
            span: this.joinTo(e.span),
          };
        },
      },
      {
        ALT: () => {
          const e = this.ex.operand!;
          this.CONSUME2(T.MinusMinus);
          if (this.RECORDING_PHASE) return e;
          return {
            kind: "Postfix",
            type: undefined,
            lvalue: false,
            op: "--",
            operand: e,
            span: this.joinTo(e.span),
          };
        },
      },
    ];
  }

  // The member's name after `.` and after `->`: the rule `name` read inline (its DSL calls
  // get indices of their own: these alternatives are read in several rules).
  private memberNameAlts?: IOrAlt<IToken>[];
  private memberNameAlternatives(): IOrAlt<IToken>[] {
    return [{ ALT: () => this.CONSUME8(T.Identifier) }, { ALT: () => this.CONSUME8(TypedefName) }];
  }
  private pointedMemberNameAlts?: IOrAlt<IToken>[];
  private pointedMemberNameAlternatives(): IOrAlt<IToken>[] {
    return [{ ALT: () => this.CONSUME9(T.Identifier) }, { ALT: () => this.CONSUME9(TypedefName) }];
  }

  // A call's arguments: the list being read is in the field `args`, which each part reads before
  // its SUBRULE and sets again after it (an argument may hold calls of its own).
  private args: Expr[] | undefined;
  private readonly callArguments = (): void => {
    const args = this.args!;
    args.push(this.loneOperand(ENDS_ASSIGNMENT) ?? this.SUBRULE(this.assignmentExpression));
    this.args = args;
    this.MANY2(this.callArgumentTail);
  };
  private readonly callArgumentTail = (): void => {
    const args = this.args!;
    this.CONSUME(T.Comma);
    args.push(this.loneOperand(ENDS_ASSIGNMENT) ?? this.SUBRULE2(this.assignmentExpression));
    this.args = args;
  };

  private member(base: Expr, n: IToken, arrow: boolean): Expr {
    const nameSpan = this.tokenSpan(n);
    return {
      kind: "Member",
      type: undefined,
      lvalue: false,
      field: undefined,
      base,
      name: n.image,
      nameSpan,
      arrow,
      span: joinSpans(base.span, nameSpan),
    };
  }

  /** `from` extended to the last consumed token (`joinSpans` with that token's span). */
  private joinTo(from: Span): Span {
    const last = this.tokenAt(this.currIdx) as PPToken;
    const start = last.startOffset;
    if ((last.file ?? this.file) !== from.file || from.expansion || last.context?.expansion)
      return from;
    const end = start + last.image.length;
    return end < from.start ? from : withEnd(from, end);
  }

  // primaryExpression = identifier | integerConstant | characterConstant | stringLiteral
  //                   | "(" expression ")" | "(" compoundStatement ")" | vaArg | offsetof
  // (read inline by postfixParts: the indices below are not those of the rules it is part of)
  private primaryAlternatives(): IOrAlt<Expr>[] {
    return [
      { ALT: () => this.fromToken(this.identifier, this.CONSUME(T.Identifier)) },
      { ALT: () => this.fromToken(this.integerLiteral, this.CONSUME(T.IntegerLiteral)) },
      { ALT: () => this.fromToken(this.charLiteral, this.CONSUME(T.CharLiteral)) },
      { ALT: () => this.SUBRULE(this.stringLiteral) },
      {
        ALT: () => {
          const start = this.CONSUME4(T.LParen);
          const e = this.SUBRULE3(this.expression);
          this.CONSUME4(T.RParen);
          // The parentheses belong to the span (a message about `(a + b)` underlines them), but
          // not to a name's: gcc reports an undeclared `(x)` at `x` (in a macro: `(a)` for `a`).
          // (`e` was just built by the rule call and nothing else holds it: its span is set in
          //  place rather than the node copied with another.)
          if (this.RECORDING_PHASE || e.kind === "Ident") return e;
          e.span = this.spanFrom(start);
          return e;
        },
      },
      {
        // GNU's statement expression `({ ... })`: read, so that the error can say what it is.
        ALT: () => {
          const start = this.CONSUME7(T.LParen);
          this.SUBRULE(this.compoundStatement);
          this.CONSUME7(T.RParen);
          if (this.RECORDING_PHASE) return RECORDED;
          this.error("statement expressions are not supported in Logos C", this.tokenSpan(start));
          return this.zero(start);
        },
      },
      { ALT: () => this.SUBRULE(this.vaArg) },
      { ALT: () => this.SUBRULE(this.offsetof) },
      {
        ALT: () => {
          const t = this.CONSUME(T.FloatingLiteral);
          if (this.RECORDING_PHASE) return RECORDED;
          this.error("floating constants are not supported in Logos C", this.tokenSpan(t));
          return this.zero(t);
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.PpNumber);
          if (this.RECORDING_PHASE) return RECORDED;
          this.error(badNumberMessage(t.image), this.tokenSpan(t));
          return this.zero(t);
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.Generic);
          this.ACTION(() => this.unsupported("'_Generic'", t));
          this.CONSUME5(T.LParen);
          this.SUBRULE3(this.assignmentExpression);
          this.MANY3(() => {
            this.CONSUME2(T.Comma);
            this.OR5([
              { ALT: () => this.SUBRULE2(this.typeName) },
              { ALT: () => this.CONSUME(T.Default) },
            ]);
            this.CONSUME(T.Colon);
            this.SUBRULE4(this.assignmentExpression);
          });
          this.CONSUME5(T.RParen);
          return this.RECORDING_PHASE ? RECORDED : this.zero(t);
        },
      },
    ];
  }

  /**
   * `ACTION(() => make(t))` without a closure per call, for the leaves of expressions (hot path):
   * `make` is a method, called with the parser as `this` except while Chevrotain records.
   */
  private fromToken(make: (this: CParser, t: IToken) => Expr, t: IToken): Expr {
    return this.RECORDING_PHASE ? (undefined as unknown as Expr) : make.call(this, t);
  }

  private identifier(t: IToken): Expr {
    return {
      kind: "Ident",
      type: undefined,
      lvalue: false,
      decl: undefined,
      name: t.image,
      span: this.tokenSpan(t),
    };
  }

  private zero(t: IToken): Expr {
    return {
      kind: "IntLit",
      type: undefined,
      lvalue: false,
      value: 0,
      radix: 10,
      unsigned: false,
      long: 0,
      span: this.tokenSpan(t),
    };
  }

  private integerLiteral(t: IToken): Expr {
    const v = integerValue(t.image);
    const span = this.tokenSpan(t);
    if (v.long > 1) this.error("'long long' is not supported in Logos C", span);
    return {
      kind: "IntLit",
      type: undefined,
      lvalue: false,
      value: v.value,
      radix: v.radix,
      unsigned: v.unsigned,
      long: v.long,
      span,
    };
  }

  private charLiteral(t: IToken): Expr {
    const { prefix, body } = splitLiteral(t.image);
    const units: number[] = [];
    const span = this.tokenSpan(t);
    const err = decodeBody(body, prefix, units);
    if (err) this.error(err, span);
    if (units.length === 0) this.error("empty character constant", span);
    return {
      kind: "CharLit",
      value: charValue(units, prefix),
      prefix,
      span,
      type: undefined,
      lvalue: false,
    };
  }

  // stringLiteral = StringLiteral+      (adjacent literals are one string, C11 5.1.1.2)
  private stringLiteral = this.RULE("stringLiteral", (): StringLit => {
    const parts: IToken[] = [];
    this.AT_LEAST_ONE({
      DEF: () => parts.push(this.CONSUME(T.StringLiteral)),
      ERR_MSG: "string literal",
    });
    return this.RECORDING_PHASE ? RECORDED : this.decodeString(parts);
  });

  private decodeString(parts: IToken[]): StringLit {
    let prefix: LiteralPrefix = "";
    const value: number[] = [];
    for (const p of parts) {
      const s = splitLiteral(p.image);
      if (s.prefix !== "") {
        if (prefix !== "" && prefix !== s.prefix) {
          this.error(
            "unsupported non-standard concatenation of string literals",
            this.tokenSpan(p),
          );
        }
        prefix = s.prefix;
      }
    }
    for (const p of parts) {
      const err = decodeBody(splitLiteral(p.image).body, prefix, value);
      if (err) this.error(err, this.tokenSpan(p));
    }
    const first = this.tokenSpan(parts[0]);
    return {
      kind: "StringLit",
      type: undefined,
      lvalue: false,
      value,
      prefix,
      span: joinSpans(first, this.tokenSpan(parts[parts.length - 1])),
    };
  }

  // vaArg = "__builtin_va_arg" "(" assignmentExpression "," typeName ")"
  private vaArg = this.RULE("vaArg", (): Expr => {
    const start = this.CONSUME(T.BuiltinVaArg);
    this.CONSUME(T.LParen);
    const ap = this.SUBRULE(this.assignmentExpression);
    this.CONSUME(T.Comma);
    const type = this.SUBRULE(this.typeName);
    this.CONSUME(T.RParen);
    if (this.RECORDING_PHASE) return RECORDED;
    return {
      kind: "VaArg",
      type: undefined,
      lvalue: false,
      ap,
      typeName: type,
      span: this.spanFrom(start),
    };
  });

  // offsetof = "__builtin_offsetof" "(" typeName "," name ("." name | "[" expression "]")* ")"
  private offsetof = this.RULE("offsetof", (): Expr => {
    const start = this.CONSUME(T.BuiltinOffsetof);
    this.CONSUME(T.LParen);
    const type = this.SUBRULE(this.typeName);
    this.CONSUME(T.Comma);
    const first = this.SUBRULE(this.name);
    const path: Designator[] = [];
    this.ACTION(() =>
      path.push({ kind: "FieldDesignator", name: first.image, span: this.tokenSpan(first) }),
    );
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Dot);
            const n = this.SUBRULE2(this.name);
            this.ACTION(() =>
              path.push({ kind: "FieldDesignator", name: n.image, span: this.tokenSpan(n) }),
            );
          },
        },
        {
          ALT: () => {
            const b = this.CONSUME(T.LBracket);
            const index = this.SUBRULE(this.expression);
            this.CONSUME(T.RBracket);
            this.ACTION(() =>
              path.push({ kind: "IndexDesignator", index, span: this.spanFrom(b) }),
            );
          },
        },
      ]);
    });
    this.CONSUME(T.RParen);
    if (this.RECORDING_PHASE) return RECORDED;
    return {
      kind: "Offsetof",
      type: undefined,
      lvalue: false,
      typeName: type,
      path,
      span: this.spanFrom(start),
    };
  });
}

leanDsl(CParser.prototype);

function isFunction(d: Declarator): boolean {
  return d.derived.length > 0 && d.derived[d.derived.length - 1].kind === "Function";
}

/** `(void)`: one unnamed parameter of type plain `void`. */
function isVoidParam(p: ParamDecl): boolean {
  const s = p.specs;
  return (
    p.declarator.name === undefined &&
    p.declarator.derived.length === 0 &&
    s.typeSpecs.length === 1 &&
    s.typeSpecs[0].kind === "BasicType" &&
    s.typeSpecs[0].name === "void" &&
    s.storage === undefined &&
    !s.qualifiers.const &&
    !s.qualifiers.volatile
  );
}

/** The span from the start of `a` to the end of `b` (just `a` across files or in a macro). */
function joinSpans(a: Span, b: Span): Span {
  if (a.file !== b.file || a.expansion || b.expansion || b.end < a.start) return a;
  return withEnd(a, b.end);
}

/**
 * `a` extended to `end` (if that is further): `a` itself when it reaches there already (spans
 * never change once made), else a copy of `a`'s shape (see `tokenSpan`) without spreading it.
 */
function withEnd(a: Span, end: number): Span {
  if (end <= a.end) return a;
  return a.presumedName === undefined &&
    a.presumedLineDelta === undefined &&
    a.expansion === undefined
    ? { file: a.file, start: a.start, end }
    : { ...a, end };
}

let instance: CParser | undefined;

/** Builds the parser with Chevrotain's grammar validations on; throws if the grammar has errors. */
export function validateGrammar(): void {
  new CParser({ validate: true });
}

/** The grammar as Chevrotain records it, by rule (a parser built without the grammar cache). */
export function recordedGrammar(): Record<string, Rule> {
  return new CParser({ validate: true }).getGAstProductions();
}

let reference: CParser | undefined;

/**
 * `parse` with Chevrotain's own LL(k) lookahead instead of the table-driven one: the reference
 * the tests compare `lookahead.ts` with. Builds a second parser on first use.
 */
export function parseWithChevrotainLookahead(
  tokens: readonly IToken[],
  file: SourceFile,
  sink: DiagnosticSink,
): TranslationUnit {
  reference ??= new CParser({ chevrotainLookahead: true });
  return reference.parseUnit(tokens, file, sink);
}

/**
 * Parses a translation unit: the preprocessor's tokens (classified, without `Newline`s) or, for
 * text that was not preprocessed, `tokenize(text)` from the lexer. `file` is where tokens without
 * their own file point. Syntax errors go to `sink`; the tree is always returned (with what could
 * be parsed) so later passes run only if `sink.hasErrors` is false. Streaming (syntax.ts):
 * `tokens` is the first batch and `more` gives the next ones, and each external declaration goes
 * to `each` as soon as it is parsed (see `CParser.parseUnit`).
 */
export function parse(
  tokens: readonly IToken[],
  file: SourceFile,
  sink: DiagnosticSink,
  each?: (d: ExternalDecl, clean: boolean) => void,
  more?: () => readonly IToken[] | undefined,
): TranslationUnit {
  instance ??= timed("parser setup", () => new CParser());
  return instance.parseUnit(tokens, file, sink, each, more);
}
