// Conversion as if by assignment (C11 6.5.16.1): what assignments, initializers, arguments and
// `return` do to a value, with gcc's errors and warnings for each context (`initialization of
// 'int *' from 'int' makes pointer from integer without a cast`, and so on). Integer to integer
// and the pointer conversions C allows become an `ImplicitCast`; a mismatch gcc only warns about
// converts all the same (as gcc does); anything else is an error and an `ERROR`-typed value.
import { note, type Span } from "../diag.ts";
import type { Expr } from "../parse/ast.ts";
import type { Checker } from "./check.ts";
import { annotate, convert, ERROR, isError, isNullPointer, sourceText } from "./expr.ts";
import {
  arrayOf,
  BOOL,
  compatibleUnqual,
  CONST,
  isInteger,
  qualified,
  qualsOf,
  quoteType,
  type Decl,
  type Type,
} from "./types.ts";

/**
 * Where a conversion happens, for its messages. One `ArgContext` serves all the arguments of a
 * call (`n` advances), and `INIT` and `RETURN` every initializer and `return`: a conversion
 * allocates nothing unless it has something to say.
 */
export type ConvertContext =
  { kind: "assign"; at: Span } | { kind: "init" } | { kind: "return" } | ArgContext;

/** Argument `n` of a call of `fname` (or of the callee's source text), declared at `decl`. */
export interface ArgContext {
  kind: "arg";
  n: number;
  fname: string | undefined;
  callee: Expr;
  decl: Decl | undefined;
}

export const INIT: ConvertContext = { kind: "init" };
export const RETURN: ConvertContext = { kind: "return" };

/** The called function's name, as messages quote it. */
function fname(ctx: ArgContext): string {
  return ctx.fname ?? sourceText(ctx.callee);
}

/** Converts `v` (a value) to `to` as assignment does, with gcc's errors and warnings. */
export function convertAs(c: Checker, v: Expr, to: Type, ctx: ConvertContext): Expr {
  const from = v.type!;
  // gcc points at the `=` of an assignment, and at the value elsewhere.
  const at = ctx.kind === "assign" ? ctx.at : v.span;
  if (isError(from) || isError(to)) return v;
  if (from.kind === "void") {
    c.error("void value not ignored as it ought to be", at);
    return annotate(v, ERROR, false);
  }
  to = qualified(to, 0);
  if (isInteger(to) && isInteger(from)) return convert(v, to);
  if (to.kind === "record" && compatibleUnqual(to, from)) return v;
  if (to.kind === "pointer" && from.kind === "pointer") {
    const a = to.to;
    const b = from.to;
    // An array's qualifiers are its elements' (C11 6.7.3p9): `int (*)[3]` converts to
    // `const int (*)[3]` as `int *` to `const int *` does (gcc, and C2x, allow it).
    const au = unqualified(a);
    const bu = unqualified(b);
    const voidOk =
      (au.kind === "void" && bu.kind !== "function") ||
      (bu.kind === "void" && au.kind !== "function");
    if (!voidOk && !compatibleUnqual(au, bu)) {
      if (!isNullPointer(v)) incompatiblePointers(c, v, to, from, ctx);
    } else if ((qualsOf(b) & ~qualsOf(a)) !== 0) {
      const q = qualsOf(b) & CONST & ~qualsOf(a) ? "const" : "volatile";
      const lead =
        ctx.kind === "arg"
          ? `passing argument ${ctx.n} of '${fname(ctx)}'`
          : ctx.kind === "assign"
            ? "assignment"
            : ctx.kind === "init"
              ? "initialization"
              : "return";
      c.warning(
        `${lead} discards '${q}' qualifier from pointer target type`,
        at,
        a.kind === "array" ? "-Wdiscarded-array-qualifiers" : "-Wdiscarded-qualifiers",
        ctx.kind === "arg" ? expected(to, from, ctx) : undefined,
      );
    }
    return convert(v, to);
  }
  if (to.kind === "pointer" && isInteger(from)) {
    if (!isNullPointer(v)) {
      c.warning(
        intPointerMessage(ctx, to, from, "makes pointer from integer"),
        at,
        "-Wint-conversion",
        ctx.kind === "arg" ? expected(to, from, ctx) : undefined,
      );
    }
    return convert(v, to);
  }
  if (to === BOOL && from.kind === "pointer") return convert(v, to);
  if (isInteger(to) && from.kind === "pointer") {
    c.warning(
      intPointerMessage(ctx, to, from, "makes integer from pointer"),
      at,
      "-Wint-conversion",
      ctx.kind === "arg" ? expected(to, from, ctx) : undefined,
    );
    return convert(v, to);
  }
  // Anything else is an error.
  switch (ctx.kind) {
    case "assign":
      c.error(
        `incompatible types when assigning to type ${quoteType(to)} from type ${quoteType(from)}`,
        at,
      );
      break;
    case "init":
      c.error(
        `incompatible types when initializing type ${quoteType(to)} using type ${quoteType(from)}`,
        at,
      );
      break;
    case "return":
      c.error(
        `incompatible types when returning type ${quoteType(from)} but ${quoteType(to)} was expected`,
        at,
      );
      break;
    case "arg":
      c.error(
        `incompatible type for argument ${ctx.n} of '${fname(ctx)}'`,
        at,
        expected(to, from, ctx),
      );
      break;
  }
  annotate(v, ERROR, false);
  return v;
}

/** `t` without qualifiers, an array's elements included. */
function unqualified(t: Type): Type {
  return t.kind === "array" ? arrayOf(unqualified(t.of), t.length) : qualified(t, 0);
}

/** gcc's note at the parameter (as the function's latest prototype names it). */
function expected(to: Type, from: Type, ctx: ArgContext) {
  const span = ctx.decl?.paramSpans?.[ctx.n - 1] ?? ctx.decl?.span;
  return [note(`expected ${quoteType(to)} but argument is of type ${quoteType(from)}`, span)];
}

function intPointerMessage(ctx: ConvertContext, to: Type, from: Type, what: string): string {
  switch (ctx.kind) {
    case "assign":
      return `assignment to ${quoteType(to)} from ${quoteType(from)} ${what} without a cast`;
    case "init":
      return `initialization of ${quoteType(to)} from ${quoteType(from)} ${what} without a cast`;
    case "return":
      return `returning ${quoteType(from)} from a function with return type ${quoteType(to)} ${what} without a cast`;
    case "arg":
      return `passing argument ${ctx.n} of '${fname(ctx)}' ${what} without a cast`;
  }
}

function incompatiblePointers(
  c: Checker,
  v: Expr,
  to: Type,
  from: Type,
  ctx: ConvertContext,
): void {
  const msg =
    ctx.kind === "assign"
      ? `assignment to ${quoteType(to)} from incompatible pointer type ${quoteType(from)}`
      : ctx.kind === "init"
        ? `initialization of ${quoteType(to)} from incompatible pointer type ${quoteType(from)}`
        : ctx.kind === "return"
          ? `returning ${quoteType(from)} from a function with incompatible return type ${quoteType(to)}`
          : `passing argument ${ctx.n} of '${fname(ctx)}' from incompatible pointer type`;
  c.warning(
    msg,
    ctx.kind === "assign" ? ctx.at : v.span,
    "-Wincompatible-pointer-types",
    ctx.kind === "arg" ? expected(to, from, ctx) : undefined,
  );
}
