// Tags: struct, union and enum specifiers -- a reference to a tag, a forward declaration, or a
// definition with its members (laid out by `layoutRecord` in types.ts) or enumerators.
//
// C gives tags a name space of their own with the scopes of ordinary names: `struct s` refers to
// the innermost visible declaration of the tag, a definition or `struct s;` declares it in the
// current scope, and a definition completes an incomplete type declared in the same scope (so
// pointers made before the definition see its members).
import { note, type Span } from "../diag.ts";
import type { EnumSpec, FieldDecl, StructSpec } from "../parse/ast.ts";
import type { Checker } from "./check.ts";
import { evalInt } from "./const.ts";
import { value } from "./expr.ts";
import {
  arrayOf,
  BOOL,
  enumUnderlying,
  INT,
  intOf,
  isComplete,
  isInteger,
  layoutRecord,
  newEnum,
  newRecord,
  sizeOf,
  UINT,
  type EnumType,
  type MemberSpec,
  type RecordType,
} from "./types.ts";

// struct-or-union-specifier: a reference, a forward declaration or a definition.
export function recordSpec(c: Checker, s: StructSpec, tagOnly: boolean): RecordType {
  const kindName = s.tag;
  const union = s.tag === "union";
  if (s.members === undefined) {
    const name = s.name!;
    const found = c.lookupTag(name, tagOnly);
    if (found !== undefined) {
      if (found.type.kind !== "record" || found.type.def.union !== union) {
        c.error(`'${kindName} ${name}' defined as wrong kind of tag`, s.nameSpan ?? s.span);
        return newRecord(union, name, s.span);
      }
      return found.type;
    }
    const t = newRecord(union, name, s.nameSpan ?? s.span);
    c.bindTag(name, { type: t, span: s.nameSpan ?? s.span });
    return t;
  }
  let t: RecordType;
  if (s.name !== undefined) {
    const here = c.lookupTag(s.name, true);
    if (
      here !== undefined &&
      here.type.kind === "record" &&
      here.type.def.union === union &&
      !here.type.def.complete
    ) {
      t = here.type;
      t.def.span = s.nameSpan ?? s.span;
    } else {
      if (here !== undefined) {
        if (here.type.kind !== "record" || here.type.def.union !== union)
          c.error(`'${kindName} ${s.name}' defined as wrong kind of tag`, s.nameSpan ?? s.span);
        else
          c.error(`redefinition of '${kindName} ${s.name}'`, s.nameSpan ?? s.span, [
            note("originally defined here", here.span),
          ]);
      }
      t = newRecord(union, s.name, s.nameSpan ?? s.span);
      c.bindTag(s.name, { type: t, span: s.nameSpan ?? s.span });
    }
  } else {
    t = newRecord(union, undefined, s.span);
  }
  const specs: MemberSpec[] = [];
  const seen = new Map<string, Span>();
  const members = s.members;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (m.kind === "StaticAssert") {
      c.staticAssert(m);
      continue;
    }
    fieldDecl(c, m, specs, seen, i === members.length - 1, union);
  }
  let packed = false;
  let userAlign = 0;
  for (const a of s.attributes) {
    if (a.name === "packed") packed = true;
    else if (a.name === "aligned") userAlign = Math.max(userAlign, c.alignArg(a));
  }
  c.checkAttributes(s.attributes);
  layoutRecord(t.def, specs, packed, userAlign);
  if (
    specs.length > 0 &&
    t.def.members.every((f) => f.name === undefined && f.type.kind !== "record")
  )
    c.warning(`${kindName} has no named members`, s.span, "-Wpedantic");
  return t;
}

function fieldDecl(
  c: Checker,
  m: FieldDecl,
  out: MemberSpec[],
  seen: Map<string, Span>,
  last: boolean,
  union: boolean,
): void {
  const base = c.baseType(m.specs, false);
  let specAlign = 0;
  let specPacked = false;
  for (const a of m.specs.attributes) {
    if (a.name === "aligned") specAlign = Math.max(specAlign, c.alignArg(a));
    else if (a.name === "packed") specPacked = true;
  }
  for (const x of m.specs.alignas) specAlign = Math.max(specAlign, c.alignasValue(x));
  if (m.declarators.length === 0) {
    // An anonymous struct or union member (C11 6.7.2.1p13).
    if (
      base.kind === "record" &&
      m.specs.typeSpecs[0]?.kind === "StructSpec" &&
      (m.specs.typeSpecs[0] as StructSpec).name === undefined
    ) {
      for (const name of base.def.byName.keys()) {
        if (seen.has(name)) c.error(`duplicate member '${name}'`, m.span);
        seen.set(name, m.span);
      }
      out.push({
        name: undefined,
        type: base,
        bitWidth: -1,
        userAlign: specAlign,
        packed: specPacked,
        span: m.span,
      });
    } else c.warning("declaration does not declare anything", m.span, "");
    return;
  }
  for (const fd of m.declarators) {
    let type = base;
    let name: string | undefined;
    let span = fd.span;
    if (fd.declarator !== undefined) {
      type = c.declaratorType(base, fd.declarator);
      name = fd.declarator.name;
      span = fd.declarator.nameSpan;
    }
    let userAlign = specAlign;
    let packed = specPacked;
    for (const a of fd.attributes) {
      if (a.name === "aligned") userAlign = Math.max(userAlign, c.alignArg(a));
      else if (a.name === "packed") packed = true;
    }
    c.checkAttributes(fd.attributes);
    if (name !== undefined) {
      const prev = seen.get(name);
      if (prev !== undefined) c.error(`duplicate member '${name}'`, span);
      seen.set(name, span);
    }
    let bitWidth = -1;
    if (fd.bitWidth !== undefined) {
      const what = name !== undefined ? `'${name}'` : "<anonymous>";
      const e = value(c, fd.bitWidth);
      const v = evalInt(e);
      if (!isInteger(type)) {
        c.error(`bit-field ${what} has invalid type`, span);
        type = INT;
      }
      if (v === undefined || !isInteger(e.type!)) {
        c.error(`bit-field ${what} width not an integer constant`, span);
        bitWidth = 1;
      } else if (v < 0) {
        c.error(`negative width in bit-field ${what}`, span);
        bitWidth = 1;
      } else if (v > sizeOf(type) * 8 || (intOf(type) === BOOL && v > 1)) {
        c.error(`width of ${what} exceeds its type`, span);
        bitWidth = sizeOf(type) * 8;
      } else if (v === 0 && name !== undefined) {
        c.error(`zero width for bit-field ${what}`, span);
        bitWidth = 1;
      } else bitWidth = v;
    } else if (type.kind === "function") {
      c.error(`field '${name}' declared as a function`, span);
      continue;
    } else if (type.kind === "array" && type.length === undefined) {
      if (!last || union) {
        c.error(
          union ? "flexible array member in union" : "flexible array member not at end of struct",
          span,
        );
      } else if (out.length === 0 && m.declarators.length === 1) {
        c.error("flexible array member in a struct with no named members", span);
      }
      type = arrayOf(type.of, 0);
    } else if (!isComplete(type)) {
      c.error(`field '${name}' has incomplete type`, span);
      continue;
    }
    out.push({ name, type, bitWidth, userAlign, packed, span });
  }
}

export function enumSpec(c: Checker, s: EnumSpec, tagOnly: boolean): EnumType {
  if (s.enumerators === undefined) {
    const name = s.name!;
    const found = c.lookupTag(name, tagOnly);
    if (found !== undefined) {
      if (found.type.kind !== "enum") {
        c.error(`'enum ${name}' defined as wrong kind of tag`, s.nameSpan ?? s.span);
        return newEnum(name, s.span);
      }
      return found.type;
    }
    const t = newEnum(name, s.nameSpan ?? s.span);
    t.def.complete = true; // GNU: a forward-declared enum is an int-sized type
    c.bindTag(name, { type: t, span: s.nameSpan ?? s.span });
    return t;
  }
  // A definition: it completes a forward reference in this scope, or makes a new type.
  let t: EnumType;
  const here = s.name !== undefined ? c.lookupTag(s.name, true) : undefined;
  if (here !== undefined && here.type.kind === "enum" && !here.type.def.defined) {
    t = here.type;
  } else {
    if (here !== undefined) {
      if (here.type.kind !== "enum")
        c.error(`'enum ${s.name}' defined as wrong kind of tag`, s.nameSpan ?? s.span);
      else
        c.error(`redeclaration of 'enum ${s.name}'`, s.nameSpan ?? s.span, [
          note("originally defined here", here.span),
        ]);
    }
    t = newEnum(s.name, s.nameSpan ?? s.span);
    if (s.name !== undefined) c.bindTag(s.name, { type: t, span: s.nameSpan ?? s.span });
  }
  t.def.defined = true;
  let next = 0;
  let min = 0;
  let max = 0;
  for (let i = 0; i < s.enumerators.length; i++) {
    const en = s.enumerators[i];
    let v = next;
    if (en.value !== undefined) {
      const e = value(c, en.value);
      const k = evalInt(e);
      if (k === undefined || !isInteger(e.type!)) {
        c.error(`enumerator value for '${en.name}' is not an integer constant`, en.value.span);
      } else v = intOf(e.type!).signed ? k : k >>> 0;
    } else if (i > 0 && next > 0xffffffff) {
      c.error("overflow in enumeration values", en.span);
      v = 0;
    }
    if (v < -0x80000000 || v > 0xffffffff) {
      c.error(`enumerator value for '${en.name}' does not fit in 32 bits`, en.span);
      v = 0;
    }
    if (i === 0) min = max = v;
    min = Math.min(min, v);
    max = Math.max(max, v);
    const prev = c.scope.names?.get(en.name);
    if (prev !== undefined)
      c.error(`redeclaration of enumerator '${en.name}'`, en.span, [c.previous(prev)]);
    const d = c.newDecl("enumConst", en.name, v > 0x7fffffff ? UINT : INT, en.span);
    d.value = v;
    c.bind(d);
    next = v + 1;
  }
  if (min < 0 && max > 0x7fffffff) c.error("enumeration values exceed range of 'int'", s.span);
  const packed = s.attributes.some((a) => a.name === "packed");
  t.def.underlying = enumUnderlying(min, max, packed);
  t.def.complete = true;
  return t;
}
