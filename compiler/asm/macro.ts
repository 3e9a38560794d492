// The assembler's preprocessor: NASM's `%` directives, turning source files into the lines the
// parser reads.
//
// It pulls lines from a stack of sources -- files (`%include` pushes one), macro expansions and
// `%rep` bodies -- and hands on every line that is not a directive, after expanding single-line
// macros (`%define`) in it. A line whose first word (or first word after `label:`) names a
// multi-line macro (`%macro ... %endmacro`) becomes that macro's body, with `%1`...`%N` replaced by
// the arguments, `%0` by their count and `%%name` by a name unique to this expansion; tokens that
// touch after replacement are pasted (`isr%1` becomes `isr13`). Conditionals (`%if`, `%ifdef`,
// `%ifndef`, `%elif`, `%else`, `%endif`) skip lines without expanding them.
//
// Every token keeps the place it was written: tokens of a macro body point into the macro's
// definition, its arguments into the invocation. A line from an expansion records the invocation,
// so a diagnostic can say "in macro 'isr_stub' invoked here".
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import { note, type DiagnosticSink, type Diagnostic, SourceFile, type Span } from "../diag.ts";
import { Cursor, AsmError, evaluate, parseExpr, type Scope, type Value } from "./expr.ts";
import { lexLine, parseNumber, type Place, T, type Token } from "./lex.ts";
import { HASH_START, hashStep } from "./texts.ts";
import { keywordOf } from "./words.ts";

/** A macro invocation a line came from (a chain, for macros that invoke macros). */
export interface Expansion {
  macro: string;
  call: Span;
  parent?: Expansion;
}

/** One line for the parser: its tokens and where its text is (for the listing and messages). */
export interface Line {
  tokens: Token[];
  file: SourceFile;
  /** Offsets of the line's text in `file`. */
  start: number;
  end: number;
  expansion?: Expansion;
  /** What the listing shows instead of the text (the `label:` of `label: macro`). */
  listText?: string;
  /** The tokens are exactly those of the text from `start` to `end`: read from a file, no
   * `%define` expanded in them (the assembler may then know a line by its text). */
  verbatim?: boolean;
}

interface Define {
  params: string[] | null;
  body: Token[];
}

interface Macro {
  name: string;
  min: number;
  max: number;
  greedy: boolean;
  defaults: Token[][];
  body: Line[];
  span: Span;
}

interface Frame {
  lines?: Line[];
  i: number;
  file?: SourceFile;
  pos: number;
  /** A macro expansion: its arguments, unique id and invocation. */
  args?: Token[][];
  localId?: number;
  expansion?: Expansion;
  /** Conditional depth when the frame was entered, to check `%if` balance at its end. */
  condDepth: number;
}

/** The state of one `%if` ... `%endif`. */
interface Cond {
  /** This branch is being assembled. */
  active: boolean;
  /** Some branch was taken already (so `%else` and `%elif` are skipped). */
  done: boolean;
  /** The whole conditional is inside a skipped region. */
  outer: boolean;
  sawElse: boolean;
  tok: Token;
}

export interface PreprocessOptions {
  includeDirs: string[];
  /** `-D NAME[=VALUE]` from the command line. */
  defines: string[];
  /** Keep the list of every line read, for `-l` (see `ListedLine`). */
  listing?: boolean;
  /**
   * The files `%include` has read, by path, shared by the readings of one program: a second
   * reading gets the same files (the same objects, the same text even if a file changed since).
   */
  included?: Map<string, SourceFile>;
}

/**
 * A line of the listing, in the order NASM lists them: every line read from a file (directives,
 * skipped lines and macro definitions included), and every line a macro or `%rep` produced.
 */
export interface ListedLine {
  file: SourceFile;
  start: number;
  end: number;
  /** Include and macro depth: NASM prints `<1>` before a line at depth 1. */
  level: number;
  /** A line produced by an expansion: printed as NASM prints it, one space between words. */
  expanded: boolean;
  /** The index of the parsed line it became, if the parser received it. */
  parsed?: number;
  text?: string;
}

const MAX_DEPTH = 500;

// Character codes `plainLine` looks for.
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const PERCENT = 37;
const QUOTE = 39;
const COLON = 58;
const SEMICOLON = 59;
const BACKSLASH = 92;
const BACKQUOTE = 96;

/** Directives that NASM's standard macro set defines, and how many expansions each use is. */
const STANDARD_MACROS = new Map<string, number>([
  ["bits", 1], ["use16", 1], ["use32", 1], ["section", 1], ["segment", 1], ["global", 1],
  ["extern", 1], ["common", 1], ["cpu", 1], ["default", 1], ["absolute", 1], ["align", 2],
  ["alignb", 2],
]); // prettier-ignore

/** `%if`, `%elif` and their kinds: `%ifdef`, `%ifndef`, `%elifidni`, `%ifnum` ... */
const CONDITION = /^(el)?if(n?)(def|macro|idni|idn|num|str|id)?$/;

interface ConditionTest {
  negate: boolean;
  kind: string;
}

export class Preprocessor {
  private defines = new Map<string, Define>();
  private macros = new Map<string, Macro[]>();
  private frames: Frame[] = [];
  private conds: Cond[] = [];
  /** The number of the next macro expansion, for `%%name` (NASM's count, from 0). */
  private nextLocal = 0;
  /** Every file read, by path (for `%include` and for the listing). */
  readonly files: SourceFile[] = [];
  /** With `listing`: every line, in order. */
  readonly listed: ListedLine[] = [];
  /** The listing entry of the line `next` returned last. */
  current: ListedLine | undefined;

  private readonly sink: DiagnosticSink;
  private readonly opts: PreprocessOptions;

  constructor(sink: DiagnosticSink, opts: PreprocessOptions) {
    this.sink = sink;
    this.opts = opts;
    for (const d of opts.defines) {
      const eq = d.indexOf("=");
      const name = eq < 0 ? d : d.slice(0, eq);
      const file = new SourceFile("<command line>", eq < 0 ? "" : d.slice(eq + 1));
      this.defines.set(name, { params: null, body: eq < 0 ? [] : lexLine(file, 0).tokens });
    }
  }

  /** Starts reading a file. */
  pushFile(file: SourceFile): void {
    this.files.push(file);
    this.frames.push({ file, i: 0, pos: 0, condDepth: this.conds.length });
  }

  /**
   * The next line for the parser, or undefined at the end of the input. While no macro and no
   * `%define` is defined, a line read from a file goes to the parser as it is, and the parser
   * keeps places, not tokens: its tokens are then the lexer's scratch tokens, written over by the
   * next (hot path: no object per token). A directive's tokens are its own (`%define` keeps
   * them, and `%macro` reads lines before it is done with its own).
   */
  next(): Line | undefined {
    for (;;) {
      const scratch = this.macros.size === 0 && this.defines.size === 0;
      const raw = this.rawLine(scratch);
      if (raw === undefined) return undefined;
      const toks = raw.tokens;
      if (toks.length === 0) {
        if (this.skipping()) continue;
        return raw;
      }
      const first = toks[0];
      if (first.kind === T.Directive) {
        if (scratch) raw.tokens = toks.map((t) => ({ ...t }));
        this.directive(raw, raw.tokens[0]);
        continue;
      }
      if (this.skipping()) continue;
      let line = raw;
      if (this.defines.size > 0) {
        const expanded = this.expandDefines(toks, 0);
        if (expanded !== toks) line = { ...raw, tokens: expanded, verbatim: false };
      }
      if (hasExplicitPaste(line.tokens))
        line = { ...line, tokens: pasteExplicit(line.tokens), verbatim: false };
      if (this.macros.size > 0 && this.invokeMacro(line)) continue;
      this.countStandardMacro(line.tokens);
      return line;
    }
  }

  private skipping(): boolean {
    // Length first: reading index -1 of an empty array is a slow property lookup (hot path).
    const n = this.conds.length;
    return n > 0 && !this.conds[n - 1].active;
  }

  /**
   * Finds the next line's text, from its first character that is not blank to its last before a
   * comment, when the preprocessor would hand the line on exactly as written: read from a file
   * (not a macro), no macro or `%define` defined that could change it, not skipped by `%if`,
   * not listed, and no character the lexer reads specially (quotes, `%`, a `\`). Returns false
   * otherwise, or for a blank line; true with the text's place in `plainText`. The assembler
   * knows a line it has seen before by this text, without reading it again (`skipPlainLine`
   * then passes it; hot path: no string is made of the text).
   */
  plainLine(): boolean {
    if (this.macros.size > 0 || this.defines.size > 0 || this.opts.listing || this.skipping())
      return false;
    const f = this.frames[this.frames.length - 1];
    if (f === undefined || f.file === undefined) return false;
    const text = f.file.text;
    const n = text.length;
    let i = f.pos;
    let c = 0;
    while (i < n && ((c = text.charCodeAt(i)) === SPACE || c === TAB)) i++;
    const start = i;
    let end = i;
    // The text's hash (texts.ts), taken as it is read: `hash` is that of the text up to `i`,
    // `endHash` that of the text up to `end`.
    let hash = HASH_START;
    let endHash = hash;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (c === LF || c === SEMICOLON) break;
      if (c === QUOTE || c === DQUOTE || c === BACKQUOTE || c === PERCENT || c === BACKSLASH)
        return false;
      hash = hashStep(hash, c);
      if (c !== SPACE && c !== TAB && c !== CR) {
        end = i + 1;
        endHash = hash;
      }
    }
    // Blank, or a label alone (`loop:`): nothing an instruction seen before could be.
    if (end === start || text.charCodeAt(end - 1) === COLON) return false;
    while (i < n && text.charCodeAt(i) !== LF) i++;
    this.plainLineEnd = i;
    const t = this.plainText;
    t.file = f.file;
    t.text = text;
    t.start = start;
    t.end = end;
    t.hash = endHash;
    return true;
  }

  /** The text `plainLine` found: the file's text, the line's place in it, its hash (reused). */
  readonly plainText: { file: SourceFile; text: string; start: number; end: number; hash: number } =
    { file: new SourceFile("", ""), text: "", start: 0, end: 0, hash: 0 };

  /** Passes the line `plainLine` found. */
  skipPlainLine(): void {
    this.frames[this.frames.length - 1].pos = this.plainLineEnd + 1;
  }

  /** Where the line `plainLine` found ends (its newline, or the end of the text). */
  private plainLineEnd = 0;

  /** The lexer's scratch tokens (see `next`). */
  private readonly scratch: Token[] = [];

  /**
   * The next raw line from the top source, with macro parameters already replaced; with
   * `scratch`, a line from a file is read into the lexer's scratch tokens (see `next`).
   */
  private rawLine(scratch = false): Line | undefined {
    for (;;) {
      const f = this.frames[this.frames.length - 1];
      if (f === undefined) return undefined;
      if (f.file !== undefined) {
        const text = f.file.text;
        if (f.pos > text.length || (f.pos === text.length && text.length > 0)) {
          this.endFrame(f);
          continue;
        }
        const start = f.pos;
        const lexed = lexLine(f.file, start, scratch ? this.scratch : undefined);
        f.pos = lexed.end + 1;
        if (this.opts.listing)
          this.current = this.list({ tokens: [], file: f.file, start, end: lexed.end }, false);
        if (lexed.unterminated >= 0) {
          this.sink.error("missing closing quote", {
            file: f.file,
            start: lexed.unterminated,
            end: lexed.unterminated + 1,
          });
        }
        return { tokens: lexed.tokens, file: f.file, start, end: lexed.end, verbatim: true };
      }
      const lines = f.lines!;
      if (f.i >= lines.length) {
        this.endFrame(f);
        continue;
      }
      const l = lines[f.i++];
      // A line from a macro body or `%rep`: NASM lists every one, directives included.
      if (this.opts.listing) this.current = this.list(l, true);
      // A `%rep` inside a macro takes the macro's arguments as they are now (after `%rotate`).
      const owner = f.args !== undefined ? f : this.macroFrame();
      if (owner === undefined) return l;
      return { ...l, tokens: this.substitute(l.tokens, owner), expansion: owner.expansion };
    }
  }

  private list(l: Line, expanded: boolean): ListedLine {
    const entry: ListedLine = {
      file: l.file,
      start: l.start,
      end: l.end,
      level: this.frames.length - 1,
      expanded,
      text: l.listText,
    };
    this.listed.push(entry);
    return entry;
  }

  /** The innermost macro expansion being read, if any. */
  private macroFrame(): Frame | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--)
      if (this.frames[i].args !== undefined) return this.frames[i];
    return undefined;
  }

  private endFrame(f: Frame): void {
    this.frames.pop();
    if (this.conds.length > f.condDepth) {
      const c = this.conds[this.conds.length - 1];
      this.sink.error("'%if' without '%endif'", span(c.tok));
      this.conds.length = f.condDepth;
    }
  }

  // ---- Directives ----

  private directive(line: Line, d: Token): void {
    const name = d.text;
    const args = line.tokens.slice(1);
    const cond = CONDITION.exec(name);
    if (cond !== null) {
      const test = { negate: cond[2] === "n", kind: cond[3] ?? "" };
      if (cond[1] === undefined) this.pushCond(d, () => this.condition(test, args, d, line));
      else this.elseCond(d, name, test, args, line);
      return;
    }
    switch (name) {
      case "else":
        this.elseCond(d, name, undefined, args, line);
        return;
      case "endif": {
        if (this.conds.length === 0) this.sink.error("'%endif' without '%if'", span(d));
        else this.conds.pop();
        return;
      }
    }
    if (this.skipping()) {
      // Skip whole macro definitions and %rep bodies inside false branches, so that their
      // %endmacro does not end anything else.
      if (name === "macro" || name === "imacro")
        this.collectBody(d, "endmacro", ["macro", "imacro"]);
      return;
    }
    switch (name) {
      case "define":
      case "xdefine":
      case "idefine":
      case "xidefine":
        this.define(d, args, name.startsWith("x"));
        return;
      case "undef": {
        const n = args[0];
        if (n === undefined || n.kind !== T.Ident)
          this.sink.error("'%undef' needs a macro name", span(d));
        else this.defines.delete(n.text);
        return;
      }
      case "assign":
      case "iassign": {
        const n = args[0];
        if (n === undefined || n.kind !== T.Ident) {
          this.sink.error("'%assign' needs a macro name", span(d));
          return;
        }
        const v = this.constant(args.slice(1), d);
        if (v === undefined) return;
        const f = new SourceFile(n.file.name, String(v));
        const tok: Token = { ...lexLine(f, 0).tokens[0], file: n.file, start: n.start, end: n.end };
        this.defines.set(n.text, { params: null, body: [tok] });
        return;
      }
      case "include":
        this.include(args, d);
        return;
      case "rotate":
        this.rotate(args, d);
        return;
      case "macro":
      case "imacro":
        this.defineMacro(d, args);
        return;
      case "endmacro":
      case "endm":
        this.sink.error("'%endmacro' without '%macro'", span(d));
        return;
      case "rep": {
        const count = this.constant(args, d);
        const body = this.collectBody(d, "endrep", ["rep"]);
        if (count === undefined) return;
        if (count < 0) {
          this.sink.error(`'%rep' count is negative (${count})`, span(d));
          return;
        }
        const lines: Line[] = [];
        for (let k = 0; k < count; k++) lines.push(...body);
        this.frames.push({ lines, i: 0, pos: 0, condDepth: this.conds.length });
        return;
      }
      case "endrep":
        this.sink.error("'%endrep' without '%rep'", span(d));
        return;
      case "error":
      case "fatal":
      case "warning": {
        const text = args.map((t) => (t.kind === T.String ? t.text : sourceText(t))).join(" ");
        if (name === "warning") this.sink.warning(text, span(d));
        else this.sink.error(text, span(d), this.expansionNotes(line.expansion));
        return;
      }
    }
    this.sink.error(`unknown preprocessor directive '%${name}'`, span(d));
  }

  private pushCond(tok: Token, test: () => boolean): void {
    const outer = this.skipping();
    const active = !outer && test();
    this.conds.push({ active, done: active, outer, sawElse: false, tok });
  }

  private elseCond(
    d: Token,
    name: string,
    test: ConditionTest | undefined,
    args: Token[],
    line: Line,
  ): void {
    const c = this.conds[this.conds.length - 1];
    if (c === undefined) {
      this.sink.error(`'%${name}' without '%if'`, span(d));
      return;
    }
    if (c.sawElse) {
      this.sink.error(`'%${name}' after '%else'`, span(d));
      return;
    }
    if (name === "else") c.sawElse = true;
    if (c.outer || c.done) {
      c.active = false;
      return;
    }
    c.active = test === undefined ? true : this.condition(test, args, d, line);
    c.done = c.active;
  }

  // condition = expr | ("def" | "macro") name | ("idn" | "idni") tokens "," tokens
  //           | ("num" | "str" | "id") tokens
  private condition(test: ConditionTest, args: Token[], d: Token, line: Line): boolean {
    const r = this.conditionTrue(test.kind, args, d, line);
    return test.negate ? !r : r;
  }

  private conditionTrue(kind: string, args: Token[], d: Token, line: Line): boolean {
    if (kind === "def" || kind === "macro") {
      const n = args[0];
      if (n === undefined || n.kind !== T.Ident) {
        this.sink.error(`'%${d.text}' needs a name`, span(d));
        return false;
      }
      return kind === "macro" ? this.macros.has(n.text) : this.defines.has(n.text);
    }
    if (kind === "idn" || kind === "idni") {
      const toks = this.expandDefines(args, 0);
      const comma = toks.findIndex((t) => t.kind === T.Punct && t.text === ",");
      if (comma < 0) {
        this.sink.error(`'%${d.text}' compares two texts separated by a comma`, span(d));
        return false;
      }
      const text = (ts: Token[]) => ts.map((t) => t.file.text.slice(t.start, t.end)).join(" ");
      const a = text(toks.slice(0, comma));
      const b = text(toks.slice(comma + 1));
      return kind === "idn" ? a === b : a.toLowerCase() === b.toLowerCase();
    }
    if (kind === "num" || kind === "str" || kind === "id") {
      const toks = this.expandDefines(args, 0);
      const want = kind === "num" ? T.Number : kind === "str" ? T.String : T.Ident;
      return toks.length === 1 && toks[0].kind === want;
    }
    const v = this.constant(this.expandDefines(args, 0), d, line);
    return v !== undefined && v !== 0;
  }

  /** `%rotate N`: the innermost macro's arguments turn N places to the left (right if negative). */
  private rotate(args: Token[], d: Token): void {
    const n = this.constant(args, d);
    if (n === undefined) return;
    const frame = this.macroFrame();
    if (frame === undefined) {
      this.sink.error("'%rotate' outside a macro", span(d));
      return;
    }
    const list = frame.args!;
    if (list.length === 0) return;
    const k = ((n % list.length) + list.length) % list.length;
    frame.args = [...list.slice(k), ...list.slice(0, k)];
  }

  /** A constant expression of the preprocessor (`%if`, `%assign`, `%rep`). */
  private constant(toks: Token[], d: Token, line?: Line): number | undefined {
    const expanded = this.expandDefines(toks, 0);
    if (expanded.length === 0) {
      this.sink.error(`'%${d.text}' needs an expression`, span(d));
      return undefined;
    }
    const c = new Cursor(expanded, expanded[expanded.length - 1]);
    const scope: Scope = {
      symbol: () => undefined,
      here: () => notConstant(d),
      sectionStart: () => notConstant(d),
      final: true,
    };
    try {
      const e = parseExpr(c, (n) => n);
      if (!c.atEnd()) throw new AsmError(`unexpected '${c.peek()!.text}'`, c.peek()!);
      const v = evaluate(e, scope);
      if (v.base !== null || v.regs !== null) throw new AsmError("not a constant", d);
      return v.n;
    } catch (e) {
      if (!(e instanceof AsmError)) throw e;
      const msg = e.message.replace(/^symbol '(.*)' is not defined$/, "'$1' is not a constant");
      this.sink.error(msg, span(e.tok), this.expansionNotes(line?.expansion));
      return undefined;
    }
  }

  // define = "%define" name ("(" param ("," param)* ")")? body
  private define(d: Token, args: Token[], expandNow: boolean): void {
    const n = args[0];
    if (n === undefined || n.kind !== T.Ident) {
      this.sink.error(`'%${d.text}' needs a macro name`, span(d));
      return;
    }
    let i = 1;
    let params: string[] | null = null;
    const open = args[1];
    if (open !== undefined && open.kind === T.Punct && open.text === "(" && !open.space) {
      params = [];
      i = 2;
      while (i < args.length && !(args[i].kind === T.Punct && args[i].text === ")")) {
        if (args[i].kind === T.Ident) params.push(args[i].text);
        i++;
      }
      i++;
    }
    let body = args.slice(i);
    if (expandNow) body = this.expandDefines(body, 0);
    this.defines.set(n.text, { params, body });
  }

  private include(args: Token[], d: Token): void {
    const t = args[0];
    if (t === undefined || t.kind !== T.String) {
      this.sink.error("'%include' expects a file name in quotes", span(d));
      return;
    }
    if (this.frames.length > MAX_DEPTH) {
      this.sink.error("includes nested too deeply", span(t));
      return;
    }
    const name = t.text;
    const dirs = [dirname(t.file.name), ".", ...this.opts.includeDirs];
    for (const dir of isAbsolute(name) ? [""] : dirs) {
      const path = dir === "" ? name : join(dir, name);
      let file = this.opts.included?.get(path);
      if (file === undefined) {
        let text: string;
        try {
          text = readFileSync(path, "utf8");
        } catch {
          continue;
        }
        file = new SourceFile(path, text);
        this.opts.included?.set(path, file);
      }
      this.pushFile(file);
      return;
    }
    this.sink.error(
      `unable to open include file '${name}' (searched: ${dirs.join(", ")})`,
      span(t),
    );
  }

  // macro = "%macro" name count ("-" (count | "*"))? "+"? default* NL line* "%endmacro"
  private defineMacro(d: Token, args: Token[]): void {
    const body = this.collectBody(d, "endmacro", ["macro", "imacro"]);
    const n = args[0];
    if (n === undefined || n.kind !== T.Ident) {
      this.sink.error("'%macro' needs a name", span(d));
      return;
    }
    const c = args[1];
    if (c === undefined || c.kind !== T.Number) {
      this.sink.error(`'%macro ${n.text}' needs its number of parameters`, span(n));
      return;
    }
    let i = 2;
    const min = c.value;
    let max = min;
    let greedy = false;
    if (args[i]?.kind === T.Punct && args[i].text === "-") {
      const m = args[i + 1];
      if (m?.kind === T.Punct && m.text === "*") max = Infinity;
      else if (m?.kind === T.Number) max = m.value;
      else this.sink.error("'-' must be followed by a count or '*'", span(args[i]));
      i += 2;
    }
    if (args[i]?.kind === T.Punct && args[i].text === "+") {
      greedy = true;
      i++;
    }
    if (args[i]?.kind === T.Ident && args[i].text.toLowerCase() === ".nolist") i++;
    const defaults = splitArgs(args.slice(i));
    const macro: Macro = { name: n.text, min, max, greedy, defaults, body, span: span(n) };
    const list = this.macros.get(n.text) ?? [];
    this.macros.set(
      n.text,
      list.filter((m) => m.min !== min || m.max !== max),
    );
    this.macros.get(n.text)!.push(macro);
  }

  /** Reads raw lines up to the matching end directive (nested pairs counted). */
  private collectBody(d: Token, end: string, begins: string[]): Line[] {
    const body: Line[] = [];
    let depth = 0;
    for (;;) {
      const l = this.rawLineNoSubst();
      if (l === undefined) {
        this.sink.error(`'%${d.text}' without '%${end}'`, span(d));
        return body;
      }
      const first = l.tokens[0];
      if (first !== undefined && first.kind === T.Directive) {
        if (begins.includes(first.text)) depth++;
        else if (first.text === end || (end === "endmacro" && first.text === "endm")) {
          if (depth === 0) return body;
          depth--;
        }
      }
      body.push(l);
    }
  }

  /** Like `rawLine`, but a macro body being defined inside a macro keeps its `%1`. */
  private rawLineNoSubst(): Line | undefined {
    const f = this.frames[this.frames.length - 1];
    if (f === undefined) return undefined;
    if (f.file !== undefined || f.args === undefined) return this.rawLine();
    if (f.i >= f.lines!.length) return this.rawLine();
    const l = f.lines![f.i++];
    if (this.opts.listing) this.current = this.list(l, true);
    return l;
  }

  // ---- Expansion ----

  /** Replaces single-line macros in `toks` (names being expanded are not expanded again). */
  private expandDefines(toks: Token[], depth: number, hidden?: Set<string>): Token[] {
    if (this.defines.size === 0) return toks;
    let out: Token[] | undefined;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const def = t.kind === T.Ident ? this.defines.get(t.text) : undefined;
      if (def === undefined || hidden?.has(t.text) || depth > MAX_DEPTH) {
        if (out !== undefined) out.push(t);
        continue;
      }
      let body = def.body;
      let consumed = i;
      if (def.params !== null) {
        const open = toks[i + 1];
        if (open === undefined || open.kind !== T.Punct || open.text !== "(") {
          if (out !== undefined) out.push(t);
          continue;
        }
        const { args, end } = parenArgs(toks, i + 1);
        consumed = end;
        const map = new Map<string, Token[]>();
        def.params.forEach((p, k) => map.set(p, args[k] ?? []));
        body = body.flatMap((b) =>
          b.kind === T.Ident && map.has(b.text) ? map.get(b.text)! : [b],
        );
      }
      out ??= toks.slice(0, i);
      const h = new Set(hidden);
      h.add(t.text);
      const expanded = this.expandDefines(body, depth + 1, h);
      // The expansion stands where the name was written.
      for (const b of expanded)
        out.push({ ...b, file: t.file, start: t.start, end: toks[consumed].end, space: b.space });
      if (expanded.length > 0) out[out.length - expanded.length].space = t.space;
      i = consumed;
    }
    return out ?? toks;
  }

  /** Expands a multi-line macro if the line invokes one; says whether it did. */
  private invokeMacro(line: Line): boolean {
    const toks = line.tokens;
    let at = 0;
    if (
      toks.length >= 2 &&
      toks[0].kind === T.Ident &&
      toks[1].kind === T.Punct &&
      toks[1].text === ":"
    )
      at = 2;
    const nameTok = toks[at];
    if (nameTok === undefined || nameTok.kind !== T.Ident) return false;
    const candidates = this.macros.get(nameTok.text);
    if (candidates === undefined) return false;
    let args = splitArgs(toks.slice(at + 1));
    const macro =
      candidates.find((m) => args.length >= m.min && args.length <= m.max) ??
      candidates.find((m) => m.greedy && args.length > m.max);
    if (macro === undefined) {
      const counts = candidates.map((m) =>
        m.max === m.min
          ? String(m.min)
          : m.max === Infinity
            ? `${m.min} or more`
            : `${m.min} to ${m.max}`,
      );
      this.sink.error(
        `macro '${nameTok.text}' takes ${counts.join(" or ")} parameters, not ${args.length}`,
        span(nameTok),
        [note(`'${nameTok.text}' is defined here`, candidates[0].span)],
      );
      return true;
    }
    if (args.length > macro.max) {
      // Greedy: the last parameter takes the rest of the line, commas included.
      const keep = args.slice(0, macro.max - 1);
      const restStart = toks.indexOf(args[macro.max - 1][0]);
      keep.push(toks.slice(restStart));
      args = keep;
    }
    for (let k = args.length; k < macro.max && k - macro.min < macro.defaults.length; k++)
      args.push(macro.defaults[k - macro.min]);
    if (this.frames.length > MAX_DEPTH) {
      this.sink.error(`macro '${macro.name}' expands too deeply (recursion?)`, span(nameTok));
      return true;
    }
    const expansion: Expansion = {
      macro: macro.name,
      call: { file: nameTok.file, start: nameTok.start, end: toks[toks.length - 1].end },
      parent: line.expansion,
    };
    const lines = macro.body.slice();
    if (at === 2) {
      // `label: macro args` defines the label before the expansion.
      const text = toks[0].file.text.slice(toks[0].start, toks[1].end) + " ";
      lines.unshift({ ...line, tokens: toks.slice(0, 2), listText: text });
    }
    this.frames.push({
      lines,
      i: 0,
      pos: 0,
      args,
      localId: this.nextLocal++,
      expansion,
      condDepth: this.conds.length,
    });
    return true;
  }

  /** `%1`, `%0`, `%%name` in a line of a macro body, then pasting of touching tokens. */
  private substitute(toks: Token[], f: Frame): Token[] {
    let changed = false;
    const out: Token[] = [];
    const pasteable: boolean[] = [];
    for (const t of toks) {
      if (t.kind === T.MacroParam) {
        changed = true;
        if (t.value === 0) {
          out.push({ ...t, kind: T.Number, text: String(f.args!.length), value: f.args!.length });
          pasteable.push(true);
        } else {
          const arg = f.args![t.value - 1] ?? [];
          arg.forEach((a, k) => {
            out.push(k === 0 ? { ...a, space: t.space } : a);
            pasteable.push(true);
          });
        }
      } else if (t.kind === T.MacroLocal) {
        changed = true;
        out.push({ ...t, kind: T.Ident, text: `..@${f.localId}.${t.text}` });
        pasteable.push(true);
      } else {
        out.push(t);
        pasteable.push(false);
      }
    }
    if (!changed) return toks;
    // Paste words that touch where a replacement was made: `isr%1` -> `isr13`.
    const pasted: Token[] = [];
    for (let k = 0; k < out.length; k++) {
      const t = out[k];
      const prev = pasted[pasted.length - 1];
      if (
        prev !== undefined &&
        !t.space &&
        (pasteable[k] || pasteable[k - 1]) &&
        isWord(prev) &&
        isWord(t)
      ) {
        pasted[pasted.length - 1] = paste(prev, t);
        continue;
      }
      pasted.push(t);
    }
    return pasted;
  }

  /**
   * NASM implements some directives as macros of its standard set (`section`, `global`, `bits`
   * ...; `align` as two), and each of their uses takes a number from the same count as `%%name`
   * labels. Counting them here gives the labels NASM's names (`..@3.skip`), so objects agree.
   */
  private countStandardMacro(toks: Token[]): void {
    let t = toks[0];
    if (t === undefined || t.kind !== T.Ident) return;
    if (toks[1]?.kind === T.Punct && toks[1].text === ":") t = toks[2];
    if (t === undefined || t.kind !== T.Ident) return;
    const n = STANDARD_MACROS.get(keywordOf(t.text).lower);
    if (n !== undefined) this.nextLocal += n;
  }

  /** "in macro 'X' invoked here" notes for a line from an expansion. */
  expansionNotes(e: Expansion | undefined): Diagnostic[] {
    const notes: Diagnostic[] = [];
    for (let x = e; x !== undefined; x = x.parent)
      notes.push(note(`in macro '${x.macro}' invoked here`, x.call));
    return notes;
  }
}

/** Two tokens made one: a number if the first is a number (`1` `0h`), else an identifier. */
function paste(a: Token, b: Token): Token {
  const text = a.text + b.text;
  const isNum = a.kind === T.Number;
  return {
    ...a,
    kind: isNum ? T.Number : T.Ident,
    text,
    value: isNum ? parseNumber(text) : 0,
    end: Math.max(a.end, b.end),
  };
}

function hasExplicitPaste(toks: Token[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === T.Punct && t.text === "%+") return true;
  }
  return false;
}

/** `a %+ b` -> `ab`. */
function pasteExplicit(toks: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = out[out.length - 1];
    const next = toks[i + 1];
    if (t.kind === T.Punct && t.text === "%+" && prev !== undefined && next !== undefined) {
      out[out.length - 1] = paste(prev, next);
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

function isWord(t: Token): boolean {
  return t.kind === T.Ident || t.kind === T.Number;
}

function notConstant(d: Token): Value {
  throw new AsmError(`'$' cannot be used in '%${d.text}'`, d);
}

/** Splits macro arguments at top-level commas; `{...}` groups an argument that has commas. */
function splitArgs(toks: Token[]): Token[][] {
  if (toks.length === 0) return [];
  const args: Token[][] = [[]];
  let depth = 0;
  for (const t of toks) {
    if (t.kind === T.Punct && t.text === "{") {
      if (depth++ === 0) continue;
    } else if (t.kind === T.Punct && t.text === "}") {
      if (--depth === 0) continue;
    } else if (depth === 0 && t.kind === T.Punct && t.text === ",") {
      args.push([]);
      continue;
    }
    args[args.length - 1].push(t);
  }
  return args;
}

/** The arguments of `f(a, b)` from the `(` at `open`; `end` is the index of the `)`. */
function parenArgs(toks: Token[], open: number): { args: Token[][]; end: number } {
  const args: Token[][] = [[]];
  let depth = 0;
  for (let i = open; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === T.Punct && t.text === "(") {
      if (depth++ === 0) continue;
    } else if (t.kind === T.Punct && t.text === ")") {
      if (--depth === 0) return { args, end: i };
    } else if (depth === 1 && t.kind === T.Punct && t.text === ",") {
      args.push([]);
      continue;
    }
    args[args.length - 1].push(t);
  }
  return { args, end: toks.length - 1 };
}

export function span(t: Place): Span {
  return { file: t.file, start: t.start, end: t.end };
}

function sourceText(t: Token): string {
  return t.file.text.slice(t.start, t.end);
}
