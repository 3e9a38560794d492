// Expressions: NASM's operators parsed into a tree once, evaluated on every pass.
//
// A value is a number plus, optionally, a base it is relative to: a section (a label is "offset
// N in section .text", as in NASM, even in `-f bin`) or an external symbol. Adding a number to a
// based value keeps the base, subtracting two values with the same base gives a plain number
// (`$ - $$`, `end - start`), and anything else done to a based value is an error, because no
// relocation could express it. Inside a memory operand the same evaluation also collects
// registers with their scale (`[ebx + esi*4 + table]`). A value may be `unknown`: a symbol not yet
// defined on this pass, whose real value a later pass will know.
//
// Arithmetic is 64-bit like NASM's, done on JS numbers (exact to 2^53) with the bitwise operators
// widened through BigInt only when an operand does not fit 32 bits.
import type { Register } from "../../x86/isa.ts";
import { type Place, T, type Token } from "./lex.ts";
import { keywordOf } from "./words.ts";

/**
 * An expression tree; each node is also the place it was written (its token, or operator).
 * `constant`: the subtree has no symbol, `$` or `$$`, so its value is the same on every pass;
 * `known` keeps that value once evaluated (the passes evaluate the same trees again and again).
 */
export type Expr = (
  | { k: "num"; value: number }
  | {
      k: "sym";
      name: string;
      /**
       * Where the scope keeps the symbol, once it has looked it up: the passes evaluate the
       * same trees again and again, and a name looked up in a table each time is a cost.
       */
      slot: object | undefined;
    }
  | { k: "reg"; reg: Register }
  | { k: "here" }
  | { k: "start" }
  | { k: "unary"; op: string; a: Expr }
  | { k: "binary"; op: string; a: Expr; b: Expr }
) & { constant: boolean; known: Value | undefined } & Place;

/** A symbol in an expression. */
export type SymbolExpr = Expr & { k: "sym" };

/** What a value can be relative to: a section or an external symbol (see assemble.ts). */
export interface Base {
  readonly key: string;
}

export interface RegTerm {
  readonly reg: Register;
  readonly scale: number;
}

export interface Value {
  n: number;
  base: Base | null;
  unknown: boolean;
  regs: RegTerm[] | null;
}

/** A problem in the input at a place (a line, an expression); it becomes a diagnostic there. */
export class AsmError {
  readonly message: string;
  readonly tok: Place;
  constructor(message: string, tok: Place) {
    this.message = message;
    this.tok = tok;
  }
}

/** A cursor over a line's tokens, shared by the expression and statement parsers. */
export class Cursor {
  i = 0;
  toks: Token[];
  /** The last token, for errors at the end of the line. */
  lineEnd: Token;
  constructor(toks: Token[], lineEnd: Token) {
    this.toks = toks;
    this.lineEnd = lineEnd;
  }
  /** Starts over on another line (the parser keeps one cursor: hot path). */
  reset(toks: Token[], lineEnd: Token): void {
    this.i = 0;
    this.toks = toks;
    this.lineEnd = lineEnd;
  }
  peek(): Token | undefined {
    return this.toks[this.i];
  }
  atEnd(): boolean {
    return this.i >= this.toks.length;
  }
  next(): Token {
    const t = this.toks[this.i++];
    if (t === undefined) throw new AsmError("expression expected", this.lineEnd);
    return t;
  }
  isPunct(text: string): boolean {
    const t = this.toks[this.i];
    return t !== undefined && t.kind === T.Punct && t.text === text;
  }
  eat(text: string): boolean {
    if (!this.isPunct(text)) return false;
    this.i++;
    return true;
  }
  expect(text: string): Token {
    const t = this.toks[this.i];
    if (t === undefined || t.kind !== T.Punct || t.text !== text)
      throw new AsmError(`'${text}' expected`, t ?? this.lineEnd);
    this.i++;
    return t;
  }
}

/** Resolves a label name as written to its full name (`.loop` after `main:` is `main.loop`). */
export type NameResolver = (name: string) => string;

const LEVELS: readonly (readonly string[])[] = [
  ["||"],
  ["^^"],
  ["&&"],
  ["=", "==", "!=", "<", ">", "<=", ">="],
  ["|"],
  ["^"],
  ["&"],
  ["<<", ">>"],
  ["+", "-"],
  ["*", "/", "//", "%", "%%"],
];

/** Each binary operator's level in LEVELS: 0 binds loosest. */
const PRECEDENCE: ReadonlyMap<string, number> = new Map(
  LEVELS.flatMap((ops, level) => ops.map((op) => [op, level] as const)),
);

// expr    = binary(0)
// binary(n) = binary(n+1) (op(n) binary(n+1))*        the levels of LEVELS, lowest first
// unary   = ("-" | "+" | "~" | "!") unary | primary
// primary = number | string | identifier | register | "$" | "$$" | "(" expr ")"
export function parseExpr(c: Cursor, resolve: NameResolver): Expr {
  return binary(c, resolve, 0);
}

/**
 * binary(n), by precedence climbing: the operand, then every operator of level n or tighter
 * with its right side read at the next level up (so operators of one level associate to the
 * left). Hot path: one table lookup per operator instead of a call per level per operand.
 */
function binary(c: Cursor, resolve: NameResolver, level: number): Expr {
  let a = unary(c, resolve);
  for (;;) {
    const t = c.peek();
    if (t === undefined || t.kind !== T.Punct) return a;
    const p = PRECEDENCE.get(t.text);
    if (p === undefined || p < level) return a;
    c.i++;
    const b = binary(c, resolve, p + 1);
    const constant = a.constant && b.constant;
    a = {
      k: "binary",
      op: t.text,
      a,
      b,
      constant,
      known: undefined,
      file: t.file,
      start: t.start,
      end: t.end,
    };
  }
}

function unary(c: Cursor, resolve: NameResolver): Expr {
  const t = c.peek();
  if (
    t !== undefined &&
    t.kind === T.Punct &&
    (t.text === "-" || t.text === "+" || t.text === "~" || t.text === "!")
  ) {
    c.i++;
    const a = unary(c, resolve);
    return {
      k: "unary",
      op: t.text,
      a,
      constant: a.constant,
      known: undefined,
      file: t.file,
      start: t.start,
      end: t.end,
    };
  }
  return primary(c, resolve);
}

function primary(c: Cursor, resolve: NameResolver): Expr {
  const t = c.next();
  switch (t.kind) {
    case T.Number:
      return {
        k: "num",
        value: t.value,
        constant: true,
        known: undefined,
        file: t.file,
        start: t.start,
        end: t.end,
      };
    case T.String:
      return {
        k: "num",
        value: stringValue(t.text),
        constant: true,
        known: undefined,
        file: t.file,
        start: t.start,
        end: t.end,
      };
    case T.Here:
      return {
        k: "here",
        constant: false,
        known: undefined,
        file: t.file,
        start: t.start,
        end: t.end,
      };
    case T.SectionStart:
      return {
        k: "start",
        constant: false,
        known: undefined,
        file: t.file,
        start: t.start,
        end: t.end,
      };
    case T.Ident: {
      const reg = t.file.text.charCodeAt(t.start) === 36 ? undefined : keywordOf(t.text).register;
      if (reg !== undefined)
        return {
          k: "reg",
          reg,
          constant: true,
          known: undefined,
          file: t.file,
          start: t.start,
          end: t.end,
        };
      const name = resolve(t.text);
      return {
        k: "sym",
        name,
        slot: undefined,
        constant: false,
        known: undefined,
        file: t.file,
        start: t.start,
        end: t.end,
      };
    }
    case T.Punct:
      if (t.text === "(") {
        const e = parseExpr(c, resolve);
        c.expect(")");
        return e;
      }
  }
  if (t.kind === T.Bad && /^\$?[0-9][0-9_]*\.[0-9_]*(e[+-]?[0-9]+)?$/i.test(t.text))
    throw new AsmError(`floating-point constants ('${t.text}') are not supported`, t);
  if (t.kind === T.Bad && /^[0-9]/.test(t.text))
    throw new AsmError(`'${t.text}' is not a number in any notation nasm knows`, t);
  throw new AsmError(`expression expected before '${t.text}'`, t);
}

/** A character constant's value: its bytes little-endian (`'ab'` is 0x6261). */
export function stringValue(s: string): number {
  let v = 0;
  for (let i = Math.min(s.length, 8) - 1; i >= 0; i--) v = v * 256 + (s.charCodeAt(i) & 0xff);
  return v;
}

// ---- Evaluation ----

/** What evaluation needs from the assembler: symbols, `$`, `$$`. */
export interface Scope {
  /** A symbol's value, or undefined if it is not (yet) defined. */
  symbol(e: SymbolExpr): Value | undefined;
  here(): Value;
  sectionStart(): Value;
  /** Undefined symbols are errors (the final pass) or unknown values (earlier passes). */
  final: boolean;
}

export function num(n: number): Value {
  return { n, base: null, unknown: false, regs: null };
}

const UNKNOWN: Value = { n: 0, base: null, unknown: true, regs: null };

/** A register's value, one for each register (values are never changed once made). */
const REGISTER_VALUES = new Map<Register, Value>();

function registerValue(reg: Register): Value {
  let v = REGISTER_VALUES.get(reg);
  if (v === undefined) {
    v = { n: 0, base: null, unknown: false, regs: [{ reg, scale: 1 }] };
    REGISTER_VALUES.set(reg, v);
  }
  return v;
}

/**
 * An expression's value. A constant subtree keeps its value at its root, the largest constant
 * subtree (its nodes inside are not evaluated again, so they need not keep theirs), unless it is
 * a number, whose value is made again at no cost (memory: the kept lines hold these trees).
 */
export function evaluate(e: Expr, scope: Scope): Value {
  if (e.known !== undefined) return e.known;
  const v = compute(e, scope);
  if (e.constant && e.k !== "num") e.known = v;
  return v;
}

/** A subexpression's value: kept if it is the root of a constant subtree (see `evaluate`). */
function operandValue(e: Expr, parent: Expr, scope: Scope): Value {
  return parent.constant ? compute(e, scope) : evaluate(e, scope);
}

/** An expression's value, computed from its parts (values are never changed once made). */
function compute(e: Expr, scope: Scope): Value {
  switch (e.k) {
    case "num":
      return num(e.value);
    case "sym": {
      const v = scope.symbol(e);
      if (v !== undefined) return v;
      if (scope.final) throw new AsmError(`symbol '${e.name}' is not defined`, e);
      return UNKNOWN;
    }
    case "reg":
      return registerValue(e.reg);
    case "here":
      return scope.here();
    case "start":
      return scope.sectionStart();
    case "unary": {
      const a = operandValue(e.a, e, scope);
      if (e.op === "+") return a;
      if (e.op === "-" && a.regs === null && a.base === null)
        return { ...a, n: a.n === 0 ? 0 : -a.n };
      plain(a, e);
      const n = e.op === "-" ? -a.n : e.op === "~" ? not64(a.n) : a.n === 0 ? 1 : 0;
      return { n, base: null, unknown: a.unknown, regs: null };
    }
    case "binary":
      return binaryValue(e.op, operandValue(e.a, e, scope), operandValue(e.b, e, scope), e);
  }
}

/** Checks that an operand of an operator other than `+ -` is a plain number. */
function plain(v: Value, e: Expr): void {
  if (v.unknown) return;
  if (v.regs !== null) throw new AsmError("invalid use of a register in an expression", e);
  if (v.base !== null)
    throw new AsmError(
      `'${e.k === "binary" || e.k === "unary" ? e.op : "this"}' cannot be applied to an address (only + and - can; the result would need a relocation)`,
      e,
    );
}

function binaryValue(op: string, a: Value, b: Value, e: Expr & { k: "binary" }): Value {
  const unknown = a.unknown || b.unknown;
  if (op === "+" || op === "-") {
    let base = a.base;
    if (b.base !== null) {
      if (op === "+" && base === null) base = b.base;
      else if (op === "-" && base === b.base) base = null;
      else if (!unknown) {
        throw new AsmError(
          op === "+"
            ? "cannot add two addresses"
            : "the difference of addresses in different sections is not a constant",
          e,
        );
      }
    }
    let regs = a.regs;
    if (b.regs !== null) {
      if (op === "-") throw new AsmError("a register cannot be subtracted", e);
      regs = regs === null ? b.regs : [...regs, ...b.regs];
    }
    const n = op === "+" ? a.n + b.n : a.n - b.n;
    return { n, base, unknown, regs };
  }
  if (op === "*" && (a.regs !== null || b.regs !== null)) {
    // A register times a constant: the scale of an index.
    const r = a.regs !== null ? a : b;
    const k = a.regs !== null ? b : a;
    plain(k, e);
    if (r.base !== null || r.regs!.length !== 1 || k.regs !== null)
      throw new AsmError("invalid effective address: a register can only be scaled", e);
    const t = r.regs![0];
    return {
      n: r.n * k.n,
      base: null,
      unknown,
      regs: [{ reg: t.reg, scale: t.scale * k.n }],
    };
  }
  plain(a, e.a);
  plain(b, e.b);
  if (unknown) return UNKNOWN;
  const x = a.n;
  const y = b.n;
  let n: number;
  switch (op) {
    case "*":
      n = x * y;
      if (!Number.isSafeInteger(n)) n = Number(BigInt.asIntN(64, BigInt(x) * BigInt(y)));
      break;
    case "/":
    case "%":
    case "//":
    case "%%": {
      if (y === 0) throw new AsmError("division by zero", e);
      const signed = op.length === 2;
      if (signed || (x >= 0 && y >= 0)) {
        n = op[0] === "/" ? Math.trunc(x / y) : x % y;
      } else {
        const ux = BigInt.asUintN(64, BigInt(x));
        const uy = BigInt.asUintN(64, BigInt(y));
        n = Number(BigInt.asIntN(64, op === "/" ? ux / uy : ux % uy));
      }
      break;
    }
    case "<<":
      n = y >= 64 ? 0 : Number(BigInt.asIntN(64, BigInt(x) << BigInt(y)));
      break;
    case ">>":
      n = y >= 64 ? 0 : Number(BigInt.asUintN(64, BigInt(x)) >> BigInt(y));
      break;
    case "&":
    case "|":
    case "^":
      n = bitwise(op, x, y);
      break;
    case "=":
    case "==":
      n = x === y ? 1 : 0;
      break;
    case "!=":
      n = x !== y ? 1 : 0;
      break;
    case "<":
      n = x < y ? 1 : 0;
      break;
    case ">":
      n = x > y ? 1 : 0;
      break;
    case "<=":
      n = x <= y ? 1 : 0;
      break;
    case ">=":
      n = x >= y ? 1 : 0;
      break;
    case "&&":
      n = x !== 0 && y !== 0 ? 1 : 0;
      break;
    case "||":
      n = x !== 0 || y !== 0 ? 1 : 0;
      break;
    case "^^":
      n = (x !== 0) !== (y !== 0) ? 1 : 0;
      break;
    default:
      throw new AsmError(`unknown operator '${op}'`, e);
  }
  return num(n);
}

const INT32 = (v: number): boolean => v >= -0x80000000 && v <= 0x7fffffff;

function bitwise(op: string, x: number, y: number): number {
  if (INT32(x) && INT32(y)) return op === "&" ? x & y : op === "|" ? x | y : x ^ y;
  const a = BigInt(x);
  const b = BigInt(y);
  return Number(BigInt.asIntN(64, op === "&" ? a & b : op === "|" ? a | b : a ^ b));
}

function not64(x: number): number {
  return INT32(x) ? ~x : Number(BigInt.asIntN(64, ~BigInt(x)));
}

/** Whether an expression mentions `$` (for the message about a negative `times`). */
export function mentionsHere(e: Expr): boolean {
  switch (e.k) {
    case "here":
      return true;
    case "unary":
      return mentionsHere(e.a);
    case "binary":
      return mentionsHere(e.a) || mentionsHere(e.b);
    default:
      return false;
  }
}
