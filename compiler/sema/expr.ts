// Expressions: their types, lvalue-ness and implicit conversions (C11 6.3, 6.5).
//
// `checkExpr` annotates a node and returns it -- or the node that replaces it: enum constants,
// `sizeof`, `_Alignof` and `offsetof` come back as `IntLit`s, and `value` wraps an array or a
// function designator in its decay. Every function here returns the expression its caller must
// store back in the tree (`n.left = value(c, n.left)`), which is how `ImplicitCast` nodes get in.
//
// Messages follow gcc's wording ("invalid operands to binary + (have 'int *' and 'int *')").
// An operand whose type is already wrong because of an earlier error is `ERROR`-typed, and no
// second message is given about it.
import { note, type Span } from "../diag.ts";
import type {
  Assign,
  Binary,
  Call,
  Expr,
  Ident,
  ImplicitCast,
  Index,
  IntLit,
  Member,
  Postfix,
  Unary,
} from "../parse/ast.ts";
import { VA_LIST, type Checker } from "./check.ts";
import { evalInt } from "./const.ts";
import { convertAs, type ArgContext } from "./convert.ts";
import { initialize } from "./init.ts";
import {
  alignOf,
  arrayOf,
  BOOL,
  CHAR,
  compatibleUnqual,
  composite,
  CONST,
  functionType,
  INT,
  intOf,
  isComplete,
  isInteger,
  isScalar,
  normalize,
  pointerTo,
  promote,
  qualified,
  quoteType,
  SIZE_T,
  sizeOf,
  UINT,
  ULONG,
  LONG,
  USHORT,
  usualArithmetic,
  VOID,
  VOLATILE,
  WCHAR_T,
  type IntType,
  type PointerType,
  type Type,
} from "./types.ts";

/** The type of an expression whose error was already reported: no further messages about it. */
export const ERROR: Type = {
  ...INT,
  alias: "int",
  ptr: undefined,
  quals: undefined,
  arrays: undefined,
} as Type;
ERROR.unqual = ERROR;

export function isError(t: Type): boolean {
  return t === ERROR;
}

export function annotate<E extends Expr>(e: E, type: Type, lvalue: boolean): E {
  e.type = type;
  e.lvalue = lvalue;
  return e;
}

/** An implicit conversion of `e` to `type` (none if it already has it). */
export function convert(e: Expr, type: Type): Expr {
  if (e.type === type) return e;
  const c: ImplicitCast = { kind: "ImplicitCast", operand: e, span: e.span, type, lvalue: false };
  return c;
}

function intLit(value: number, type: Type, span: Span): IntLit {
  return {
    kind: "IntLit",
    value: normalize(value, type),
    radix: 10,
    unsigned: !intOf(type).signed,
    long: 0,
    span,
    type,
    lvalue: false,
  };
}

/** The source text of a node, for messages that quote it (`'*p'`). */
export function sourceText(e: Expr): string {
  return e.span.file.text.slice(e.span.start, e.span.end);
}

/** Checks `e` and applies array and function decay: the expression as a value. */
export function value(c: Checker, e: Expr): Expr {
  const x = checkExpr(c, e);
  const t = x.type!;
  if (t.kind === "array") return convert(x, pointerTo(t.of));
  if (t.kind === "function") return convert(x, pointerTo(t));
  if (narrowBitField(x)) return convert(x, INT);
  return x;
}

/**
 * Whether `x` is a bit-field narrower than `int`: as gcc has it, its value is an `int` whatever
 * the declared type (`unsigned a : 3` promotes to `int`, so `s.a - 8 < 0`), as C11 6.3.1.1p2
 * says of bit-fields whose values all fit in an `int`.
 */
function narrowBitField(x: Expr): boolean {
  return x.kind === "Member" && x.field !== undefined && x.field.bitWidth >= 0 && x.field.bitWidth < 32 && isInteger(x.type!); // prettier-ignore
}

/** Whether `e` is a null pointer constant (an integer constant 0, or one cast to void *). */
export function isNullPointer(e: Expr): boolean {
  const t = e.type!;
  if (isInteger(t)) return evalInt(e) === 0;
  if (
    t.kind === "pointer" &&
    t.to.kind === "void" &&
    t.to.qual === 0 &&
    (e.kind === "Cast" || e.kind === "ImplicitCast")
  )
    return isInteger(e.operand.type!) && evalInt(e.operand) === 0;
  return false;
}

export function checkExpr(c: Checker, e: Expr): Expr {
  switch (e.kind) {
    // The most frequent kinds first: a switch on strings tests its cases in order.
    case "Ident":
      return ident(c, e);
    case "IntLit":
      return intLiteral(c, e);
    case "Member":
      return member(c, e);
    case "Binary":
      return binary(c, e);
    case "Assign":
      return assign(c, e);
    case "Cast":
      return cast(c, e);
    case "Unary":
      return unary(c, e);
    case "Index":
      return subscript(c, e);
    case "Call":
      return call(c, e);
    case "Postfix": {
      e.operand = checkExpr(c, e.operand);
      const t = incrementable(c, e, e.operand, e.op === "++" ? "increment" : "decrement");
      return annotate(e, t, false);
    }
    case "Conditional":
      return conditional(c, e);
    case "Comma":
      e.left = value(c, e.left);
      e.right = value(c, e.right);
      if (!hasEffect(e.left) && !isVoidCast(e.left))
        c.warning("left-hand operand of comma expression has no effect", e.opSpan, "-Wunused-value"); // prettier-ignore
      return annotate(e, e.right.type!, false);
    case "StringLit": {
      const elem =
        e.prefix === "L" ? WCHAR_T : e.prefix === "u" ? USHORT : e.prefix === "U" ? UINT : CHAR;
      return annotate(e, arrayOf(elem, e.value.length + 1), true);
    }
    case "CharLit":
      return annotate(
        e,
        e.prefix === "L" ? WCHAR_T : e.prefix === "u" ? USHORT : e.prefix === "U" ? UINT : INT,
        false,
      );
    case "SizeofExpr": {
      const x = checkExpr(c, e.operand);
      e.operand = x;
      if (x.kind === "Member" && x.field !== undefined && x.field.bitWidth >= 0) {
        c.error("'sizeof' applied to a bit-field", e.span);
        return intLit(1, SIZE_T, e.span);
      }
      return intLit(sizeOfChecked(c, x.type!, e.span), SIZE_T, e.span);
    }
    case "SizeofType":
      return intLit(sizeOfChecked(c, c.typeName(e.typeName), e.span), SIZE_T, e.span);
    case "AlignofExpr": {
      const x = checkExpr(c, e.operand);
      const d = x.kind === "Ident" ? x.decl : undefined;
      const a = d !== undefined && d.kind === "var" ? d.align : alignOf(x.type!);
      return intLit(a, SIZE_T, e.span);
    }
    case "AlignofType": {
      const t = c.typeName(e.typeName);
      if (t.kind === "function" || (!isComplete(t) && t.kind !== "void")) {
        c.error(`invalid application of '_Alignof' to incomplete type ${quoteType(t)}`, e.span);
        return intLit(1, SIZE_T, e.span);
      }
      return intLit(alignOf(t), SIZE_T, e.span);
    }
    case "CompoundLiteral": {
      const t = c.typeName(e.typeName);
      const d = c.newDecl("var", "(compound literal)", t, e.span);
      d.defined = true;
      if (c.fn !== undefined) {
        d.local = true;
      } else c.globals.push(d);
      const r = initialize(c, t, e.init, !d.local);
      if (r !== undefined) {
        d.type = r.type;
        d.init = r.init;
      }
      d.align = alignOf(d.type);
      d.used = true;
      e.decl = d;
      return annotate(e, d.type, true);
    }
    case "VaArg": {
      e.ap = value(c, e.ap);
      const t = c.typeName(e.typeName);
      if (!isError(e.ap.type!) && !compatibleUnqual(e.ap.type!, VA_LIST))
        c.error(`first argument to 'va_arg' not of type 'va_list'`, e.ap.span);
      if (isInteger(t) && promote(t) !== intOf(t))
        c.warning(`${quoteType(t)} is promoted to 'int' when passed through '...'`, e.span, "");
      if (!isComplete(t))
        c.error(`second argument to 'va_arg' is of incomplete type ${quoteType(t)}`, e.span);
      return annotate(e, qualified(t, 0), false);
    }
    case "Offsetof":
      return offsetof(c, e);
    case "ImplicitCast":
      return e;
  }
}

/** `a[i]` (or `i[a]`): the pointer goes in `base`, the promoted integer in `index`. */
function subscript(c: Checker, e: Index): Expr {
  let base = value(c, e.base);
  let index = value(c, e.index);
  if (isInteger(base.type!) && index.type!.kind === "pointer") [base, index] = [index, base];
  e.base = base;
  const bt = base.type!;
  if (isError(bt) || isError(index.type!)) return annotate(e, ERROR, true);
  if (bt.kind !== "pointer") {
    c.error("subscripted value is neither array nor pointer", e.base.span);
    return annotate(e, ERROR, true);
  }
  if (!isInteger(index.type!)) {
    c.error("array subscript is not an integer", index.span);
    return annotate(e, ERROR, true);
  }
  if (intOf(index.type!) === CHAR && index.kind !== "IntLit")
    c.warning("array subscript has type 'char'", index.span, "-Wchar-subscripts");
  e.index = convert(index, promote(index.type!));
  if (!isComplete(bt.to) && bt.to.kind !== "void") {
    c.error(`invalid use of undefined type ${quoteType(bt.to)}`, e.span);
    return annotate(e, ERROR, true);
  }
  return annotate(e, bt.to, true);
}

function sizeOfChecked(c: Checker, t: Type, span: Span): number {
  if (isError(t)) return 1;
  if (t.kind === "function") {
    c.error("invalid application of 'sizeof' to a function type", span);
    return 1;
  }
  if (t.kind === "void") {
    c.error("invalid application of 'sizeof' to a void type", span);
    return 1;
  }
  if (!isComplete(t)) {
    c.error(`invalid application of 'sizeof' to incomplete type ${quoteType(t)}`, span);
    return 1;
  }
  return sizeOf(t);
}

function ident(c: Checker, e: Ident): Expr {
  let d = e.decl ?? c.lookup(e.name);
  if (d === undefined) {
    if ((e.name === "__func__" || e.name === "__FUNCTION__") && c.fn !== undefined) {
      d = funcName(c, e.name);
    } else {
      if (c.fn !== undefined) {
        const explain = !c.explainedUndeclared;
        c.explainedUndeclared = true;
        c.error(
          `'${e.name}' undeclared (first use in this function)`,
          e.span,
          explain
            ? [
                note(
                  "each undeclared identifier is reported only once for each function it appears in",
                  e.span,
                ),
              ]
            : undefined,
        );
      } else c.error(`'${e.name}' undeclared here (not in a function)`, e.span);
      // Declared here as an error-typed name, so that it is reported once per function.
      d = c.newDecl("var", e.name, ERROR, e.span);
      d.used = true;
      c.bind(d);
    }
  }
  d.used = true;
  e.decl = d;
  switch (d.kind) {
    case "enumConst":
      return intLit(d.value, d.type, e.span);
    case "typedef":
      c.error(`unexpected type name '${e.name}': expected expression`, e.span);
      return annotate(e, ERROR, false);
    case "function":
    case "builtin":
      return annotate(e, d.type, false);
    default:
      // (The two stores written out, as for literals and members: `annotate`'s stores see every
      //  shape of node, these only identifiers' -- the three most frequent kinds of node.)
      e.type = d.type;
      e.lvalue = true;
      return e;
  }
}

/** `__func__`: `static const char __func__[] = "name";`, made on first use in a function. */
function funcName(c: Checker, name: string) {
  const fn = c.fn!;
  if (fn.funcName !== undefined) return fn.funcName;
  const bytes = [...fn.decl.name].map((ch) => ch.charCodeAt(0));
  const span = fn.decl.defSpan ?? fn.decl.span;
  const lit: Expr = { kind: "StringLit", value: bytes, prefix: "", span };
  const t = arrayOf(qualified(CHAR, CONST), bytes.length + 1);
  annotate(lit, arrayOf(CHAR, bytes.length + 1), true);
  const d = c.newDecl("var", name, t, span);
  d.storage = "static";
  d.defined = true;
  d.init = { entries: [{ offset: 0, type: t, expr: lit, field: undefined }] };
  d.align = 1;
  c.globals.push(d);
  fn.funcName = d;
  return d;
}

/** An integer constant's type (C11 6.4.4.1 with ILP32); beyond 32 bits it is an error. */
function intLiteral(c: Checker, e: IntLit): Expr {
  const v = e.value;
  let t: IntType | undefined;
  if (e.unsigned) t = v <= 0xffffffff ? (e.long ? ULONG : UINT) : undefined;
  else if (v <= 0x7fffffff) t = e.long ? LONG : INT;
  else if (e.radix !== 10 && v <= 0xffffffff) t = e.long ? ULONG : UINT;
  if (t === undefined) {
    const spelled = sourceText(e);
    if (v > 0xffffffff) c.error(`integer constant '${spelled}' does not fit in 32 bits`, e.span);
    else
      c.error(
        `integer constant '${spelled}' is 'long long' in C, which is not supported in Logos C (write it in hexadecimal or with a 'u' suffix)`,
        e.span,
      );
    return annotate(e, ERROR, false);
  }
  e.type = t;
  e.lvalue = false;
  return e;
}

function unary(c: Checker, e: Unary): Expr {
  switch (e.op) {
    case "&": {
      const x = checkExpr(c, e.operand);
      e.operand = x;
      const t = x.type!;
      if (isError(t)) return annotate(e, ERROR, false);
      if (t.kind === "function") return annotate(e, pointerTo(t), false);
      if (!x.lvalue) {
        c.error("lvalue required as unary '&' operand", x.span);
        return annotate(e, ERROR, false);
      }
      if (x.kind === "Member" && x.field !== undefined && x.field.bitWidth >= 0) {
        c.error(`cannot take address of bit-field '${x.name}'`, e.span);
        return annotate(e, ERROR, false);
      }
      if (x.kind === "Ident" && x.decl?.storage === "register")
        c.error(`address of register variable '${x.name}' requested`, e.span);
      return annotate(e, pointerTo(t), false);
    }
    case "*": {
      const x = value(c, e.operand);
      e.operand = x;
      const t = x.type!;
      if (isError(t)) return annotate(e, ERROR, true);
      if (t.kind !== "pointer") {
        c.error(`invalid type argument of unary '*' (have ${quoteType(t)})`, e.span);
        return annotate(e, ERROR, true);
      }
      if (t.to.kind === "function") return annotate(e, t.to, false);
      if (t.to.kind === "void") {
        c.warning("dereferencing 'void *' pointer", e.span, "");
        return annotate(e, t.to, false);
      }
      return annotate(e, t.to, true);
    }
    case "+":
    case "-":
    case "~": {
      const x = value(c, e.operand);
      if (isError(x.type!)) return annotate(e, ERROR, false);
      if (!isInteger(x.type!)) {
        const what = e.op === "+" ? "unary plus" : e.op === "-" ? "unary minus" : "bit-complement";
        c.error(`wrong type argument to ${what}`, e.span);
        return annotate(e, ERROR, false);
      }
      const t = promote(x.type!);
      e.operand = convert(x, t);
      return annotate(e, t, false);
    }
    case "!": {
      const x = value(c, e.operand);
      e.operand = x;
      if (!isError(x.type!) && !isScalar(x.type!))
        c.error("wrong type argument to unary exclamation mark", e.span);
      return annotate(e, INT, false);
    }
    case "++":
    case "--": {
      e.operand = checkExpr(c, e.operand);
      const t = incrementable(c, e, e.operand, e.op === "++" ? "increment" : "decrement");
      return annotate(e, t, false);
    }
  }
}

/** `x++`, `--x` (`e`, operand `x`): a modifiable scalar lvalue; the result has its unqualified type. */
function incrementable(
  c: Checker,
  e: Unary | Postfix,
  x: Expr,
  what: "increment" | "decrement",
): Type {
  const t = x.type!;
  if (isError(t)) return ERROR;
  if (!x.lvalue || t.kind === "array") {
    // gcc points at the operator: the first two characters of `++x`, the last two of `x++`.
    const at = e.span;
    const op = e.kind === "Postfix" ? { ...at, start: at.end - 2 } : { ...at, end: at.start + 2 };
    c.error(`lvalue required as ${what} operand`, op);
    return ERROR;
  }
  if (!isScalar(t)) {
    c.error(`wrong type argument to ${what}`, x.span);
    return ERROR;
  }
  readOnly(c, x, what);
  if (t.kind === "pointer" && !isComplete(t.to) && t.to.kind !== "void") {
    c.error(`${what} of pointer to an incomplete type ${quoteType(t.to)}`, x.span);
  }
  return qualified(t, 0);
}

/** Reports a write to a const object, in gcc's words; true if it was read-only. */
function readOnly(c: Checker, x: Expr, what: string, at: Span = x.span): boolean {
  const t = x.type!;
  const constant = (t.qual & CONST) !== 0 || (t.kind === "record" && t.def.hasConst);
  if (!constant) return false;
  if (x.kind === "Ident") c.error(`${what} of read-only variable '${x.name}'`, at);
  else if (x.kind === "Member") c.error(`${what} of read-only member '${x.name}'`, at);
  else c.error(`${what} of read-only location '${sourceText(x)}'`, at);
  return true;
}

function invalidOperands(c: Checker, e: Binary | Assign, l: Type, r: Type): Expr {
  c.error(
    `invalid operands to binary ${e.op.replace("=", "") || "="} (have ${quoteType(l)} and ${quoteType(r)})`,
    e.opSpan,
  );
  return annotate(e, ERROR, false);
}

function binary(c: Checker, e: Binary): Expr {
  const op = e.op;
  if (op === "&&" || op === "||") {
    e.left = value(c, e.left);
    scalarOperand(c, e.left);
    e.right = value(c, e.right);
    scalarOperand(c, e.right);
    return annotate(e, INT, false);
  }
  let l = value(c, e.left);
  let r = value(c, e.right);
  const lt = l.type!;
  const rt = r.type!;
  if (isError(lt) || isError(rt)) {
    e.left = l;
    e.right = r;
    return annotate(e, ERROR, false);
  }
  const li = isInteger(lt);
  const ri = isInteger(rt);
  switch (op) {
    case "*":
    case "/":
    case "%":
    case "&":
    case "^":
    case "|": {
      if (!li || !ri) return invalidOperands(c, e, lt, rt);
      const t = usualArithmetic(lt, rt);
      e.left = convert(l, t);
      e.right = convert(r, t);
      if ((op === "/" || op === "%") && evalInt(r) === 0)
        c.warning("division by zero", e.opSpan, "-Wdiv-by-zero");
      return annotate(e, t, false);
    }
    case "<<":
    case ">>": {
      if (!li || !ri) return invalidOperands(c, e, lt, rt);
      const t = promote(lt);
      e.left = convert(l, t);
      e.right = convert(r, promote(rt));
      const n = evalInt(e.right);
      if (n !== undefined && intOf(rt).signed && n < 0)
        c.warning(
          `${op === "<<" ? "left" : "right"} shift count is negative`,
          e.opSpan,
          "-Wshift-count-negative",
        );
      else if (n !== undefined && n >>> 0 >= 32)
        c.warning(
          `${op === "<<" ? "left" : "right"} shift count >= width of type`,
          e.opSpan,
          "-Wshift-count-overflow",
        );
      return annotate(e, t, false);
    }
    case "+":
    case "-": {
      if (li && ri) {
        const t = usualArithmetic(lt, rt);
        e.left = convert(l, t);
        e.right = convert(r, t);
        return annotate(e, t, false);
      }
      if (op === "+" && li && rt.kind === "pointer") {
        // The pointer goes on the left (types.ts promises it).
        [l, r] = [r, l];
      }
      const pt = l.type!;
      const it = r.type!;
      if (pt.kind === "pointer" && isInteger(it)) {
        if (!pointerArith(c, pt, e.opSpan)) return annotate(e, ERROR, false);
        e.left = l;
        e.right = convert(r, promote(it));
        return annotate(e, qualified(pt, 0), false);
      }
      if (op === "-" && lt.kind === "pointer" && rt.kind === "pointer") {
        if (!compatibleUnqual(qualified(lt.to, 0), qualified(rt.to, 0))) {
          c.error(
            "invalid operands to binary - (have " + quoteType(lt) + " and " + quoteType(rt) + ")",
            e.opSpan,
          );
          return annotate(e, ERROR, false);
        }
        if (!pointerArith(c, lt, e.opSpan)) return annotate(e, ERROR, false);
        e.left = l;
        e.right = r;
        return annotate(e, INT, false);
      }
      return invalidOperands(c, e, lt, rt);
    }
    case "<":
    case ">":
    case "<=":
    case ">=":
    case "==":
    case "!=": {
      const equality = op === "==" || op === "!=";
      if (li && ri) {
        signCompare(c, l, r, e.opSpan);
        const t = usualArithmetic(lt, rt);
        e.left = convert(l, t);
        e.right = convert(r, t);
        return annotate(e, INT, false);
      }
      if (lt.kind === "pointer" && rt.kind === "pointer") {
        const a = qualified(lt.to, 0);
        const b = qualified(rt.to, 0);
        if (!compatibleUnqual(a, b)) {
          const voidOk =
            equality &&
            (a.kind === "void" || b.kind === "void") &&
            a.kind !== "function" &&
            b.kind !== "function";
          if (!voidOk && !(equality && (isNullPointer(l) || isNullPointer(r))))
            c.warning(
              "comparison of distinct pointer types lacks a cast",
              e.opSpan,
              "-Wcompare-distinct-pointer-types",
            );
        }
        e.left = l;
        e.right = convert(r, lt);
        return annotate(e, INT, false);
      }
      if (lt.kind === "pointer" && ri) {
        if (!(equality && isNullPointer(r)))
          c.warning("comparison between pointer and integer", e.opSpan, "");
        e.left = l;
        e.right = convert(r, lt);
        return annotate(e, INT, false);
      }
      if (li && rt.kind === "pointer") {
        if (!(equality && isNullPointer(l)))
          c.warning("comparison between pointer and integer", e.opSpan, "");
        e.left = convert(l, rt);
        e.right = r;
        return annotate(e, INT, false);
      }
      return invalidOperands(c, e, lt, rt);
    }
  }
  return invalidOperands(c, e, lt, rt);
}

/** Pointer arithmetic needs a complete pointee (GNU: void and functions count as size 1). */
function pointerArith(c: Checker, p: PointerType, span: Span): boolean {
  const to = p.to;
  if (to.kind === "void" || to.kind === "function" || isComplete(to)) return true;
  c.error(`arithmetic on pointer to an incomplete type ${quoteType(to)}`, span);
  return false;
}

/** -Wsign-compare: a signed and an unsigned operand, unless the signed one is a constant >= 0. */
function signCompare(c: Checker, l: Expr, r: Expr, span: Span): void {
  const a = promote(l.type!);
  const b = promote(r.type!);
  if (a.signed === b.signed) return;
  const signedSide = a.signed ? l : r;
  const unsignedType = a.signed ? b : a;
  if (unsignedType.rank < INT.rank) return;
  const v = evalInt(signedSide);
  if (v !== undefined && (v >= 0 || evalInt(a.signed ? r : l) !== undefined)) return;
  // An unsigned narrower than int promoted to int is not "different signedness" either.
  if (!intOf(signedSide.type!).signed && promote(signedSide.type!).signed) return;
  c.warning(
    `comparison of integer expressions of different signedness: ${quoteType(l.type!)} and ${quoteType(r.type!)}`,
    span,
    "-Wsign-compare",
  );
}

/** An operand of `&&` or `||` must be a scalar. */
function scalarOperand(c: Checker, x: Expr): void {
  if (!isError(x.type!) && !isScalar(x.type!))
    c.error(`used ${typeKindName(x.type!)} type value where scalar is required`, x.span);
}

function typeKindName(t: Type): string {
  return t.kind === "record"
    ? t.def.union
      ? "union"
      : "struct"
    : t.kind === "void"
      ? "void"
      : t.kind;
}

function assign(c: Checker, e: Assign): Expr {
  const target = checkExpr(c, e.target);
  e.target = target;
  const t = target.type!;
  let v = value(c, e.value);
  if (isError(t) || isError(v.type!)) {
    e.value = v;
    return annotate(e, ERROR, false);
  }
  if (!target.lvalue) {
    c.error("lvalue required as left operand of assignment", e.opSpan);
    e.value = v;
    return annotate(e, ERROR, false);
  }
  if (t.kind === "array") {
    c.error("assignment to expression with array type", e.opSpan);
    e.value = v;
    return annotate(e, ERROR, false);
  }
  readOnly(c, target, "assignment", e.opSpan);
  const result = qualified(t, 0);
  if (e.op === "=") {
    e.value = convertAs(c, v, result, { kind: "assign", at: e.opSpan });
    return annotate(e, result, false);
  }
  const vt = v.type!;
  if ((e.op === "+=" || e.op === "-=") && t.kind === "pointer") {
    if (!isInteger(vt)) return invalidOperands(c, e, t, vt);
    pointerArith(c, t, e.opSpan);
    e.value = convert(v, promote(vt));
    e.opType = result;
    return annotate(e, result, false);
  }
  if (!isInteger(t) || !isInteger(vt)) return invalidOperands(c, e, t, vt);
  // A narrow bit-field computes in int (`s.a /= -1` divides signed).
  const computed = narrowBitField(target) ? INT : t;
  if (e.op === "<<=" || e.op === ">>=") {
    e.opType = promote(computed);
    v = convert(v, promote(vt));
  } else {
    e.opType = usualArithmetic(computed, vt);
    v = convert(v, e.opType);
    if ((e.op === "/=" || e.op === "%=") && evalInt(v) === 0)
      c.warning("division by zero", e.opSpan, "-Wdiv-by-zero");
  }
  e.value = v;
  return annotate(e, result, false);
}

function conditional(c: Checker, e: Expr & { kind: "Conditional" }): Expr {
  e.cond = value(c, e.cond);
  if (!isError(e.cond.type!) && !isScalar(e.cond.type!))
    c.error(`used ${typeKindName(e.cond.type!)} type value where scalar is required`, e.cond.span);
  const a = value(c, e.then);
  const b = value(c, e.else);
  const at = a.type!;
  const bt = b.type!;
  e.then = a;
  e.else = b;
  if (isError(at) || isError(bt)) return annotate(e, ERROR, false);
  let t: Type;
  if (isInteger(at) && isInteger(bt)) t = usualArithmetic(at, bt);
  else if (at.kind === "void" && bt.kind === "void") t = VOID;
  else if (at.kind === "record" && compatibleUnqual(at, bt)) t = qualified(at, 0);
  else if (at.kind === "pointer" && bt.kind === "pointer") {
    const q = at.to.qual | bt.to.qual;
    if (isNullPointer(b)) t = at;
    else if (isNullPointer(a)) t = bt;
    else if (compatibleUnqual(qualified(at.to, 0), qualified(bt.to, 0)))
      t = pointerTo(qualified(composite(qualified(at.to, 0), qualified(bt.to, 0)), q));
    else if (at.to.kind === "void" || bt.to.kind === "void") t = pointerTo(qualified(VOID, q));
    else {
      c.warning("pointer type mismatch in conditional expression", e.span, "");
      t = pointerTo(qualified(VOID, q));
    }
  } else if (at.kind === "pointer" && isInteger(bt)) {
    if (!isNullPointer(b))
      c.warning("pointer/integer type mismatch in conditional expression", e.span, "");
    t = at;
  } else if (isInteger(at) && bt.kind === "pointer") {
    if (!isNullPointer(a))
      c.warning("pointer/integer type mismatch in conditional expression", e.span, "");
    t = bt;
  } else {
    c.error("type mismatch in conditional expression", e.span);
    return annotate(e, ERROR, false);
  }
  if (t.kind !== "void") {
    e.then = convert(a, t);
    e.else = convert(b, t);
  }
  return annotate(e, t, false);
}

function cast(c: Checker, e: Expr & { kind: "Cast" }): Expr {
  const to = c.typeName(e.typeName);
  const x = value(c, e.operand);
  e.operand = x;
  const from = x.type!;
  if (isError(from)) return annotate(e, ERROR, false);
  if (to.kind === "void") return annotate(e, VOID, false);
  if (to.kind === "array") {
    c.error("cast specifies array type", e.span);
    return annotate(e, ERROR, false);
  }
  if (to.kind === "function") {
    c.error("cast specifies function type", e.span);
    return annotate(e, ERROR, false);
  }
  if (!isScalar(to)) {
    if (to.kind === "record" && compatibleUnqual(to, from))
      return annotate(e, qualified(to, 0), false);
    c.error("conversion to non-scalar type requested", e.span);
    return annotate(e, ERROR, false);
  }
  if (!isScalar(from)) {
    c.error(
      from.kind === "void"
        ? "void value not ignored as it ought to be"
        : `aggregate value used where ${to.kind === "pointer" ? "a pointer" : "an integer"} was expected`,
      x.span,
    );
    return annotate(e, ERROR, false);
  }
  if (to.kind === "pointer" && isInteger(from) && sizeOf(from) !== 4 && evalInt(x) === undefined)
    c.warning("cast to pointer from integer of different size", e.span, "-Wint-to-pointer-cast");
  if (isInteger(to) && from.kind === "pointer" && sizeOf(to) !== 4 && intOf(to) !== BOOL)
    c.warning("cast from pointer to integer of different size", e.span, "-Wpointer-to-int-cast");
  return annotate(e, qualified(to, 0), false);
}

function member(c: Checker, e: Member): Expr {
  let base: Expr;
  let rt: Type;
  if (e.arrow) {
    base = value(c, e.base);
    const pt = base.type!;
    e.base = base;
    if (isError(pt)) return annotate(e, ERROR, true);
    if (pt.kind !== "pointer") {
      c.error(`invalid type argument of '->' (have ${quoteType(pt)})`, e.span);
      return annotate(e, ERROR, true);
    }
    rt = pt.to;
  } else {
    base = checkExpr(c, e.base);
    e.base = base;
    rt = base.type!;
    if (isError(rt)) return annotate(e, ERROR, true);
  }
  // (`operatorSpan` only for a message: its scan back over the text is not free, and a program
  //  has many member accesses.)
  if (rt.kind !== "record") {
    c.error(
      `request for member '${e.name}' in something not a structure or union`,
      operatorSpan(e),
    );
    return annotate(e, ERROR, true);
  }
  if (!rt.def.complete) {
    c.error(`invalid use of undefined type ${quoteType(rt)}`, operatorSpan(e));
    return annotate(e, ERROR, true);
  }
  const f = rt.def.byName.get(e.name);
  if (f === undefined) {
    c.error(`${quoteType(rt)} has no member named '${e.name}'`, operatorSpan(e));
    return annotate(e, ERROR, true);
  }
  e.field = f;
  const q = rt.qual;
  const t =
    q !== 0 && f.type.kind !== "array"
      ? qualified(f.type, f.type.qual | q)
      : q !== 0
        ? qualified(f.type, q)
        : f.type;
  e.type = t;
  e.lvalue = e.arrow || base.lvalue === true;
  return e;
}

/** Where the `.` or `->` of a member access is (gcc points there). */
function operatorSpan(e: Member): Span {
  const text = e.span.file.text;
  let i = e.nameSpan.start - 1;
  while (i > e.span.start && /\s/.test(text[i])) i--;
  // (In a macro expansion the spans are the macro use's: then the member's name will do.)
  if (e.arrow ? text.slice(i - 1, i + 1) !== "->" : text[i] !== ".") return e.nameSpan;
  const start = e.arrow ? i - 1 : i;
  return { ...e.nameSpan, start, end: i + 1 };
}

function call(c: Checker, e: Call): Expr {
  let callee = e.callee;
  if (callee.kind === "Ident" && c.lookup(callee.name) === undefined && callee.decl === undefined) {
    // C99 removed implicit declarations; gcc 14 and Logos C make them errors.
    c.error(`implicit declaration of function '${callee.name}'`, callee.span);
    const d = c.newDecl("function", callee.name, functionType(INT, [], false, false), callee.span);
    d.linkage = "external";
    d.used = true;
    const outer = c.scope;
    c.scope = c.fileScope;
    c.bind(d);
    c.scope = outer;
    c.externals.set(d.name, d);
    c.globals.push(d);
  }
  callee = value(c, callee);
  e.callee = callee;
  const ct = callee.type!;
  const inner = callee.kind === "ImplicitCast" ? callee.operand : callee;
  const decl = inner.kind === "Ident" ? inner.decl : undefined;
  const fname = decl?.name;
  if (isError(ct)) {
    e.args = e.args.map((a) => value(c, a));
    return annotate(e, ERROR, false);
  }
  if (decl?.kind === "builtin") return builtin(c, e, inner, decl.builtin!);
  if (ct.kind !== "pointer" || ct.to.kind !== "function") {
    c.error(
      fname !== undefined
        ? `called object '${fname}' is not a function or function pointer`
        : "called object is not a function or function pointer",
      callee.span,
      decl !== undefined && decl.kind === "var" ? [note("declared here", decl.span)] : undefined,
    );
    e.args = e.args.map((a) => value(c, a));
    return annotate(e, ERROR, false);
  }
  const ft = ct.to;
  const ctx: ArgContext = { kind: "arg", n: 0, fname, callee, decl };
  for (let i = 0; i < e.args.length; i++) {
    let a = value(c, e.args[i]);
    const at = a.type!;
    if (at.kind === "void") {
      c.error("invalid use of void expression", a.span);
    } else if (ft.prototype && i < ft.params.length) {
      ctx.n = i + 1;
      a = convertAs(c, a, ft.params[i], ctx);
    } else if (isInteger(at)) {
      a = convert(a, promote(at));
    } else if (!isError(at) && at.kind === "record" && !isComplete(at)) {
      c.error(`invalid use of undefined type ${quoteType(at)}`, a.span);
    }
    e.args[i] = a;
  }
  // Counted after the arguments are checked, so their own errors come first (as gcc).
  const missing = ft.params.length - e.args.length;
  if (ft.prototype && (missing > 0 || (missing < 0 && !ft.variadic))) {
    c.error(
      `too ${missing > 0 ? "few" : "many"} arguments to function '${fname ?? sourceText(callee)}'`,
      callee.span,
      decl !== undefined ? [note("declared here", decl.span)] : undefined,
    );
  }
  const ret = qualified(ft.ret, 0);
  if (ret.kind !== "void" && !isComplete(ret))
    c.error(`invalid use of undefined type ${quoteType(ret)}`, e.span);
  return annotate(e, ret, false);
}

/** `__builtin_va_start(ap, last)`, `va_end(ap)`, `va_copy(dst, src)`, `expect`, `trap`... */
function builtin(c: Checker, e: Call, callee: Expr, name: string): Expr {
  e.callee = callee;
  annotate(callee, callee.type!, false);
  const want =
    name === "va_start" || name === "va_copy" || name === "expect" ? 2 : name === "va_end" ? 1 : 0;
  if (e.args.length !== want) {
    c.error(
      `${e.args.length < want ? "too few" : "too many"} arguments to function '__builtin_${name}'`,
      e.span,
    );
    e.args = e.args.map((a) => value(c, a));
    return annotate(e, name === "expect" ? LONG : VOID, false);
  }
  if (name === "expect") {
    const ctx: ArgContext = {
      kind: "arg",
      n: 1,
      fname: "__builtin_expect",
      callee,
      decl: undefined,
    };
    e.args = e.args.map((a) => convertAs(c, value(c, a), LONG, ctx));
    return annotate(e, LONG, false);
  }
  if (name === "va_start" || name === "va_end" || name === "va_copy") {
    const ap = checkExpr(c, e.args[0]);
    e.args[0] = ap;
    if (!isError(ap.type!) && (!ap.lvalue || !compatibleUnqual(ap.type!, VA_LIST)))
      c.error(`first argument to '${name}' is not a 'va_list' lvalue`, ap.span);
    if (name === "va_start") {
      e.args[1] = checkExpr(c, e.args[1]);
      if (c.fn !== undefined && !c.fn.type.variadic)
        c.error("'va_start' used in function with fixed arguments", e.span);
    } else if (name === "va_copy") {
      e.args[1] = value(c, e.args[1]);
      if (!isError(e.args[1].type!) && !compatibleUnqual(e.args[1].type!, VA_LIST))
        c.error("second argument to 'va_copy' is not a 'va_list'", e.args[1].span);
    }
  }
  return annotate(e, VOID, false);
}

function offsetof(c: Checker, e: Expr & { kind: "Offsetof" }): Expr {
  let t = c.typeName(e.typeName);
  let offset = 0;
  for (const d of e.path) {
    if (d.kind === "FieldDesignator") {
      if (t.kind !== "record" || !t.def.complete) {
        c.error(`request for member '${d.name}' in something not a structure or union`, d.span);
        return intLit(0, SIZE_T, e.span);
      }
      const f = t.def.byName.get(d.name);
      if (f === undefined) {
        c.error(`${quoteType(t)} has no member named '${d.name}'`, d.span);
        return intLit(0, SIZE_T, e.span);
      }
      if (f.bitWidth >= 0) {
        c.error(`attempt to take address of bit-field structure member '${d.name}'`, d.span);
        return intLit(0, SIZE_T, e.span);
      }
      offset += f.offset;
      t = f.type;
    } else {
      const i = value(c, d.index);
      const v = evalInt(i);
      if (t.kind !== "array") {
        c.error("subscripted value is neither array nor pointer", d.span);
        return intLit(0, SIZE_T, e.span);
      }
      if (v === undefined) {
        c.error("array index in 'offsetof' is not a constant in Logos C", d.index.span);
        return intLit(0, SIZE_T, e.span);
      }
      t = t.of;
      offset += v * sizeOf(t);
    }
  }
  return intLit(offset, SIZE_T, e.span);
}

/** Whether evaluating `e` does more than compute a value: a call, a store, a volatile read. */
export function hasEffect(e: Expr): boolean {
  if ((e.type?.qual ?? 0) & VOLATILE && e.lvalue) return true;
  switch (e.kind) {
    case "Ident":
    case "IntLit":
    case "CharLit":
    case "StringLit":
    case "SizeofType":
    case "SizeofExpr":
    case "AlignofType":
    case "AlignofExpr":
    case "Offsetof":
      return false;
    case "Binary":
    case "Index":
      return hasEffect(e.kind === "Binary" ? e.left : e.base) || hasEffect(e.kind === "Binary" ? e.right : e.index); // prettier-ignore
    case "Unary":
      return e.op === "++" || e.op === "--" || hasEffect(e.operand);
    case "ImplicitCast":
    case "Cast":
      return hasEffect(e.operand);
    case "Member":
      return hasEffect(e.base);
    case "Comma":
      return hasEffect(e.left) || hasEffect(e.right);
    case "Conditional":
      return hasEffect(e.cond) || hasEffect(e.then) || hasEffect(e.else);
    default:
      return true;
  }
}

/** `(void)x`: a value thrown away on purpose. */
export function isVoidCast(e: Expr): boolean {
  return e.kind === "Cast" && e.type!.kind === "void";
}
