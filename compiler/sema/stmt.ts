// Statements and function bodies (C11 6.8): scopes of blocks, labels and `goto`, `switch`
// with its cases, `break`/`continue` in their places, `return` against the function's type,
// `__asm__` operands, and gcc's -Wall warnings that need the shape of the code (a non-void
// function whose end is reachable, an unused label, `if (x = y)`).
//
// After checking, a `CaseStmt`'s `value` is an `IntLit` holding the case's value converted to
// the promoted type of the controlling expression (what codegen compares with).
import { note } from "../diag.ts";
import type {
  AsmStmt,
  Assign,
  Attribute,
  BlockItem,
  CompoundStmt,
  Expr,
  FunctionDef,
  Stmt,
} from "../parse/ast.ts";
import type { Checker, FunctionState, ParamInfo } from "./check.ts";
import { evalInt } from "./const.ts";
import { convertAs, RETURN } from "./convert.ts";
import { ERROR, value, checkExpr, convert, hasEffect, isVoidCast } from "./expr.ts";
import {
  isComplete,
  isInteger,
  isScalar,
  normalize,
  promote,
  type Decl,
  type FunctionType,
  type Type,
  VOLATILE,
} from "./types.ts";

/** Checks a function's body: parameters in the outermost block, then the statements. */
export function functionBody(
  c: Checker,
  f: FunctionDef,
  decl: Decl,
  type: FunctionType,
  params: ParamInfo[],
): void {
  const fn: FunctionState = {
    decl,
    type,
    labels: new Map(),
    gotos: [],
    loops: 0,
    switches: [],
    breakables: 0,
    funcName: undefined,
  };
  const outer = c.fn;
  c.fn = fn;
  c.pushScope();
  const decls: Decl[] = [];
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (p.name === undefined) {
      c.error("parameter name omitted", p.span);
      continue;
    }
    if (!isComplete(p.type))
      c.error(`parameter ${i + 1} ('${p.name}') has incomplete type`, p.span);
    const d = c.newDecl("var", p.name, p.type, p.span);
    d.local = true;
    d.param = true;
    d.storage = p.register ? "register" : undefined;
    d.align = 4;
    if (c.scope.names?.has(p.name)) c.error(`redefinition of parameter '${p.name}'`, p.span);
    c.bind(d);
    c.addLocal(d);
    decls.push(d);
  }
  f.params = decls;
  blockItems(c, f.body.items);
  const gotos = fn.gotos;
  for (let i = 0; i < gotos.length; i++) {
    const g = gotos[i];
    const l = fn.labels.get(g.name);
    if (l === undefined) c.error(`label '${g.name}' used but not defined`, g.span);
    else l.used = true;
  }
  c.popScope();
  if (fn.labels.size > 0)
    for (const [name, l] of fn.labels)
      if (!l.used) c.warning(`label '${name}' defined but not used`, l.span, "-Wunused-label");
  if (decl.noreturn && fallsThrough(f.body)) {
    const end = f.body.span.end;
    c.warning("'noreturn' function does return", { ...f.body.span, start: end - 1, end }, "");
  } else if (type.ret.kind !== "void" && decl.name !== "main" && fallsThrough(f.body)) {
    const end = f.body.span.end;
    c.warning(
      "control reaches end of non-void function",
      { ...f.body.span, start: end - 1, end },
      "-Wreturn-type",
    );
  }
  c.fn = outer;
}

function blockItems(c: Checker, items: BlockItem[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind === "Declaration") c.declaration(item);
    else if (item.kind === "StaticAssert") c.staticAssert(item);
    else stmt(c, item);
  }
}

function compound(c: Checker, s: CompoundStmt): void {
  c.pushScope();
  blockItems(c, s.items);
  c.popScope();
}

/** A controlling expression: a scalar (`if`, loops), with -Wparentheses on `if (x = y)`. */
function condition(c: Checker, e: Expr): Expr {
  const x = value(c, e);
  if (x.type !== ERROR && !isScalar(x.type!)) {
    const t = x.type!;
    const what = t.kind === "record" ? (t.def.union ? "union" : "struct") : t.kind;
    c.error(`used ${what} type value where scalar is required`, x.span);
  }
  if (x.kind === "Assign" && x.op === "=" && !parenthesized(x)) {
    c.warning("suggest parentheses around assignment used as truth value", x.span, "-Wparentheses");
  }
  return x;
}

/** Whether the source has `((` before the expression (the extra parentheses gcc asks for). */
/** Whether an assignment was written in parentheses of its own: its span then includes them
 * (the parser's parenthesized expression), so it starts before its target does. */
function parenthesized(e: Assign): boolean {
  return e.span.start < e.target.span.start;
}

function stmt(c: Checker, s: Stmt): void {
  const fn = c.fn!;
  switch (s.kind) {
    case "CompoundStmt":
      compound(c, s);
      return;
    case "ExprStmt":
      if (s.expr !== undefined) {
        s.expr = checkExpr(c, s.expr);
        if (s.expr.type!.kind === "array" || s.expr.type!.kind === "function")
          s.expr = value(c, s.expr);
        unusedValue(c, s.expr);
      }
      return;
    case "IfStmt":
      s.cond = condition(c, s.cond);
      stmt(c, s.then);
      if (s.else) stmt(c, s.else);
      return;
    case "WhileStmt":
      s.cond = condition(c, s.cond);
      loopBody(c, s.body);
      return;
    case "DoStmt":
      loopBody(c, s.body);
      s.cond = condition(c, s.cond);
      return;
    case "ForStmt":
      c.pushScope();
      if (s.init !== undefined) {
        if (s.init.kind === "Declaration") {
          if (
            s.init.specs.storage === "static" ||
            s.init.specs.storage === "extern" ||
            s.init.specs.storage === "typedef"
          )
            c.error(
              `declaration of '${s.init.declarators[0]?.declarator.name ?? ""}' in 'for' loop initial declaration is not an object with automatic storage`,
              s.init.span,
            );
          c.declaration(s.init);
        } else s.init = value(c, s.init);
      }
      if (s.cond !== undefined) s.cond = condition(c, s.cond);
      if (s.step !== undefined) s.step = checkExpr(c, s.step);
      loopBody(c, s.body);
      c.popScope();
      return;
    case "SwitchStmt": {
      const x = value(c, s.cond);
      let t: Type = ERROR;
      if (x.type !== ERROR) {
        if (!isInteger(x.type!)) c.error("switch quantity not an integer", x.span);
        else t = promote(x.type!);
      }
      s.cond = t === ERROR ? x : convert(x, t);
      fn.switches.push({ type: t, cases: new Map(), default: undefined });
      fn.breakables++;
      stmt(c, s.body);
      fn.breakables--;
      fn.switches.pop();
      return;
    }
    case "CaseStmt": {
      const sw = fn.switches[fn.switches.length - 1];
      const x = value(c, s.value);
      const v = evalInt(x);
      if (sw === undefined) c.error("case label not within a switch statement", s.span);
      else if (v === undefined || !isInteger(x.type!)) {
        if (x.type !== ERROR)
          c.error("case label does not reduce to an integer constant", s.value.span);
      } else if (sw.type !== ERROR) {
        const n = normalize(v, sw.type);
        const prev = sw.cases.get(n);
        if (prev !== undefined)
          c.error("duplicate case value", s.span, [note("previously used here", prev)]);
        else sw.cases.set(n, s.span);
        s.value = {
          kind: "IntLit",
          value: n,
          radix: 10,
          unsigned: false,
          long: 0,
          span: s.value.span,
          type: sw.type,
          lvalue: false,
        };
      }
      stmt(c, s.body);
      return;
    }
    case "DefaultStmt": {
      const sw = fn.switches[fn.switches.length - 1];
      if (sw === undefined) c.error("'default' label not within a switch statement", s.span);
      else if (sw.default !== undefined)
        c.error("multiple default labels in one switch", s.span, [
          note("this is the first default label", sw.default),
        ]);
      else sw.default = s.span;
      stmt(c, s.body);
      return;
    }
    case "LabelStmt": {
      const prev = fn.labels.get(s.label);
      if (prev !== undefined)
        c.error(`duplicate label '${s.label}'`, s.labelSpan, [
          note(`previous definition of '${s.label}' was here`, prev.span),
        ]);
      else
        fn.labels.set(s.label, {
          span: s.labelSpan,
          used: hasAttribute(s.attributes, "unused"),
        });
      stmt(c, s.body);
      return;
    }
    case "GotoStmt":
      fn.gotos.push({ name: s.label, span: s.span });
      return;
    case "BreakStmt":
      if (fn.loops === 0 && fn.breakables === 0)
        c.error("break statement not within loop or switch", s.span);
      return;
    case "ContinueStmt":
      if (fn.loops === 0) c.error("continue statement not within a loop", s.span);
      return;
    case "ReturnStmt": {
      const ret = fn.type.ret;
      if (fn.decl.noreturn)
        c.warning("function declared 'noreturn' has a 'return' statement", s.span, "");
      if (s.value === undefined) {
        if (ret.kind !== "void")
          c.warning(
            "'return' with no value, in function returning non-void",
            s.span,
            "-Wreturn-type",
            [note("declared here", fn.decl.defSpan ?? fn.decl.span)],
          );
        return;
      }
      const v = value(c, s.value);
      if (ret.kind === "void") {
        if (v.type!.kind !== "void")
          c.error("'return' with a value, in function returning void", v.span, [
            note("declared here", fn.decl.defSpan ?? fn.decl.span),
          ]);
        s.value = v;
        return;
      }
      if (v.type!.kind === "void") {
        c.error("void value not ignored as it ought to be", v.span);
        s.value = v;
        return;
      }
      s.value = convertAs(c, v, ret, RETURN);
      return;
    }
    case "AsmStmt":
      asm(c, s);
      return;
  }
}

function loopBody(c: Checker, body: Stmt): void {
  const fn = c.fn!;
  fn.loops++;
  fn.breakables++;
  stmt(c, body);
  fn.loops--;
  fn.breakables--;
}

/** `__asm__`: outputs are modifiable lvalues with an `=` or `+` constraint; inputs are values. */
function asm(c: Checker, s: AsmStmt): void {
  s.outputs.forEach((o) => {
    const constraint = String.fromCharCode(...o.constraint.value);
    if (!constraint.startsWith("=") && !constraint.startsWith("+"))
      c.error(`output operand constraint lacks '='`, s.span);
    o.expr = checkExpr(c, o.expr);
    if (o.expr.type !== ERROR && !o.expr.lvalue)
      c.error("lvalue required in 'asm' statement", s.span);
  });
  for (const input of s.inputs) {
    const constraint = String.fromCharCode(...input.constraint.value);
    // A memory operand ("m") needs the object itself, not its value.
    input.expr = constraint.includes("m") ? checkExpr(c, input.expr) : value(c, input.expr);
    if (input.expr.type!.kind === "void")
      c.error("invalid use of void expression", input.expr.span);
  }
  if (s.outputs.length + s.inputs.length > 30) c.error("more than 30 operands in 'asm'", s.span);
  for (const l of s.labels) c.fn!.gotos.push({ name: l.name, span: l.span });
}

/** gcc's -Wunused-value cases: a computation whose result is dropped and that does nothing. */
/**
 * gcc's -Wunused-value on an expression statement whose value is thrown away: "statement with no
 * effect" if evaluating it does nothing, "value computed is not used" if it does something but
 * its last operation only computes a value (`g(x) + 1`, `*p++`, `(char)g(x)`). Calls,
 * assignments, increments, casts to void, comma and conditional expressions are left alone. The
 * place is the last operation's operator (a cast's parenthesis).
 */
function unusedValue(c: Checker, e: Expr): void {
  while (e.kind === "ImplicitCast") e = e.operand;
  switch (e.kind) {
    case "Call":
    case "Assign":
    case "Postfix":
    case "Conditional":
    case "VaArg":
      return;
    case "Comma":
      // The value thrown away is the right operand's.
      if (!hasEffect(e.right) && !isVoidCast(e.right))
        c.warning("right-hand operand of comma expression has no effect", e.opSpan, "-Wunused-value"); // prettier-ignore
      return;
    case "Unary":
      if (e.op === "++" || e.op === "--") return;
      break;
    case "Cast":
      if (e.type!.kind === "void") return;
      break;
  }
  if (e.lvalue && (e.type?.qual ?? 0) & VOLATILE) return; // (a read of a volatile object)
  const at = e.kind === "Binary" ? e.opSpan : e.span;
  if (hasEffect(e)) c.warning("value computed is not used", at, "-Wunused-value");
  else c.warning("statement with no effect", at, "-Wunused-value");
}

// ---------------------------------------------------------------------------------------------
// Can control reach the end of a statement? (for "control reaches end of non-void function")
// ---------------------------------------------------------------------------------------------

/** Whether control can run off the end of `s` (a conservative reading, as gcc's at -O0). */
export function fallsThrough(s: Stmt): boolean {
  switch (s.kind) {
    case "CompoundStmt": {
      let reachable = true;
      const items = s.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item.kind === "Declaration" || item.kind === "StaticAssert") continue;
        if (isLabelled(item)) reachable = fallsThrough(item);
        else if (reachable) reachable = fallsThrough(item);
      }
      return reachable;
    }
    case "ReturnStmt":
    case "GotoStmt":
    case "BreakStmt":
    case "ContinueStmt":
      return false;
    case "ExprStmt":
      return s.expr === undefined || !callsNoreturn(s.expr);
    case "IfStmt":
      return s.else === undefined || fallsThrough(s.then) || fallsThrough(s.else);
    case "WhileStmt":
      return !alwaysTrue(s.cond) || breaksOut(s.body);
    case "DoStmt":
      return (
        (!alwaysTrue(s.cond) && (fallsThrough(s.body) || continues(s.body))) || breaksOut(s.body)
      );
    case "ForStmt":
      return (s.cond !== undefined && !alwaysTrue(s.cond)) || breaksOut(s.body);
    case "SwitchStmt":
      return !hasDefault(s.body) || fallsThrough(s.body) || breaksOut(s.body);
    case "CaseStmt":
    case "DefaultStmt":
    case "LabelStmt":
      return fallsThrough(s.body);
    case "AsmStmt":
      return true;
  }
}

function isLabelled(s: Stmt): boolean {
  return s.kind === "LabelStmt" || s.kind === "CaseStmt" || s.kind === "DefaultStmt";
}

function alwaysTrue(e: Expr): boolean {
  const v = evalInt(e);
  return v !== undefined && v !== 0;
}

function callsNoreturn(e: Expr): boolean {
  if (e.kind === "ImplicitCast" || e.kind === "Cast") return callsNoreturn(e.operand);
  if (e.kind !== "Call") return false;
  let callee = e.callee;
  if (callee.kind === "ImplicitCast") callee = callee.operand;
  return callee.kind === "Ident" && callee.decl?.noreturn === true;
}

/** A `break` that leaves this loop or switch (not one inside a nested loop or switch). */
function breaksOut(s: Stmt): boolean {
  return findJump(s, "BreakStmt");
}

function continues(s: Stmt): boolean {
  return findJump(s, "ContinueStmt");
}

function findJump(s: Stmt, kind: "BreakStmt" | "ContinueStmt"): boolean {
  switch (s.kind) {
    case "BreakStmt":
    case "ContinueStmt":
      return s.kind === kind;
    case "CompoundStmt": {
      const items = s.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item.kind !== "Declaration" && item.kind !== "StaticAssert" && findJump(item, kind))
          return true;
      }
      return false;
    }
    case "IfStmt":
      return findJump(s.then, kind) || (s.else !== undefined && findJump(s.else, kind));
    case "CaseStmt":
    case "DefaultStmt":
    case "LabelStmt":
      return findJump(s.body, kind);
    case "SwitchStmt":
      return kind === "ContinueStmt" && findJump(s.body, kind);
    default:
      return false;
  }
}

function hasDefault(s: Stmt): boolean {
  switch (s.kind) {
    case "DefaultStmt":
      return true;
    case "CompoundStmt": {
      const items = s.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item.kind !== "Declaration" && item.kind !== "StaticAssert" && hasDefault(item))
          return true;
      }
      return false;
    }
    case "IfStmt":
      return hasDefault(s.then) || (s.else !== undefined && hasDefault(s.else));
    case "CaseStmt":
    case "LabelStmt":
      return hasDefault(s.body);
    case "WhileStmt":
    case "DoStmt":
    case "ForStmt":
      return hasDefault(s.body);
    default:
      return false;
  }
}

function hasAttribute(attrs: Attribute[], name: string): boolean {
  for (let i = 0; i < attrs.length; i++) if (attrs[i].name === name) return true;
  return false;
}
