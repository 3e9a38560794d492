// Initializers (C11 6.7.9): from `{ 1, .b = 2, [4] = 3 }` to the list of scalar stores codegen
// makes (`Initialization` in types.ts), checked on the way.
//
// The one idea: an initializer list is read with a cursor over its items. Each sub-object of the
// aggregate being filled takes the next item; if that item is not in braces but the sub-object
// is itself an aggregate, the sub-object takes as many items as it has scalars ("brace
// elision"). A designator resets the cursor within the innermost braced object, and following
// items go on from there -- also inside a sub-object reached by a designator path (`.a.b = 1, 2`
// puts 2 in the member after `a.b`). Arrays of unknown size take their length from the largest
// index initialized.
import type { Span } from "../diag.ts";
import type { Expr, Initializer, InitItem, InitList } from "../parse/ast.ts";
import type { Checker } from "./check.ts";
import { evalConst, evalInt } from "./const.ts";
import { convertAs, INIT } from "./convert.ts";
import { checkExpr, value } from "./expr.ts";
import {
  arrayOf,
  CHAR,
  compatibleUnqual,
  intOf,
  isComplete,
  isInteger,
  isScalar,
  qualified,
  quoteType,
  SCHAR,
  sizeOf,
  UCHAR,
  type Field,
  type InitEntry,
  type Initialization,
  type Type,
} from "./types.ts";

/** Reads an initializer for an object of type `t`; returns the (completed) type and contents. */
export function initialize(
  c: Checker,
  t: Type,
  init: Initializer,
  isStatic: boolean,
): { type: Type; init: Initialization } | undefined {
  const r = new InitReader(c, isStatic);
  if (t.kind !== "array" && !isComplete(t)) {
    c.error(`variable has incomplete type ${quoteType(t)}`, init.span);
    return undefined;
  }
  let type = t;
  if (t.kind === "array" && t.length === undefined) {
    r.unsized = true;
    r.one(t, 0, init);
    type = arrayOf(t.of, r.maxLength);
  } else r.one(t, 0, init);
  let entries = r.entries;
  if (r.overlaps) entries = latestWins(entries);
  return { type, init: { entries } };
}

class InitReader {
  readonly c: Checker;
  readonly isStatic: boolean;
  entries: InitEntry[] = [];
  /** A designator was used: later stores may override earlier ones. */
  overlaps = false;
  /** The top-level array has no size: `maxLength` elements were initialized. */
  unsized = false;
  maxLength = 0;

  constructor(c: Checker, isStatic: boolean) {
    this.c = c;
    this.isStatic = isStatic;
  }

  /** One initializer (an expression or a braced list) for the object of type `t` at `offset`. */
  one(t: Type, offset: number, init: Initializer, field?: Field): void {
    if (init.kind === "InitList") {
      this.braced(t, offset, init, field);
      return;
    }
    if (isCharArray(t) && init.kind === "StringLit") {
      this.string(t, offset, init, offset === 0 && this.unsized);
      return;
    }
    const v = value(this.c, init);
    if (t.kind === "array") {
      this.c.error("invalid initializer", init.span);
      return;
    }
    if (t.kind === "record" && !compatibleUnqual(t, v.type!)) {
      this.c.error(`invalid initializer`, init.span);
      return;
    }
    this.store(t, offset, v, field);
  }

  /** `{ ... }` for an object of type `t` (`field`: a bit-field's). */
  private braced(t: Type, offset: number, list: InitList, field?: Field): void {
    if (isScalar(t)) {
      if (list.items.length === 0) return; // `{}`: zero (C2x, GNU)
      const first = list.items[0];
      if (first.designators.length > 0) {
        this.c.error("designator in initializer for scalar type", first.span);
        return;
      }
      if (list.items.length > 1)
        this.c.error("excess elements in scalar initializer", list.items[1].span);
      if (first.init.kind === "InitList") {
        this.c.warning("braces around scalar initializer", first.span, "");
      }
      this.one(t, offset, first.init, field);
      return;
    }
    // A string literal in braces initializes a char array: `char s[] = { "abc" }`.
    if (
      isCharArray(t) &&
      list.items.length === 1 &&
      list.items[0].init.kind === "StringLit" &&
      list.items[0].designators.length === 0
    ) {
      this.string(
        t,
        offset,
        list.items[0].init as Expr & { kind: "StringLit" },
        offset === 0 && this.unsized,
      );
      return;
    }
    const pos = { i: 0, d: 0 };
    this.fill(t, offset, list.items, pos, true);
    if (pos.i < list.items.length) {
      const what =
        t.kind === "array" ? "array" : t.kind === "record" && t.def.union ? "union" : "struct";
      this.c.error(`excess elements in ${what} initializer`, list.items[pos.i].span);
    }
  }

  /**
   * Fills the aggregate `t` from `items[pos.i...]`. `braced`: the items are its own braces'
   * (a designator is ours, and we read to the end); otherwise we were reached by brace elision
   * or by a designator path, and stop when full or at the next designated item.
   */
  private fill(
    t: Type,
    offset: number,
    items: InitItem[],
    pos: { i: number; d: number },
    braced: boolean,
  ): void {
    if (t.kind === "array") {
      const elem = t.of;
      const size = sizeOf(elem);
      const top = offset === 0 && this.unsized && t.length === undefined;
      let index = 0;
      while (pos.i < items.length) {
        const item = items[pos.i];
        if (item.designators.length > pos.d) {
          if (pos.d === 0 && !braced && index > 0) return;
          const d = item.designators[pos.d];
          if (d.kind !== "IndexDesignator") {
            this.c.error(`field name not in record or union initializer`, d.span);
            this.skip(pos);
            continue;
          }
          const v = evalInt(value(this.c, d.index));
          if (v === undefined || v < 0 || (t.length !== undefined && v >= t.length)) {
            this.c.error(
              v === undefined
                ? "nonconstant array index in initializer"
                : "array index in initializer exceeds array bounds",
              d.span,
            );
            this.skip(pos);
            continue;
          }
          index = v;
          pos.d++;
          this.overlaps = true;
        } else if (t.length !== undefined && index >= t.length) {
          if (braced) return;
          return;
        } else if (pos.d === 0 && item.designators.length > 0 && !braced) return;
        this.element(elem, offset + index * size, items, pos);
        index++;
        if (top) this.maxLength = Math.max(this.maxLength, index);
        if (!braced && t.length !== undefined && index >= t.length) return;
      }
      return;
    }
    if (t.kind !== "record") return;
    const fields = t.def.members.filter((f) => f.name !== undefined || f.bitWidth < 0);
    let k = 0;
    let first = true;
    while (pos.i < items.length) {
      const item = items[pos.i];
      if (item.designators.length > pos.d) {
        if (pos.d === 0 && !braced && !first) return;
        const d = item.designators[pos.d];
        if (d.kind !== "FieldDesignator") {
          this.c.error(`array index in non-array initializer`, d.span);
          this.skip(pos);
          continue;
        }
        const path = findField(t.def.members, d.name);
        if (path === undefined) {
          this.c.error(`${quoteType(t)} has no member named '${d.name}'`, d.span);
          this.skip(pos);
          continue;
        }
        this.overlaps = true;
        k = fields.indexOf(path[0]);
        // A member of an anonymous struct or union: the designator is read again by the
        // anonymous member's own fill, so that the items after it go on inside it (as gcc).
        if (path.length === 1) pos.d++;
      } else if (pos.d === 0 && item.designators.length > 0 && !braced && !first) return;
      if (k >= fields.length || (t.def.union && !first && item.designators.length === 0)) return;
      const f = fields[k];
      this.element(f.type, offset + f.offset, items, pos, f.bitWidth >= 0 ? f : undefined);
      k++;
      first = false;
      if (!braced && (k >= fields.length || t.def.union)) return;
    }
  }

  /** The sub-object of type `t` at `offset` takes the next item (or several, if elided). */
  private element(
    t: Type,
    offset: number,
    items: InitItem[],
    pos: { i: number; d: number },
    field?: Field,
  ): void {
    const item = items[pos.i];
    if (item.designators.length > pos.d) {
      // More designators: they go inside this sub-object.
      if (t.kind !== "array" && t.kind !== "record") {
        this.c.error("designator in initializer for scalar type", item.designators[pos.d].span);
        this.skip(pos);
        return;
      }
      this.fill(t, offset, items, pos, false);
      return;
    }
    const init = item.init;
    if (init.kind === "InitList" || isScalar(t)) {
      if (init.kind === "InitList") {
        // A braced initializer gives the whole sub-object its value: what designators stored
        // there before is replaced (zeros included), as C11 6.7.9p19 says.
        if (this.overlaps && !isScalar(t)) this.clear(offset, sizeOf(t));
        this.braced(t, offset, init, field);
      } else {
        const v = value(this.c, init);
        item.init = v;
        this.store(t, offset, v, field);
      }
      this.next(pos);
      return;
    }
    // An aggregate sub-object and an expression: a string for a char array, a struct value of
    // the same type, or the first scalar of an elided brace.
    if (isCharArray(t) && init.kind === "StringLit") {
      this.string(t, offset, init, false);
      this.next(pos);
      return;
    }
    if (t.kind === "record") {
      const v = init.type !== undefined ? init : checkExpr(this.c, init);
      item.init = v;
      if (compatibleUnqual(t, v.type!)) {
        this.store(t, offset, v, undefined);
        this.next(pos);
        return;
      }
    }
    this.fill(t, offset, items, pos, false);
  }

  /** Drops the stores made so far into bytes [offset, offset + size). */
  private clear(offset: number, size: number): void {
    const end = offset + size;
    this.entries = this.entries.filter((e) => {
      const [s, t] = bits(e);
      return t <= offset * 8 || s >= end * 8;
    });
  }

  private next(pos: { i: number; d: number }): void {
    pos.i++;
    pos.d = 0;
  }

  private skip(pos: { i: number; d: number }): void {
    this.next(pos);
  }

  private string(
    t: Type & { kind: "array" },
    offset: number,
    s: Expr & { kind: "StringLit" },
    top: boolean,
  ): void {
    checkExpr(this.c, s);
    const elem = intOf(t.of);
    const litElem = intOf((s.type as Type & { kind: "array" }).of);
    if (sizeOf(elem) !== sizeOf(litElem)) {
      this.c.error("array of inappropriate type initialized from string constant", s.span);
      return;
    }
    let arr = t;
    if (t.length === undefined) {
      arr = arrayOf(t.of, s.value.length + 1);
      if (top) this.maxLength = s.value.length + 1;
    } else if (s.value.length > t.length) {
      this.c.warning(`initializer-string for array of ${quoteType(t.of)} is too long`, s.span, "");
    }
    this.entries.push({ offset, type: arr, expr: s, field: undefined });
  }

  private store(t: Type, offset: number, v: Expr, field: Field | undefined): void {
    const e = convertAs(this.c, v, t, INIT);
    if (this.isStatic && evalConst(e) === undefined && !(t.kind === "record")) {
      notConstant(this.c, v.span);
    } else if (this.isStatic && t.kind === "record") {
      notConstant(this.c, v.span);
    }
    this.entries.push({ offset, type: qualified(t, 0), expr: e, field });
  }
}

function notConstant(c: Checker, span: Span): void {
  c.error("initializer element is not constant", span);
}

function isCharArray(t: Type): t is Type & { kind: "array" } {
  if (t.kind !== "array" || !isInteger(t.of)) return false;
  const e = intOf(t.of);
  return e === CHAR || e === SCHAR || e === UCHAR || sizeOf(e) > 1;
}

/** The path to member `name`: `[f]`, or through anonymous members `[anon, ..., f]`. */
function findField(members: Field[], name: string): Field[] | undefined {
  for (const f of members) {
    if (f.name === name) return [f];
    if (f.name === undefined && f.bitWidth < 0 && f.type.kind === "record") {
      const inner = findField(f.type.def.members, name);
      if (inner !== undefined) return [f, ...inner];
    }
  }
  return undefined;
}

/**
 * With designators, a later store replaces what earlier ones put in the same bytes (or bits).
 * (Designators mostly name the members in order, `{ .x = 1, .y = 2 }`: then nothing is dropped
 * and nothing moves, and the list is returned as it is.)
 */
function latestWins(entries: InitEntry[]): InitEntry[] {
  let kept = entries;
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i];
    let live = true;
    for (let j = i + 1; j < entries.length && live; j++) {
      if (overlap(a, entries[j])) live = false;
    }
    if (!live && kept === entries) kept = entries.slice(0, i);
    else if (live && kept !== entries) kept.push(a);
  }
  for (let i = 1; i < kept.length; i++)
    if (storeOrder(kept[i - 1], kept[i]) > 0) return kept.sort(storeOrder);
  return kept;
}

/** Stores by offset, bit-fields of one unit by their first bit. */
function storeOrder(x: InitEntry, y: InitEntry): number {
  return x.offset - y.offset || (x.field?.bitOffset ?? 0) - (y.field?.bitOffset ?? 0);
}

function overlap(a: InitEntry, b: InitEntry): boolean {
  const [a0, a1] = bits(a);
  const [b0, b1] = bits(b);
  return a0 < b1 && b0 < a1;
}

function bits(e: InitEntry): [number, number] {
  if (e.field !== undefined) {
    const start = e.offset * 8 + e.field.bitOffset;
    return [start, start + e.field.bitWidth];
  }
  return [e.offset * 8, (e.offset + sizeOf(e.type)) * 8];
}
