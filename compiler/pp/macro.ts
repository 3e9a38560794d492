// Macro expansion (C11 6.10.3) with hide sets, after Dave Prosser's algorithm.
//
// The one idea: every token carries the set of macro names it may not expand (its hide set). A
// macro use `M` expands to M's body with the use's hide set plus `M`; for a function-like use the
// hide set is the intersection of the name's and the closing parenthesis's, plus `M`. Rescanning
// then needs no "currently expanding" stack, and `#define f(x) x f` / `f(1)(2)` behave as the
// standard's examples say. Expanded tokens are pushed back in front of the input and rescanned.
//
// `Expander` reads from a `TokenSource` (the directive loop of one file, or an argument list being
// pre-expanded) and writes fully expanded tokens; `#`, `##`, `__VA_ARGS__` and GNU's
// `, ## __VA_ARGS__` are handled in `substitute`, which also gives each token it produces the
// `Expansion` it came out of (the macro's body, or one parameter's argument: see diag.ts).
import type { Diagnostic, DiagnosticSink, Expansion, Span, Spelling } from "../diag.ts";
import { note } from "../diag.ts";
import {
  CharLiteral,
  Hash,
  HashHash,
  Identifier,
  lexRaw,
  LParen,
  Newline,
  RParen,
  type Scanner,
  StringLiteral,
} from "../parse/lexer.ts";
import {
  expansionPoint,
  PPToken,
  retyped,
  tokenContext,
  tokenSpan,
  useSpan,
  type TokenContext,
} from "./token.ts";

export interface Macro {
  name: string;
  /** undefined for an object-like macro. */
  params?: string[];
  variadic: boolean;
  body: PPToken[];
  /** The name token in the `#define` (for "previous definition" notes); undefined if built in. */
  defined?: PPToken;
  /** `__FILE__`, `__LINE__`, `__COUNTER__`: computed at each use. */
  dynamic?: (use: PPToken) => PPToken[];
  /** `{name}`, the hide set of most of its expansions, made once (hide sets are never mutated). */
  hidesetOfName?: ReadonlySet<string>;
  /** For each token of `body`, the index of the parameter it names or -1 (made at first use). */
  paramAt?: number[];
}

/** Where the expander gets its next token. `next` returns undefined at the end. */
export interface TokenSource {
  next(): PPToken | undefined;
  /** Puts tokens back to be read next, first element first. */
  unread(tokens: PPToken[]): void;
}

/** The tokens of a text being read: also says where reading has got to (for errors). */
export interface TextSource extends TokenSource {
  /** The last token read from the text (not pushed back). */
  lastRead(): PPToken | undefined;
}

/**
 * A token source over a scanner: a file's tokens are scanned as they are read, plus a stack of
 * pushed-back tokens (kept reversed).
 */
export class ScannerSource implements TextSource {
  private readonly scanner: Scanner;
  private readonly stack: PPToken[] = [];
  constructor(scanner: Scanner) {
    this.scanner = scanner;
  }
  next(): PPToken | undefined {
    if (this.stack.length) return this.stack.pop();
    return this.scanner.next();
  }
  unread(tokens: PPToken[]): void {
    for (let i = tokens.length - 1; i >= 0; i--) this.stack.push(tokens[i]);
  }
  lastRead(): PPToken | undefined {
    return this.scanner.lastToken();
  }
}

/** A token source over an array plus a stack of pushed-back tokens (kept reversed). */
export class ArraySource implements TextSource {
  private readonly tokens: PPToken[];
  private pos = 0;
  private readonly stack: PPToken[] = [];
  constructor(tokens: PPToken[]) {
    this.tokens = tokens;
  }
  next(): PPToken | undefined {
    if (this.stack.length) return this.stack.pop();
    return this.tokens[this.pos++];
  }
  unread(tokens: PPToken[]): void {
    for (let i = tokens.length - 1; i >= 0; i--) this.stack.push(tokens[i]);
  }
  /** The last token read from the array (not pushed back): where reading the text has got to. */
  lastRead(): PPToken | undefined {
    return this.tokens[Math.min(this.pos, this.tokens.length) - 1];
  }
}

/**
 * The defined macros by name, with a quick test of whether a name may be one: how many macros
 * have each length and first character (`shapeOf`). Most identifiers of a program share neither
 * with any macro (`i`, `sum`, `next` against `NULL`, `MAX`, `__i386__`), so `find` answers
 * them without the map's lookup.
 */
export class MacroTable extends Map<string, Macro> {
  private readonly shapes = new Int32Array(64 << 7);

  /** The macro named `name`, or undefined: `get`, by the quick test first (hot path). */
  find(name: string): Macro | undefined {
    if (this.shapes[shapeOf(name)] === 0) return undefined;
    return this.get(name);
  }

  /** Whether some macro may be named `name` (false: none is). */
  mayName(name: string): boolean {
    return this.shapes[shapeOf(name)] !== 0;
  }

  override set(name: string, m: Macro): this {
    if (!this.has(name)) this.shapes[shapeOf(name)]++;
    return super.set(name, m);
  }

  override delete(name: string): boolean {
    if (!super.delete(name)) return false;
    this.shapes[shapeOf(name)]--;
    return true;
  }
}

/** A name's length (up to 63) and first character (its low 7 bits), as one index. */
function shapeOf(name: string): number {
  const n = name.length;
  return ((n < 63 ? n : 63) << 7) | (name.charCodeAt(0) & 127);
}

export class Expander {
  readonly macros = new MacroTable();
  readonly sink: DiagnosticSink;
  /**
   * The tokens of the file being read: the preprocessor's own errors (argument lists) are at the
   * last token read from it, as gcc's are.
   */
  text: TextSource | undefined;

  constructor(sink: DiagnosticSink) {
    this.sink = sink;
  }

  /**
   * If `t` is a macro use, expands it, pushes the result back on `src` and returns true.
   * Otherwise returns false and `t` is a plain token.
   */
  tryExpand(t: PPToken, src: TokenSource): boolean {
    if (t.tokenTypeIdx !== IDENTIFIER) return false;
    const m = this.macros.find(t.image);
    if (m === undefined || t.hideset?.has(t.image)) return false;
    if (m.dynamic) {
      src.unread(m.dynamic(t));
      return true;
    }
    if (m.params === undefined) {
      src.unread(this.substitute(m, [], withName(t.hideset, m), t));
      return true;
    }
    // A function-like macro name not followed by `(` is an ordinary identifier.
    const skipped: PPToken[] = [];
    let lp = src.next();
    while (lp && lp.tokenTypeIdx === NEWLINE) {
      skipped.push(lp);
      lp = src.next();
    }
    if (!lp || lp.tokenTypeIdx !== LPAREN) {
      if (lp) skipped.push(lp);
      src.unread(skipped);
      return false;
    }
    const collected = this.collectArgs(m, t, src);
    if (!collected) {
      // The arguments are dropped and the name goes on as an identifier, as gcc does.
      const c = tokenContext(
        withName(t.hideset, m),
        t.expansion,
        t.presumedName,
        t.presumedLineDelta,
      );
      src.unread([new PPToken(t.image, t.startOffset, t.tokenTypeIdx, t.file, t.space, c)]);
      return true;
    }
    const { args, rparen } = collected;
    const hs = withName(intersect(t.hideset, rparen.hideset), m);
    src.unread(this.substitute(m, args, hs, t));
    return true;
  }

  /** Expands a token list completely (used for arguments and `#if`/`#include` lines). */
  expandAll(tokens: PPToken[]): PPToken[] {
    const src = new ArraySource(tokens);
    const out: PPToken[] = [];
    for (let t = src.next(); t; t = src.next()) {
      if (t.tokenTypeIdx === IDENTIFIER && this.tryExpand(t, src)) continue;
      out.push(t);
    }
    return out;
  }

  private collectArgs(
    m: Macro,
    use: PPToken,
    src: TokenSource,
  ): { args: PPToken[][]; rparen: PPToken } | undefined {
    const args: PPToken[][] = [];
    let cur: PPToken[] = [];
    let depth = 0;
    let newline = false;
    const nparams = m.params!.length;
    for (;;) {
      const t = src.next();
      if (!t) {
        this.sink.report({
          severity: "error",
          message: `unterminated argument list invoking macro "${m.name}"`,
          span: this.readSpan(use),
          foundAt: tokenSpan(use),
        });
        return undefined;
      }
      if (t.tokenTypeIdx === NEWLINE) {
        newline = true;
        continue;
      }
      if (newline) {
        t.space = true; // a line break inside the arguments is whitespace (for `#`)
        newline = false;
      }
      const s = t.image;
      if (depth === 0 && t.tokenTypeIdx === RPAREN) {
        args.push(cur);
        return this.checkArgCount(m, use, args, nparams) ? { args, rparen: t } : undefined;
      }
      if (depth === 0 && s === "," && !(m.variadic && args.length === nparams - 1)) {
        args.push(cur);
        cur = [];
        continue;
      }
      if (s === "(") depth++;
      else if (s === ")") depth--;
      if (cur.length === 0) t.space = false;
      cur.push(t);
    }
  }

  private checkArgCount(m: Macro, use: PPToken, args: PPToken[][], nparams: number): boolean {
    // `f()` passes one empty argument, which is right for a one-parameter macro and zero otherwise.
    if (nparams === 0 && args.length === 1 && args[0].length === 0) args.length = 0;
    if (m.variadic && args.length === nparams - 1) args.push([]);
    if (args.length === nparams) return true;
    const few = args.length < nparams;
    this.sink.report({
      severity: "error",
      message: `macro "${m.name}" ${few ? "requires" : "passed"} ${few ? nparams : args.length} arguments, but ${few ? "only " + args.length + " given" : "takes just " + nparams}`,
      span: this.readSpan(use),
      notes: m.defined ? [lineNote(`macro "${m.name}" defined here`, m.defined)] : undefined,
      foundAt: tokenSpan(use),
    });
    return false;
  }

  /** Where the reading of the file has got to (else the macro use's place). */
  private readSpan(use: PPToken): Span {
    const t = this.text?.lastRead();
    return t ? tokenSpan(t) : useSpan(use);
  }

  /**
   * The body of `m` with its parameters replaced, `#` and `##` applied, and `hs` added. Each token
   * out gets its expansion: the body's for the body's tokens, for an argument's tokens one per
   * parameter replaced (and per expansion the argument's tokens came out of, usually none).
   */
  private substitute(
    m: Macro,
    args: PPToken[][],
    hs: ReadonlySet<string>,
    use: PPToken,
  ): PPToken[] {
    const body = m.body;
    const paramAt = (m.paramAt ??= parameterPositions(m));
    const out = new ExpansionOutput(hs);
    const tokens = out.tokens;
    let expanded: PPToken[][] | undefined;
    const root = expansionPoint(use);
    const readTo = this.text?.lastRead()?.startOffset ?? root.startOffset;
    const inBody = new MacroExpansion(m.name, use, undefined, undefined, root, readTo);
    for (let i = 0; i < body.length; i++) {
      const t = body[i];
      if (t.tokenTypeIdx === HASH && m.params) {
        const p = paramAt[i + 1];
        if (p >= 0) {
          const str = stringize(args[p], t);
          // `#x` of a lone backslash is no string literal: gcc drops the backslash, and says so.
          if (/(^|[^\\])(\\\\)*\\"$/.test(str.image)) {
            this.sink.warning("invalid string literal, ignoring final '\\'", this.readSpan(use));
            str.image = str.image.slice(0, -2) + '"';
          }
          out.put(str, inBody);
          i++;
          continue;
        }
      }
      if (t.tokenTypeIdx === HASH_HASH && i + 1 < body.length) {
        const rhsTok = body[i + 1];
        const p = paramAt[i + 1];
        const rhs = p >= 0 ? args[p] : [rhsTok];
        i++;
        // GNU: `, ## __VA_ARGS__` drops the comma when the variable arguments are empty.
        if (
          p >= 0 &&
          m.variadic &&
          p === m.params!.length - 1 &&
          tokens.length &&
          tokens[tokens.length - 1].image === ","
        ) {
          if (rhs.length === 0) tokens.pop();
          else out.putArg(rhs, 0, m, rhsTok, inBody);
          continue;
        }
        if (rhs.length === 0) continue;
        const last = tokens[tokens.length - 1];
        if (last === undefined || last === PLACEMARKER) {
          if (last === PLACEMARKER) tokens.pop();
          if (p >= 0) out.putArg(rhs, 0, m, rhsTok, inBody);
          else out.put(rhsTok, inBody);
          continue;
        }
        const pasted = this.paste(last, rhs[0]);
        if (pasted) tokens[tokens.length - 1] = pasted;
        // (after an error, both tokens as they are, as gcc goes on)
        if (p >= 0) out.putArg(rhs, pasted ? 1 : 0, m, rhsTok, inBody);
        else if (!pasted) out.put(rhsTok, inBody);
        continue;
      }
      const p = paramAt[i];
      if (p >= 0) {
        let arg: PPToken[];
        if (body[i + 1]?.tokenTypeIdx === HASH_HASH) {
          arg = args[p];
          if (arg.length === 0) {
            tokens.push(PLACEMARKER);
            continue;
          }
        } else {
          expanded ??= [];
          arg = expanded[p] ??= this.hasMacroName(args[p]) ? this.expandAll(args[p]) : args[p];
        }
        if (arg.length === 0) continue;
        const n = tokens.length;
        out.putArg(arg, 0, m, t, inBody);
        tokens[n].space = t.space;
        continue;
      }
      out.put(t, inBody);
    }
    // The expansion is spaced as the use was (unless it begins with an empty argument's place).
    if (tokens.length > 0 && tokens[0] !== PLACEMARKER) tokens[0].space = use.space;
    let k = 0;
    for (let j = 0; j < tokens.length; j++) if (tokens[j] !== PLACEMARKER) tokens[k++] = tokens[j];
    tokens.length = k;
    return tokens;
  }

  /** Whether some token of `tokens` names a macro (else expanding them changes nothing). */
  private hasMacroName(tokens: PPToken[]): boolean {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.tokenTypeIdx === IDENTIFIER && this.macros.has(t.image)) return true;
    }
    return false;
  }

  /** `lhs ## rhs`, spelled where `lhs` is (in its expansion); undefined after an error. */
  private paste(lhs: PPToken, rhs: PPToken): PPToken | undefined {
    const image = lhs.image + rhs.image;
    const lexed = lexRaw(image);
    if (lexed.length !== 1 || lexed[0].image.length !== image.length) {
      this.sink.error(
        `pasting "${lhs.image}" and "${rhs.image}" does not give a valid preprocessing token`,
        tokenSpan(lhs),
      );
      return undefined;
    }
    return retyped(lhs, lexed[0].tokenType, image);
  }
}

/** gcc's note at a line without a column (a macro's definition). */
function lineNote(message: string, t: PPToken): Diagnostic {
  return { ...note(message, { ...tokenSpan(t), expansion: undefined }), lineOnly: true };
}

/**
 * The tokens of one macro expansion as `substitute` makes them: copies of the body's and the
 * arguments' tokens, each with the expansion's hide set added and the `Expansion` it came out of.
 * Consecutive tokens of one context share one context out (see `TokenContext`).
 */
class ExpansionOutput {
  readonly tokens: PPToken[] = [];
  private readonly hs: ReadonlySet<string>;
  /** The last context made: for tokens whose own context is `lastFrom`, in expansion `lastIn`. */
  private last: TokenContext | undefined;
  private lastFrom: TokenContext | undefined;
  private lastIn: Expansion | undefined;

  constructor(hs: ReadonlySet<string>) {
    this.hs = hs;
  }

  /** Puts out a copy of `t` as a token of expansion `x`. */
  put(t: PPToken, x: Expansion): void {
    const from = t.context;
    if (this.last === undefined || from !== this.lastFrom || x !== this.lastIn) {
      this.last = tokenContext(union(t.hideset, this.hs), x, t.presumedName, t.presumedLineDelta);
      this.lastFrom = from;
      this.lastIn = x;
    }
    this.tokens.push(
      new PPToken(t.image, t.startOffset, t.tokenTypeIdx, t.file, t.space, this.last),
    );
  }

  /**
   * Puts out the tokens of an argument, from `first` on, that replace the parameter `param` of
   * `m` (in the expansion whose body's tokens are `inBody`): one expansion per run of argument
   * tokens that came out of one expansion (`from`).
   */
  putArg(arg: PPToken[], first: number, m: Macro, param: PPToken, inBody: Expansion): void {
    let x: Expansion | undefined;
    for (let k = first; k < arg.length; k++) {
      const a = arg[k];
      if (x === undefined || x.from !== a.expansion)
        x = new MacroExpansion(m.name, inBody.use, param, a.expansion, inBody.root, inBody.readTo);
      this.put(a, x);
    }
  }
}

/**
 * An `Expansion` (made by a constructor, not as an object literal, as token.ts's context records
 * are: no recompiling of the expander when V8 finds that they live long). The body's tokens and
 * each argument's have one object shape.
 */
class MacroExpansion implements Expansion {
  readonly macro: string;
  readonly use: Spelling;
  readonly param: Spelling | undefined;
  readonly from: Expansion | undefined;
  readonly root: Spelling;
  readonly readTo: number;
  constructor(
    macro: string,
    use: Spelling,
    param: Spelling | undefined,
    from: Expansion | undefined,
    root: Spelling,
    readTo: number,
  ) {
    this.macro = macro;
    this.use = use;
    this.param = param;
    this.from = from;
    this.root = root;
    this.readTo = readTo;
  }
}

/** For each token of a macro's body, the index of the parameter it names, or -1. */
function parameterPositions(m: Macro): number[] {
  const params = m.params ?? NO_PARAMS;
  return m.body.map((t) => (t.tokenType === Identifier ? params.indexOf(t.image) : -1));
}

/** An empty argument's place in an expansion until `##` is applied: never put out. */
const PLACEMARKER = new PPToken("", 0, Identifier, undefined!, false, undefined);

/** `#x`: the argument's spelling as a string literal, one space where there was whitespace. */
function stringize(arg: PPToken[], hash: PPToken): PPToken {
  let s = "";
  for (let i = 0; i < arg.length; i++) {
    const t = arg[i];
    if (i > 0 && t.space) s += " ";
    const kind = t.tokenTypeIdx;
    s +=
      kind === STRING_LITERAL || kind === CHAR_LITERAL
        ? t.image.replace(/[\\"]/g, "\\$&")
        : t.image;
  }
  return retyped(hash, StringLiteral, `"${s}"`);
}

const NO_PARAMS: string[] = [];

// Token types compared on hot paths, by index (`tokenTypeIdx`: no type object to look up).
const IDENTIFIER = Identifier.tokenTypeIdx!;
const NEWLINE = Newline.tokenTypeIdx!;
const LPAREN = LParen.tokenTypeIdx!;
const RPAREN = RParen.tokenTypeIdx!;
const STRING_LITERAL = StringLiteral.tokenTypeIdx!;
const CHAR_LITERAL = CharLiteral.tokenTypeIdx!;
const HASH = Hash.tokenTypeIdx!;
const HASH_HASH = HashHash.tokenTypeIdx!;

/** `set` plus the macro's name (hide sets are shared, never changed: a new set when needed). */
function withName(set: ReadonlySet<string> | undefined, m: Macro): ReadonlySet<string> {
  if (!set || set.size === 0) return (m.hidesetOfName ??= new Set([m.name]));
  const s = new Set(set);
  s.add(m.name);
  return s;
}

function intersect(
  a: ReadonlySet<string> | undefined,
  b: ReadonlySet<string> | undefined,
): ReadonlySet<string> | undefined {
  if (!a || !b || a.size === 0 || b.size === 0) return undefined;
  const s = new Set<string>();
  for (const x of a) if (b.has(x)) s.add(x);
  return s;
}

function union(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>): ReadonlySet<string> {
  if (!a || a.size === 0) return b;
  const s = new Set(b);
  for (const x of a) s.add(x);
  return s;
}
