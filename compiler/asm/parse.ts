// The assembler's parser: one preprocessed line to a label and a statement.
//
// NASM's line is `label: instruction operands ; comment`, every part optional. The parser reads
// it once, before any pass: expressions become trees (expr.ts) that each pass evaluates again,
// local labels (`.loop`) get the name of the label they belong to (`main.loop`), and operands are
// classified into registers, immediates, far pointers and memory references. Nothing here knows
// an address; that is assemble.ts's job.
//
// line      = label? statement?
// label     = identifier ":" | identifier          (the second only before a directive or alone)
// statement = "times" expr statement | prefix* mnemonic (operand ("," operand)*)?
//           | ("db"|"dw"|"dd"|"dq") item ("," item)* | ("resb"|"resw"|"resd"|"resq") expr
//           | "equ" expr | directive | "[" directive "]"
// operand   = size* ( "[" size? (segreg ":")? expr "]" | register | expr (":" expr)? )
// size      = "byte" | "word" | "dword" | "short" | "near" | "far" | "strict"
import { type DiagnosticSink, SourceFile } from "../diag.ts";
import type { Prefix } from "../../x86/encode.ts";
import type { Register, SegReg, Size } from "../../x86/isa.ts";
import { Cursor, AsmError, parseExpr, type Expr, type NameResolver } from "./expr.ts";
import { place, type Place, T, type Token } from "./lex.ts";
import { type Expansion, span, type Line, type Preprocessor } from "./macro.ts";
import { type Keyword, keywordOf } from "./words.ts";
import type { Encoding } from "./assemble.ts";

/**
 * An operand, which is also its place: the token it starts at (a size keyword, the `[` of a
 * memory reference). Instructions, their operands and labels are most of what the passes keep
 * of a program, so each is its own place rather than holding one (one object less each).
 */
export type Operand = (
  | { k: "reg"; reg: Register }
  | {
      k: "imm";
      expr: Expr;
      size?: Size;
      strict: boolean;
      distance?: "short" | "near";
      far: boolean;
    }
  | { k: "far"; seg: Expr; off: Expr; size?: 16 | 32 }
  | {
      k: "mem";
      expr: Expr | null;
      seg?: SegReg;
      size?: Size;
      far: boolean;
      dispSize?: 8 | 16 | 32;
    }
) &
  Place;

export type DataItem = { k: "string"; text: string; tok: Place } | { k: "expr"; expr: Expr };

/** An instruction statement; it is its own place (its mnemonic's token, see `Operand`). */
export interface InstructionStatement extends Place {
  k: "insn";
  mnemonic: string;
  prefixes: Prefix[];
  operands: Operand[];
  /** Relaxation state, kept across passes: this jump needed its near form last time. */
  near: boolean;
  /** No operand mentions a symbol, `$` or `$$`: the bytes are the same on every pass. */
  constant: boolean;
  /**
   * A constant instruction, once encoded: where its bytes are in the assembler's store of
   * them (`cachedAt`, `cachedLength`), and the `bits` they were for.
   */
  cachedAt?: number;
  cachedLength?: number;
  cachedBits?: number;
  /** Warnings that go with `cached` (rare; absent when none). */
  cachedWarnings?: string[];
  /** An instruction that names a symbol: its last encoding, to refill on later passes. */
  encoding?: Encoding;
}

export type Statement =
  | InstructionStatement
  | { k: "data"; unit: 1 | 2 | 4 | 8; items: DataItem[]; tok: Place }
  | { k: "res"; unit: 1 | 2 | 4 | 8; count: Expr; tok: Place }
  | { k: "times"; count: Expr; body: Statement; tok: Place }
  | { k: "equ"; name: string; expr: Expr; tok: Place }
  | {
      k: "section";
      name: string;
      align?: number;
      nobits?: boolean;
      /** `alloc`/`noalloc`, `exec`/`noexec`, `write`/`nowrite`, when given. */
      flags: { alloc?: boolean; exec?: boolean; write?: boolean };
      /** Any attribute at all (NASM then starts from alignment 1). */
      attributes: boolean;
      tok: Place;
    }
  | { k: "bits"; bits: 16 | 32; tok: Place }
  | { k: "org"; expr: Expr; tok: Place }
  | { k: "global" | "extern"; names: { name: string; tok: Place }[]; tok: Place }
  | { k: "align"; boundary: Expr; fill: Statement | null; b: boolean; tok: Place }
  | { k: "incbin"; path: string; skip?: Expr; length?: Expr; tok: Place }
  /** `cpu` and `default`: accepted and ignored (we assemble for the 386+, absolute addressing). */
  | { k: "ignored"; tok: Place }
  /** `absolute ADDR`: labels that follow are plain numbers from ADDR on (no bytes). */
  | { k: "absolute"; expr: Expr; tok: Place }
  /** `struc NAME` ... `endstruc`: a structure's field offsets, and `NAME_size`. */
  | { k: "struc"; name: string; tok: Place }
  | { k: "endstruc"; tok: Place }
  /** `istruc NAME`, `at FIELD, data`, `iend`: an instance, fields placed at their offsets. */
  | { k: "istruc"; name: string; tok: Place }
  | { k: "at"; field: Expr; body: Statement | null; tok: Place }
  | { k: "iend"; tok: Place };

/** A label defined on a line; `slot`, the assembler's symbol, once it has made it. */
export interface Label extends Place {
  name: string;
  slot: object | undefined;
}

export interface ParsedLine {
  /** The file the line is in, and the macro invocation it came from (its tokens are dropped
   * once parsed: the passes need only the tree). */
  file: SourceFile;
  expansion: Expansion | undefined;
  /** The end of the line's last token (errors about a statement underline up to it). */
  end: number;
  /** The line's tokens are its text as written (see `Line`). */
  verbatim: boolean;
  label: Label | undefined;
  stmt: Statement | undefined;
}

const NO_OPERANDS: Operand[] = [];

/** A token for the cursor before its first line. */
const NO_TOKEN: Token = {
  kind: T.Bad,
  text: "",
  value: 0,
  file: new SourceFile("", ""),
  start: 0,
  end: 0,
  space: false,
};
const NO_PREFIXES: Prefix[] = [];

/** Parses every line the preprocessor gives; errors go to the sink and the line is dropped. */
export class Parser {
  /** The last non-local label: the owner of `.local` labels. */
  private owner = "";
  readonly resolve: NameResolver = (name) => {
    if (name.startsWith("..")) return name;
    if (name.startsWith(".")) return this.owner + name;
    return name;
  };

  private readonly sink: DiagnosticSink;
  private readonly pp: Preprocessor;

  constructor(sink: DiagnosticSink, pp: Preprocessor) {
    this.sink = sink;
    this.pp = pp;
  }

  /** The next line the preprocessor gives, parsed; undefined at the end of the input. */
  next(): ParsedLine | undefined {
    const line = this.pp.next();
    if (line === undefined) return undefined;
    if (this.pp.current !== undefined) this.pp.current.parsed = this.count;
    this.count++;
    return this.parseLine(line);
  }

  /** The preprocessor's `plainLine`: whether the next line is plain text (then `pp.plainText`). */
  plainLine(): boolean {
    return this.pp.plainLine();
  }

  /** Passes that line: the assembler knew it by its text (it counts as a line all the same). */
  skipPlainLine(): void {
    this.pp.skipPlainLine();
    this.count++;
  }

  /** Lines parsed so far (the listing's index of each). */
  private count = 0;

  /** The cursor each line is parsed with (one for all: nothing keeps it). */
  private readonly cursor = new Cursor([], NO_TOKEN);

  parseLine(line: Line): ParsedLine {
    const toks = line.tokens;
    const last = toks[toks.length - 1];
    const result: ParsedLine = {
      file: line.file,
      expansion: line.expansion,
      end: last !== undefined && last.file === line.file ? last.end : line.end,
      verbatim: line.verbatim === true && line.expansion === undefined,
      label: undefined,
      stmt: undefined,
    };
    if (toks.length === 0) return result;
    const c = this.cursor;
    c.reset(toks, toks[toks.length - 1]);
    try {
      this.label(c, result, line);
      if (!c.atEnd()) {
        result.stmt = this.statement(c, result);
        if (!c.atEnd()) {
          const t = c.peek()!;
          throw new AsmError(`unexpected '${t.text}' after the ${describe(result.stmt)}`, t);
        }
      }
    } catch (e) {
      if (!(e instanceof AsmError)) throw e;
      this.sink.error(e.message, span(e.tok), this.pp.expansionNotes(line.expansion));
      result.stmt = undefined;
    }
    return result;
  }

  private label(c: Cursor, out: ParsedLine, line: Line): void {
    const t = c.peek()!;
    if (t.kind !== T.Ident) return;
    const second = c.toks[1];
    const colon = second !== undefined && second.kind === T.Punct && second.text === ":";
    const word = keywordOf(t.text);
    const isReg = word.register !== undefined && t.file.text[t.start] !== "$";
    const next =
      second !== undefined && second.kind === T.Ident ? keywordOf(second.text) : undefined;
    const equ = next !== undefined && next.lower === "equ";
    if (!colon && !equ) {
      if (word.statement || isReg) return;
      if (second !== undefined && !(next !== undefined && next.statement)) {
        if (second.kind === T.Ident || second.kind === T.Number || second.kind === T.Punct)
          throw new AsmError(`unknown mnemonic '${t.text}'`, t);
      }
    } else if (isReg) throw new AsmError(`'${t.text}' is a register and cannot be a label`, t);
    if (second === undefined && !colon)
      this.sink.warning(
        `label '${t.text}' alone on a line without a colon might be in error (or an instruction this assembler does not know)`,
        span(t),
        "label-orphan",
        this.pp.expansionNotes(line.expansion),
      );
    const name = this.resolve(t.text);
    if (!t.text.startsWith(".") && !t.text.startsWith("..@")) this.owner = t.text;
    out.label = { name, slot: undefined, file: t.file, start: t.start, end: t.end };
    c.i += colon ? 2 : 1;
  }

  private statement(c: Cursor, out: ParsedLine): Statement {
    const t = c.next();
    if (t.kind === T.Punct && t.text === "[") {
      // A primitive directive in brackets: `[bits 32]`, `[org 0x7c00]`, `[section .text]`.
      const inner = c.next();
      if (inner.kind !== T.Ident || !keywordOf(inner.text).directive)
        throw new AsmError("a directive is expected inside '[ ]'", inner);
      const stmt = this.directive(c, inner, out);
      c.expect("]");
      return stmt;
    }
    if (t.kind !== T.Ident)
      throw new AsmError(`instruction or directive expected, not '${t.text}'`, t);
    const word = keywordOf(t.text);
    if (word.data !== undefined) return this.data(c, t, word.data);
    if (word.reserve !== undefined)
      return { k: "res", unit: word.reserve, count: this.expr(c), tok: place(t) };
    if (word.lower === "times") {
      const count = this.expr(c);
      if (c.atEnd()) throw new AsmError("'times' needs a statement to repeat", t);
      const body = this.statement(c, out);
      return { k: "times", count, body, tok: place(t) };
    }
    if (word.directive) return this.directive(c, t, out);
    return this.instruction(c, t, word);
  }

  private directive(c: Cursor, t: Token, out: ParsedLine): Statement {
    const word = t.text.toLowerCase();
    switch (word) {
      case "equ": {
        if (out.label === undefined) throw new AsmError("'equ' needs a label before it", t);
        return { k: "equ", name: out.label.name, expr: this.expr(c), tok: place(out.label) };
      }
      case "bits": {
        const n = c.next();
        if (n.kind !== T.Number || (n.value !== 16 && n.value !== 32))
          throw new AsmError("'bits' must be 16 or 32", n);
        return { k: "bits", bits: n.value as 16 | 32, tok: place(t) };
      }
      case "use16":
      case "use32":
        return { k: "bits", bits: word === "use16" ? 16 : 32, tok: place(t) };
      case "org":
        return { k: "org", expr: this.expr(c), tok: place(t) };
      case "section":
      case "segment":
        return this.section(c);
      case "global":
      case "extern": {
        const names: { name: string; tok: Place }[] = [];
        do {
          const n = c.next();
          if (n.kind !== T.Ident) throw new AsmError(`'${word}' needs symbol names`, n);
          names.push({ name: this.resolve(n.text), tok: place(n) });
          // `global main:function` -- the type after a colon is accepted and ignored.
          if (c.eat(":")) c.next();
        } while (c.eat(","));
        return { k: word, names, tok: place(t) };
      }
      case "align":
      case "alignb": {
        const boundary = this.expr(c);
        let fill: Statement | null = null;
        if (c.eat(",")) fill = this.statement(c, out);
        return { k: "align", boundary, fill, b: word === "alignb", tok: place(t) };
      }
      case "incbin": {
        const f = c.next();
        if (f.kind !== T.String) throw new AsmError("'incbin' needs a file name in quotes", f);
        const stmt: Statement = { k: "incbin", path: f.text, tok: place(f) };
        if (c.eat(",")) stmt.skip = this.expr(c);
        if (c.eat(",")) stmt.length = this.expr(c);
        return stmt;
      }
      case "absolute":
        return { k: "absolute", expr: this.expr(c), tok: place(t) };
      case "struc":
      case "istruc": {
        const n = c.next();
        if (n.kind !== T.Ident) throw new AsmError(`'${word}' needs a structure name`, n);
        if (word === "struc") this.owner = n.text;
        return { k: word, name: n.text, tok: place(t) };
      }
      case "endstruc":
      case "iend":
        return { k: word, tok: place(t) };
      case "at": {
        const field = this.expr(c);
        const body = c.eat(",") ? this.statement(c, out) : null;
        return { k: "at", field, body, tok: place(t) };
      }
      case "cpu":
      case "default":
        while (!c.atEnd() && !c.isPunct("]")) c.next();
        return { k: "ignored", tok: place(t) };
    }
    throw new AsmError(`the '${word}' directive is not supported`, t);
  }

  // section = ("section" | "segment") name attribute*
  // attribute = "align" "=" number | "progbits" | "nobits" | ("exec"|"noexec"|"write"|"nowrite"|"alloc"|"noalloc")
  private section(c: Cursor): Statement {
    const n = c.next();
    if (n.kind !== T.Ident) throw new AsmError("'section' needs a name", n);
    // A section name runs to the next blank (`.note.GNU-stack` is one name).
    const text = n.file.text;
    let end = n.start;
    while (end < text.length && !" \t\r\n;]".includes(text[end])) end++;
    while (!c.atEnd() && c.peek()!.start < end) c.i++;
    const stmt: Statement & { k: "section" } = {
      k: "section",
      name: text.slice(n.start, end),
      flags: {},
      attributes: false,
      tok: place(n),
    };
    while (!c.atEnd() && !c.isPunct("]")) {
      const a = c.next();
      const w = a.text.toLowerCase();
      stmt.attributes = true;
      if (w === "align") {
        c.expect("=");
        const v = c.next();
        if (v.kind !== T.Number || v.value <= 0 || (v.value & (v.value - 1)) !== 0)
          throw new AsmError("section alignment must be a power of two", v);
        stmt.align = v.value;
      } else if (w === "nobits") stmt.nobits = true;
      else if (w === "progbits") stmt.nobits = false;
      else if (w === "alloc" || w === "exec" || w === "write") stmt.flags[w] = true;
      else if (w === "noalloc" || w === "noexec" || w === "nowrite")
        stmt.flags[w.slice(2) as "alloc" | "exec" | "write"] = false;
      else throw new AsmError(`unknown section attribute '${a.text}'`, a);
    }
    return stmt;
  }

  private data(c: Cursor, t: Token, unit: 1 | 2 | 4 | 8): Statement {
    const items: DataItem[] = [];
    do {
      const s = c.peek();
      const after = c.toks[c.i + 1];
      if (
        s !== undefined &&
        s.kind === T.String &&
        (after === undefined || (after.kind === T.Punct && after.text === ","))
      ) {
        c.i++;
        items.push({ k: "string", text: s.text, tok: place(s) });
      } else {
        items.push({ k: "expr", expr: this.expr(c) });
      }
    } while (c.eat(","));
    return { k: "data", unit, items, tok: place(t) };
  }

  private instruction(c: Cursor, first: Token, firstWord: Keyword): Statement {
    let prefixes: Prefix[] = NO_PREFIXES;
    let t = first;
    let word = firstWord;
    // No mnemonic is also a prefix: the common line, a mnemonic first, skips the prefix loop.
    let mnemonic = word.mnemonic;
    while (
      mnemonic === undefined &&
      word.prefix !== undefined &&
      !c.atEnd() &&
      c.peek()!.kind === T.Ident
    ) {
      if (prefixes === NO_PREFIXES) prefixes = [];
      prefixes.push(word.prefix);
      t = c.next();
      word = keywordOf(t.text);
      mnemonic = word.mnemonic;
    }
    if (mnemonic === undefined && word.prefix !== undefined && c.atEnd()) {
      // A prefix alone on a line (`rep` before a macro, `lock`): nasm emits the byte.
      return instruction("", [word.prefix], [], t, false);
    }
    if (mnemonic === undefined) throw new AsmError(`unknown mnemonic '${t.text}'`, t);
    let operands: Operand[] = NO_OPERANDS;
    if (!c.atEnd()) {
      // Built at their exact length: a pushed-to array keeps room for 16 (memory: hot path).
      const first = this.operand(c);
      if (!c.eat(",")) operands = [first];
      else {
        const second = this.operand(c);
        if (!c.eat(",")) operands = [first, second];
        else {
          operands = [first, second];
          do operands.push(this.operand(c));
          while (c.eat(","));
        }
      }
    }
    const constant = operands.every((o) =>
      o.k === "reg"
        ? true
        : o.k === "far"
          ? isConstant(o.seg) && isConstant(o.off)
          : o.expr === null || isConstant(o.expr),
    );
    return instruction(mnemonic, prefixes, operands, t, constant);
  }

  private operand(c: Cursor): Operand {
    const first = c.peek() ?? c.lineEnd;
    let size: Size | undefined;
    let strict = false;
    let distance: "short" | "near" | undefined;
    let far = false;
    for (;;) {
      const t = c.peek();
      if (t === undefined || t.kind !== T.Ident) break;
      const w = keywordOf(t.text);
      if (w.size !== undefined) size = w.size;
      else if (w.modifier === "strict") strict = true;
      else if (w.modifier === "short" || w.modifier === "near") distance = w.modifier;
      else if (w.modifier === "far") far = true;
      else break;
      c.i++;
    }
    const t = c.peek();
    if (t === undefined) throw new AsmError("operand expected", c.lineEnd);
    if (t.kind === T.Punct && t.text === "[") return this.memory(c, size, far);
    if (t.kind === T.Ident && t.file.text[t.start] !== "$") {
      const reg = keywordOf(t.text).register;
      const after = c.toks[c.i + 1];
      if (
        reg !== undefined &&
        (after === undefined || (after.kind === T.Punct && after.text === ","))
      ) {
        c.i++;
        return { k: "reg", reg, file: t.file, start: t.start, end: t.end };
      }
    }
    const expr = this.expr(c);
    if (c.eat(":")) {
      const off = this.expr(c);
      return {
        k: "far",
        seg: expr,
        off,
        size: size === 8 ? undefined : (size as 16 | 32),
        file: first.file,
        start: first.start,
        end: first.end,
      };
    }
    return {
      k: "imm",
      expr,
      size,
      strict,
      distance,
      far,
      file: first.file,
      start: first.start,
      end: first.end,
    };
  }

  // memory = "[" size? (segreg ":")? expr "]"
  private memory(c: Cursor, size: Size | undefined, far: boolean): Operand {
    const open = c.next();
    let dispSize: 8 | 16 | 32 | undefined;
    let seg: SegReg | undefined;
    const t = c.peek();
    const sized = t !== undefined && t.kind === T.Ident ? keywordOf(t.text).size : undefined;
    if (sized !== undefined) {
      dispSize = sized;
      c.i++;
    }
    const s = c.peek();
    const colon = c.toks[c.i + 1];
    if (s !== undefined && s.kind === T.Ident && colon?.kind === T.Punct && colon.text === ":") {
      const r = keywordOf(s.text).register;
      if (r === "es" || r === "cs" || r === "ss" || r === "ds" || r === "fs" || r === "gs") {
        seg = r;
        c.i += 2;
      } else throw new AsmError(`'${s.text}' is not a segment register`, s);
    }
    const expr = c.isPunct("]") ? null : this.expr(c);
    c.expect("]");
    if (expr === null && seg === undefined) throw new AsmError("empty memory reference", open);
    return {
      k: "mem",
      expr,
      seg,
      size,
      far,
      dispSize,
      file: open.file,
      start: open.start,
      end: open.end,
    };
  }

  private expr(c: Cursor): Expr {
    return parseExpr(c, this.resolve);
  }
}

/**
 * An instruction statement, every field present from the start: the passes add their state to
 * it, and an object that grows later needs a separate store for the new fields (memory: one
 * statement per line).
 */
function instruction(
  mnemonic: string,
  prefixes: Prefix[],
  operands: Operand[],
  at: Token,
  constant: boolean,
): InstructionStatement {
  return {
    k: "insn",
    mnemonic,
    prefixes,
    operands,
    file: at.file,
    start: at.start,
    end: at.end,
    near: false,
    constant,
    cachedAt: undefined,
    cachedLength: undefined,
    cachedBits: undefined,
    cachedWarnings: undefined,
    encoding: undefined,
  };
}

/** An expression without symbols, `$` or `$$`: its value is the same on every pass. */
export function isConstant(e: Expr): boolean {
  return e.constant;
}

function describe(s: Statement | undefined): string {
  if (s === undefined) return "label";
  if (s.k === "insn") return "instruction";
  return "directive";
}
