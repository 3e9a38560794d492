// Constant expressions: the value of a *checked* expression, if it has one at compile time.
//
// `evalInt` gives integer constant expressions (C11 6.6p6: array sizes, case labels, bit-field
// widths, enum values, `_Static_assert`); `evalConst` also gives address constants (6.6p9: the
// address of a static object or function, plus or minus an integer) -- what a static
// initializer may hold, and what codegen needs to emit one. Both read the tree the checker left
// (types on every node, conversions explicit, `sizeof` already folded), so they never decide a
// type themselves: each node's value is computed and wrapped to the node's own type.
import type { Expr } from "../parse/ast.ts";
import { intOf, isInteger, normalize, sizeOf, type ConstValue, type Type } from "./types.ts";

/** The value of an integer constant expression, or undefined if `e` is not one. */
export function evalInt(e: Expr): number | undefined {
  if (e.kind === "IntLit") return e.value;
  const v = evalConst(e);
  return v !== undefined && v.kind === "int" ? v.value : undefined;
}

/** The value of a constant expression (integer or address), or undefined. */
export function evalConst(e: Expr): ConstValue | undefined {
  const t = e.type!;
  switch (e.kind) {
    case "IntLit":
    case "CharLit":
      return int(e.value, t);
    case "ImplicitCast":
    case "Cast": {
      const from = e.operand.type!;
      if (from.kind === "array" || from.kind === "function") return address(e.operand);
      const v = evalConst(e.operand);
      if (v === undefined) return undefined;
      if (t.kind === "void") return undefined;
      if (v.kind === "int") return t.kind === "pointer" ? int(v.value, t) : int(v.value, t);
      // An address survives only a cast to a pointer or to a 32-bit integer.
      return t.kind === "pointer" || (isInteger(t) && sizeOf(t) === 4) ? v : undefined;
    }
    case "Unary": {
      if (e.op === "&") return address(e.operand);
      if (e.op === "*" || e.op === "++" || e.op === "--") return undefined;
      const a = evalConst(e.operand);
      if (a === undefined) return undefined;
      if (e.op === "!") return a.kind === "int" ? int(a.value === 0 ? 1 : 0, t) : int(0, t);
      if (a.kind !== "int") return undefined;
      if (e.op === "-") return int(-a.value, t);
      if (e.op === "~") return int(~a.value, t);
      return int(a.value, t);
    }
    case "Binary":
      return binary(e.op, e.left, e.right, t);
    case "Conditional": {
      const c = evalConst(e.cond);
      if (c === undefined) return undefined;
      const taken = c.kind === "address" || c.value !== 0 ? e.then : e.else;
      return evalConst(taken);
    }
    default:
      return undefined;
  }
}

function int(value: number, t: Type): ConstValue {
  return { kind: "int", value: normalize(value, t) };
}

function binary(op: string, l: Expr, r: Expr, t: Type): ConstValue | undefined {
  if (op === "&&" || op === "||") {
    const a = evalConst(l);
    if (a === undefined) return undefined;
    const truth = a.kind === "address" || a.value !== 0;
    if (op === "&&" && !truth) return int(0, t);
    if (op === "||" && truth) return int(1, t);
    const b = evalConst(r);
    if (b === undefined) return undefined;
    return int(b.kind === "address" || b.value !== 0 ? 1 : 0, t);
  }
  const a = evalConst(l);
  if (a === undefined) return undefined;
  const b = evalConst(r);
  if (b === undefined) return undefined;
  // Pointer arithmetic on addresses (the pointer is on the left: the checker puts it there).
  if (a.kind === "address" || b.kind === "address") {
    if (a.kind === "address" && b.kind === "int" && (op === "+" || op === "-")) {
      const scale = l.type!.kind === "pointer" ? sizeOf((l.type as { to: Type }).to) : 1;
      const d = b.value * scale;
      return { kind: "address", base: a.base, offset: a.offset + (op === "+" ? d : -d) };
    }
    if (a.kind === "address" && b.kind === "address" && op === "-" && a.base === b.base) {
      const scale = l.type!.kind === "pointer" ? sizeOf((l.type as { to: Type }).to) : 1;
      return int((a.offset - b.offset) / scale, t);
    }
    return undefined;
  }
  let x = a.value;
  let y = b.value;
  const lt = l.type!;
  if (lt.kind === "pointer" && (op === "+" || op === "-")) {
    // Integer addresses (`(char *)0x1000 + 4`) scale too.
    y *= sizeOf(lt.to);
  }
  const unsigned = lt.kind === "pointer" || (isInteger(lt) && !intOf(lt).signed);
  switch (op) {
    case "+":
      return int(x + y, t);
    case "-":
      if (lt.kind === "pointer" && r.type!.kind === "pointer")
        return int((x - y) / sizeOf(lt.to), t);
      return int(x - y, t);
    case "*":
      return int(unsigned ? Math.imul(x, y) >>> 0 : Math.imul(x, y), t);
    case "/":
    case "%":
      if (y === 0) return undefined;
      if (!unsigned && x === -0x80000000 && y === -1) return int(op === "/" ? x : 0, t);
      return int(op === "/" ? Math.trunc(x / y) : x % y, t);
    case "<<":
      return y < 0 || y > 31 ? undefined : int(x << y, t);
    case ">>":
      if (y < 0 || y > 31) return undefined;
      return int(unsigned ? x >>> y : x >> y, t);
    case "&":
      return int(x & y, t);
    case "|":
      return int(x | y, t);
    case "^":
      return int(x ^ y, t);
  }
  // Comparisons: both operands were converted to one type, so their values compare directly.
  if (unsigned || (isInteger(lt) && !intOf(lt).signed)) {
    x = x >>> 0;
    y = y >>> 0;
  }
  switch (op) {
    case "<":
      return int(x < y ? 1 : 0, t);
    case ">":
      return int(x > y ? 1 : 0, t);
    case "<=":
      return int(x <= y ? 1 : 0, t);
    case ">=":
      return int(x >= y ? 1 : 0, t);
    case "==":
      return int(x === y ? 1 : 0, t);
    case "!=":
      return int(x !== y ? 1 : 0, t);
  }
  return undefined;
}

/** The address of an lvalue with static storage (or of a function), if constant. */
function address(e: Expr): ConstValue | undefined {
  switch (e.kind) {
    case "Ident": {
      const d = e.decl;
      if (d === undefined || d.local) return undefined;
      if (d.kind !== "var" && d.kind !== "function") return undefined;
      return { kind: "address", base: d, offset: 0 };
    }
    case "StringLit":
      return { kind: "address", base: e, offset: 0 };
    case "CompoundLiteral":
      return e.decl !== undefined && !e.decl.local
        ? { kind: "address", base: e, offset: 0 }
        : undefined;
    case "Member": {
      const f = e.field;
      if (f === undefined || f.bitWidth >= 0) return undefined;
      const base = e.arrow ? evalConst(e.base) : address(e.base);
      if (base === undefined || base.kind !== "address") return undefined;
      return { kind: "address", base: base.base, offset: base.offset + f.offset };
    }
    case "Index": {
      const base = evalConst(e.base);
      const i = evalInt(e.index);
      if (base === undefined || base.kind !== "address" || i === undefined) return undefined;
      return { kind: "address", base: base.base, offset: base.offset + i * sizeOf(e.type!) };
    }
    case "Unary":
      if (e.op !== "*") return undefined;
      {
        const v = evalConst(e.operand);
        return v !== undefined && v.kind === "address" ? v : undefined;
      }
    default:
      return undefined;
  }
}
