// The types of Logos C, their layout as gcc -m32 lays them out, and the conversions between them.
//
// This file is also the contract between the checker and the code generator. After
// `checkUnit` (check.ts) returns without errors, the tree of `parse/ast.ts` is a *typed* tree:
//
// - every expression node has `type` (a `Type` from this file) and `lvalue` (whether it
//   designates an object: codegen loads from its address when it is used as a value);
// - every implicit conversion is an explicit `ImplicitCast` node (`type` = the target): array
//   and function decay (operand: the array lvalue / the function designator, result: a
//   pointer), integer promotions and the usual arithmetic conversions, conversions as if by
//   assignment (assignments, initializers, arguments, `return`), null pointer constants to
//   pointers, default argument promotions of variadic arguments. An `ImplicitCast` has the same
//   meaning as an explicit `Cast` to its type; the operand of a decay is an lvalue (or a
//   function designator), never loaded;
// - an `Ident` has `decl`, its `Decl` (one object per entity: every redeclaration of a function
//   or global shares it); enum constants, `sizeof`, `_Alignof` and `offsetof` are folded to
//   `IntLit` nodes (with `type` set), so the tree never holds them;
// - a `Member` has `field`, the `Field` it selects (offset from the start of the struct or
//   union, anonymous members flattened); an `Index` always has the pointer in `base` and the
//   integer in `index` (`2[a]` is swapped); an `Assign` with a compound operator has `opType`,
//   the type the arithmetic is done in (`c += 1` on a char computes in int);
// - pointer arithmetic stays a `Binary` `+`/`-` with a pointer operand (codegen scales by the
//   size of the pointee); `ptr - ptr` has type int (ptrdiff_t) and divides;
// - conditions (`if`, loops, `?:`, `!`, `&&`, `||`) are scalars left unconverted: codegen
//   compares them with zero;
// - a `FunctionDef` has `decl` and `params` (the parameters' `Decl`s); an `InitDeclarator` and
//   a `CompoundLiteral` have `decl`, whose `init` (an `Initialization`) lists what to store;
//   `checkUnit` returns every object and function with static storage in `globals` (block-scope
//   `static`s and `__func__` included: codegen emits those, not the declarations in bodies);
// - a string literal is a `StringLit` of array type (an lvalue: it decays like any array);
// - a builtin call is a `Call` whose `callee` is an `Ident` with `decl.kind === "builtin"` and
//   `decl.builtin` one of `va_start` (args: the `va_list` lvalue, the last parameter),
//   `va_end` (the lvalue), `va_copy` (destination lvalue, source value), `expect` (two longs;
//   the value is the first), `unreachable`, `trap`; `va_list` is `char *` (i386);
// - a `CaseStmt`'s `value` is an `IntLit` in the switch's promoted type; `__asm__` operands are
//   checked expressions (outputs and "m" inputs are lvalues, other inputs values).
//
// Integer values are JavaScript numbers kept in the range of their type (`normalize`): an `int`
// is in [-2^31, 2^31), an `unsigned int` in [0, 2^32).
import type { Span } from "../diag.ts";
import type { CompoundLiteral, Expr, StringLit } from "../parse/ast.ts";

export const CONST = 1;
export const VOLATILE = 2;

export type Type =
  VoidType | IntType | EnumType | PointerType | ArrayType | FunctionType | RecordType;

interface TypeBase {
  /** `CONST | VOLATILE` bits. */
  qual: number;
  /** The same type without qualifiers (the type itself when `qual` is 0). */
  unqual: Type;
  /** `_Alignas`/`aligned(N)` given to a typedef of this type; undefined: the natural one. */
  align?: number;
  /** The typedef name this type was written as, for messages (`'size_t' {aka 'unsigned int'}`). */
  alias?: string;
  /** Interning caches: the pointer to this type, its qualified variants, arrays of it. */
  ptr?: PointerType;
  quals?: (Type | undefined)[];
  arrays?: Map<number, ArrayType>;
}

export interface VoidType extends TypeBase {
  kind: "void";
}

export type IntName =
  | "_Bool"
  | "char"
  | "signed char"
  | "unsigned char"
  | "short"
  | "unsigned short"
  | "int"
  | "unsigned int"
  | "long"
  | "unsigned long";

export interface IntType extends TypeBase {
  kind: "int";
  name: IntName;
  size: 1 | 2 | 4;
  signed: boolean;
  /** C11 6.3.1.1's conversion rank: _Bool 1, char 2, short 3, int 4, long 5. */
  rank: number;
  /** The canonical type of this name (`INT` for `const int` and for a typedef of int). */
  canonical: IntType;
}

/** An enum's values are ints; `def` is shared by every (qualified) copy of the type. */
export interface EnumType extends TypeBase {
  kind: "enum";
  def: EnumDef;
}

export interface EnumDef {
  tag: string | undefined;
  /** Usable as a type (GNU: a forward-declared enum is int-sized, so always after `enum e`). */
  complete: boolean;
  /** Its enumerators have been given (a second list is a redeclaration). */
  defined: boolean;
  /** gcc's choice: unsigned int if no value is negative, else int (smaller when packed). */
  underlying: IntType;
  span: Span | undefined;
}

export interface PointerType extends TypeBase {
  kind: "pointer";
  to: Type;
}

export interface ArrayType extends TypeBase {
  kind: "array";
  of: Type;
  /** Undefined for `T[]` (incomplete), 0 for GNU's zero-length arrays and flexible members. */
  length: number | undefined;
}

export interface FunctionType extends TypeBase {
  kind: "function";
  ret: Type;
  /** The parameters' types, adjusted (arrays and functions become pointers), unqualified. */
  params: Type[];
  variadic: boolean;
  /** False for `int f()`: nothing is known about the parameters. */
  prototype: boolean;
}

export interface RecordType extends TypeBase {
  kind: "record";
  def: RecordDef;
}

/** A struct or union; one per tag declaration, shared by every (qualified) copy of the type. */
export interface RecordDef {
  union: boolean;
  tag: string | undefined;
  complete: boolean;
  size: number;
  align: number;
  members: Field[];
  /** Every member by name, members of anonymous structs and unions included (offsets adjusted). */
  byName: Map<string, Field>;
  /** A member (or a member of a member) is const: the record is not a modifiable lvalue. */
  hasConst: boolean;
  flexible: boolean;
  span: Span | undefined;
}

/**
 * A member. A bit-field lives in bits `[bitOffset, bitOffset + bitWidth)` of the
 * little-endian `unitSize`-byte unit at `offset` (`unitSize` is the size of the declared type,
 * except in packed records where the unit may be wider so that it holds the whole field).
 */
export interface Field {
  name: string | undefined;
  type: Type;
  offset: number;
  /** -1 for an ordinary member. */
  bitWidth: number;
  bitOffset: number;
  unitSize: number;
  span: Span | undefined;
}

// ---------------------------------------------------------------------------------------------
// Declarations and initializers as the checker resolves them
// ---------------------------------------------------------------------------------------------

export type DeclKind = "var" | "function" | "typedef" | "enumConst" | "builtin";

/** What an identifier means: one object per entity, shared by its redeclarations. */
export interface Decl {
  kind: DeclKind;
  name: string;
  type: Type;
  /** Where it was first declared (and `defSpan` where defined), for notes. */
  span: Span;
  defSpan: Span | undefined;
  /** A function: where its latest declaration with a prototype names each parameter (notes). */
  paramSpans: Span[] | undefined;
  /** Unique within a translation unit (locals of different functions never share one). */
  id: number;
  /** The storage class as written on the first declaration. */
  storage: "static" | "extern" | "auto" | "register" | "typedef" | undefined;
  linkage: "external" | "internal" | "none";
  /** Automatic storage (a parameter or a block-scope variable without static/extern). */
  local: boolean;
  param: boolean;
  /** This unit allocates it (a function with a body; an object initialized or tentative). */
  defined: boolean;
  /** Objects: what to store; undefined means all zero (static) or uninitialized (automatic). */
  init: Initialization | undefined;
  /** The object's alignment (its type's, or more with `aligned`/`_Alignas`). */
  align: number;
  section: string | undefined;
  /** The assembler name given with `asm("name")`. */
  asmName: string | undefined;
  noreturn: boolean;
  inline: boolean;
  /** Referenced somewhere (for -Wunused-*). */
  used: boolean;
  /** Enum constants: the value. Builtins: which (`va_start`, `va_end`, `va_copy`, ...). */
  value: number;
  builtin: string | undefined;
}

/**
 * An object's initial contents: scalar stores by offset, in increasing order, later
 * designators already overriding earlier ones. Every byte not covered is zero. A char array
 * initialized from a string literal is one entry whose `type` is the array and `expr` the
 * `StringLit` (copy `min(length, literal + NUL)` bytes). `field` is set for bit-fields.
 */
export interface Initialization {
  entries: InitEntry[];
}

export interface InitEntry {
  offset: number;
  type: Type;
  expr: Expr;
  field: Field | undefined;
}

/**
 * The value of a constant expression (static initializers): an integer, or an address -- the
 * address of `base` (a global or static `Decl`, a string literal, a file-scope compound literal)
 * plus `offset` bytes.
 */
export type ConstValue =
  | { kind: "int"; value: number }
  | { kind: "address"; base: Decl | StringLit | CompoundLiteral; offset: number };

// ---------------------------------------------------------------------------------------------
// The types, interned: identical types are the same object (compare with ===, after `unqual`)
// ---------------------------------------------------------------------------------------------

/**
 * A new unqualified type of kind `kind`. Every type, whatever its kind, is an object of this one
 * shape (the other kinds' fields undefined, the interning caches too until filled): the code that
 * reads types -- the checker on every expression, the lowering -- then meets a single hidden class
 * where a shape per kind and per set of filled caches made its property accesses megamorphic.
 */
function newType<T extends Type>(kind: T["kind"]): T {
  const t = {
    kind,
    qual: 0,
    unqual: undefined as Type | undefined,
    align: undefined,
    alias: undefined,
    ptr: undefined,
    quals: undefined,
    arrays: undefined,
    name: undefined,
    size: undefined,
    signed: undefined,
    rank: undefined,
    canonical: undefined,
    def: undefined,
    to: undefined,
    of: undefined,
    length: undefined,
    ret: undefined,
    params: undefined,
    variadic: undefined,
    prototype: undefined,
  };
  t.unqual = t as unknown as Type;
  return t as unknown as T;
}

function intType(name: IntName, size: 1 | 2 | 4, signed: boolean, rank: number): IntType {
  const t = newType<IntType>("int");
  t.name = name;
  t.size = size;
  t.signed = signed;
  t.rank = rank;
  t.canonical = t;
  return t;
}

export const VOID = newType<VoidType>("void");
export const BOOL = intType("_Bool", 1, false, 1);
/** Plain char is signed on i386, as gcc has it (but a type of its own). */
export const CHAR = intType("char", 1, true, 2);
export const SCHAR = intType("signed char", 1, true, 2);
export const UCHAR = intType("unsigned char", 1, false, 2);
export const SHORT = intType("short", 2, true, 3);
export const USHORT = intType("unsigned short", 2, false, 3);
export const INT = intType("int", 4, true, 4);
export const UINT = intType("unsigned int", 4, false, 4);
export const LONG = intType("long", 4, true, 5);
export const ULONG = intType("unsigned long", 4, false, 5);

/** `size_t`, `ptrdiff_t` and `wchar_t` of gcc -m32 (i386 Linux). */
export const SIZE_T = UINT;
export const PTRDIFF_T = INT;
export const WCHAR_T = LONG;

/** The type with exactly the qualifiers `q` (arrays: qualifies the elements, as C does). */
export function qualified(t: Type, q: number): Type {
  if (t.qual === q) return t;
  if (t.kind === "array") return arrayOf(qualified(t.of, q), t.length);
  const base = t.unqual;
  if (q === 0) return base;
  base.quals ??= [];
  let v = base.quals[q];
  if (v === undefined) {
    v = { ...base, qual: q, unqual: base, ptr: undefined, quals: undefined, arrays: undefined };
    base.quals[q] = v;
  }
  return v;
}

/** The qualifiers of a type; an array's are its elements'. */
export function qualsOf(t: Type): number {
  while (t.kind === "array") t = t.of;
  return t.qual;
}

export function pointerTo(t: Type): PointerType {
  let p = t.ptr;
  if (p === undefined) {
    p = newType<PointerType>("pointer");
    p.to = t;
    t.ptr = p;
  }
  return p;
}

export function arrayOf(elem: Type, length: number | undefined): ArrayType {
  elem.arrays ??= new Map();
  const key = length ?? -1;
  let a = elem.arrays.get(key);
  if (a === undefined) {
    a = newType<ArrayType>("array");
    a.of = elem;
    a.length = length;
    elem.arrays.set(key, a);
  }
  return a;
}

export function functionType(
  ret: Type,
  params: Type[],
  variadic: boolean,
  prototype: boolean,
): FunctionType {
  const f = newType<FunctionType>("function");
  f.ret = ret;
  f.params = params;
  f.variadic = variadic;
  f.prototype = prototype;
  return f;
}

/** A copy of `t` known by a typedef name (and, with `align`, aligned differently). */
export function aliased(t: Type, name: string, align: number | undefined): Type {
  if (t.kind === "array" && align === undefined) return t;
  const a = { ...t, alias: name, ptr: undefined, quals: undefined, arrays: undefined } as Type;
  if (align !== undefined) a.align = align;
  a.unqual = a.qual === 0 ? a : qualified(t.unqual, 0);
  return a;
}

export function newRecord(
  union: boolean,
  tag: string | undefined,
  span: Span | undefined,
): RecordType {
  const def: RecordDef = {
    union,
    tag,
    complete: false,
    size: 0,
    align: 1,
    members: [],
    byName: new Map(),
    hasConst: false,
    flexible: false,
    span,
  };
  const t = newType<RecordType>("record");
  t.def = def;
  return t;
}

export function newEnum(tag: string | undefined, span: Span | undefined): EnumType {
  const t = newType<EnumType>("enum");
  t.def = { tag, complete: false, defined: false, underlying: UINT, span };
  return t;
}

// ---------------------------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------------------------

export function isInteger(t: Type): boolean {
  return t.kind === "int" || t.kind === "enum";
}

/** Arithmetic types are the integer types in Logos C (no floating point). */
export const isArithmetic = isInteger;

export function isScalar(t: Type): boolean {
  return t.kind === "int" || t.kind === "enum" || t.kind === "pointer";
}

export function isVoid(t: Type): boolean {
  return t.kind === "void";
}

/** A complete object type: its size is known. */
export function isComplete(t: Type): boolean {
  switch (t.kind) {
    case "void":
    case "function":
      return false;
    case "array":
      return t.length !== undefined && isComplete(t.of);
    case "record":
      return t.def.complete;
    case "enum":
      return t.def.complete;
    default:
      return true;
  }
}

/** The integer type an integer (or enum) type computes as. */
export function intOf(t: Type): IntType {
  if (t.kind === "enum") return t.def.underlying;
  if (t.kind === "int") return t.canonical;
  throw new Error(`intOf: not an integer type (${typeToString(t)})`);
}

const INTS: Record<IntName, IntType> = {
  _Bool: BOOL,
  char: CHAR,
  "signed char": SCHAR,
  "unsigned char": UCHAR,
  short: SHORT,
  "unsigned short": USHORT,
  int: INT,
  "unsigned int": UINT,
  long: LONG,
  "unsigned long": ULONG,
};

export function canonicalInt(name: IntName): IntType {
  return INTS[name];
}

// ---------------------------------------------------------------------------------------------
// Size and alignment (i386 System V ABI, as gcc -m32)
// ---------------------------------------------------------------------------------------------

/** sizeof: incomplete types, void and functions are 1 (GNU's choice for pointer arithmetic). */
export function sizeOf(t: Type): number {
  switch (t.kind) {
    case "void":
    case "function":
      return 1;
    case "int":
      return t.size;
    case "enum":
      return t.def.underlying.size;
    case "pointer":
      return 4;
    case "array":
      return (t.length ?? 0) * sizeOf(t.of);
    case "record":
      return t.def.size;
  }
}

export function alignOf(t: Type): number {
  if (t.align !== undefined) return t.align;
  switch (t.kind) {
    case "void":
    case "function":
      return 1;
    case "int":
      return t.size;
    case "enum":
      return t.def.underlying.size;
    case "pointer":
      return 4;
    case "array":
      return alignOf(t.of);
    case "record":
      return t.def.align;
  }
}

/** What the checker knows of a member before layout. */
export interface MemberSpec {
  name: string | undefined;
  type: Type;
  /** -1: not a bit-field. */
  bitWidth: number;
  /** `aligned(N)` / `_Alignas(N)` on the member; 0 if none. */
  userAlign: number;
  /** `__attribute__((packed))` on the member. */
  packed: boolean;
  span: Span | undefined;
}

/**
 * Lays a struct or union out as gcc -m32 does (i386 System V, PCC bit-field rules): a member
 * goes at the next offset that is a multiple of its alignment (1 in a packed record unless the
 * member says `aligned`); a bit-field goes at the next free bit unless it would cross a
 * boundary of its declared type's size, then at the next such boundary; a zero-width bit-field
 * moves to the next boundary of its type; unnamed bit-fields do not raise the record's
 * alignment. The size is rounded up to the alignment (at least `userAlign`).
 */
export function layoutRecord(
  def: RecordDef,
  members: MemberSpec[],
  packed: boolean,
  userAlign: number,
): void {
  let bit = 0; // the next free bit (struct) / 0 (union)
  let size = 0; // bytes used so far (union: the largest member)
  let align = 1;
  const fields: Field[] = [];
  for (const m of members) {
    const tSize = sizeOf(m.type);
    const tAlign = alignOf(m.type);
    const isPacked = packed || m.packed;
    let start = def.union ? 0 : bit;
    if (m.bitWidth >= 0) {
      const unitBits = tSize * 8;
      if (m.bitWidth === 0) {
        // `int : 0;`: the next field starts at a boundary of the type.
        if (!def.union) bit = roundUp(bit, tAlign * 8);
        continue;
      }
      if (m.userAlign > 0) start = roundUp(start, m.userAlign * 8);
      if (
        !isPacked &&
        Math.floor(start / unitBits) !== Math.floor((start + m.bitWidth - 1) / unitBits)
      )
        start = roundUp(start, tAlign * 8);
      let offset = Math.floor(start / unitBits) * tSize;
      let unitSize = tSize;
      if (start + m.bitWidth > offset * 8 + unitBits) {
        // Packed: the field crosses its type's boundary; a wider unit from its first byte.
        offset = start >> 3;
        unitSize = (start & 7) + m.bitWidth <= 32 ? 4 : 8;
      }
      fields.push({
        name: m.name,
        type: m.type,
        offset,
        bitWidth: m.bitWidth,
        bitOffset: start - offset * 8,
        unitSize,
        span: m.span,
      });
      if (m.name !== undefined) align = Math.max(align, isPacked ? 1 : tAlign, m.userAlign);
      const end = start + m.bitWidth;
      if (def.union) size = Math.max(size, Math.ceil(end / 8));
      else bit = end;
      continue;
    }
    const fAlign = Math.max(isPacked ? 1 : tAlign, m.userAlign);
    start = roundUp(start, fAlign * 8);
    fields.push({
      name: m.name,
      type: m.type,
      offset: start >> 3,
      bitWidth: -1,
      bitOffset: 0,
      unitSize: tSize,
      span: m.span,
    });
    align = Math.max(align, fAlign);
    if (def.union) size = Math.max(size, tSize);
    else bit = start + tSize * 8;
  }
  if (!def.union) size = Math.ceil(bit / 8);
  align = Math.max(align, userAlign);
  def.members = fields;
  def.align = align;
  def.size = roundUp(size, align);
  def.complete = true;
  def.byName.clear();
  def.hasConst = false;
  for (const f of fields) {
    if (qualsOf(f.type) & CONST) def.hasConst = true;
    if (f.type.kind === "record" && f.type.def.hasConst) def.hasConst = true;
    if (f.name !== undefined) def.byName.set(f.name, f);
    else if (f.type.kind === "record" && f.bitWidth < 0) {
      // Anonymous struct or union: its members are found as if they were ours.
      for (const [name, inner] of f.type.def.byName)
        def.byName.set(name, { ...inner, offset: inner.offset + f.offset });
    }
  }
  const last = fields[fields.length - 1];
  def.flexible = last !== undefined && last.type.kind === "array" && last.type.length === 0;
}

export function roundUp(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

// ---------------------------------------------------------------------------------------------
// Conversions (C11 6.3)
// ---------------------------------------------------------------------------------------------

/** The integer promotions: anything narrower than int becomes int (enums: their underlying type). */
export function promote(t: Type): IntType {
  const i = intOf(t);
  return i.rank < INT.rank ? INT : i;
}

/** The usual arithmetic conversions of two integer types (ILP32: long and int have one size). */
export function usualArithmetic(a: Type, b: Type): IntType {
  const x = promote(a);
  const y = promote(b);
  if (x === y) return x;
  if (x.signed === y.signed) return x.rank >= y.rank ? x : y;
  const u = x.signed ? y : x;
  const s = x.signed ? x : y;
  if (u.rank >= s.rank) return u;
  if (s.size > u.size) return s;
  return s === LONG ? ULONG : UINT;
}

/** A value of integer type `t`, wrapped to its range (two's complement). */
export function normalize(v: number, t: Type): number {
  const i = t.kind === "pointer" ? UINT : intOf(t);
  if (i === BOOL) return v !== 0 ? 1 : 0;
  const bits = i.size * 8;
  if (bits === 32) return i.signed ? v | 0 : v >>> 0;
  const m = 2 ** bits;
  let r = ((v % m) + m) % m;
  if (i.signed && r >= m / 2) r -= m;
  return r;
}

// ---------------------------------------------------------------------------------------------
// Compatibility (C11 6.2.7)
// ---------------------------------------------------------------------------------------------

/** Whether two types are compatible (qualifiers included at the top level). */
export function compatible(a: Type, b: Type): boolean {
  if (a === b) return true;
  if (a.qual !== b.qual && a.kind !== "array") return false;
  return compatibleUnqual(a, b);
}

/** Compatible ignoring the top-level qualifiers. */
export function compatibleUnqual(a: Type, b: Type): boolean {
  if (a.unqual === b.unqual) return true;
  if (a.kind === "enum" && b.kind === "int") return a.def.underlying === canonicalInt(b.name);
  if (a.kind === "int" && b.kind === "enum") return compatibleUnqual(b, a);
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "void":
      return true;
    case "int":
      return a.name === (b as IntType).name;
    case "enum":
      return a.def === (b as EnumType).def;
    case "record":
      return a.def === (b as RecordType).def;
    case "pointer":
      return compatible(a.to, (b as PointerType).to);
    case "array": {
      const y = b as ArrayType;
      if (a.length !== undefined && y.length !== undefined && a.length !== y.length) return false;
      return compatible(a.of, y.of);
    }
    case "function": {
      const g = b as FunctionType;
      if (!compatible(a.ret, g.ret)) return false;
      if (a.prototype && g.prototype) {
        if (a.variadic !== g.variadic || a.params.length !== g.params.length) return false;
        for (let i = 0; i < a.params.length; i++)
          if (!compatibleUnqual(a.params[i], g.params[i])) return false;
        return true;
      }
      // One without a prototype: the other's parameters must survive default promotions.
      const p = a.prototype ? a : g.prototype ? g : undefined;
      if (p === undefined) return true;
      if (p.variadic) return false;
      return p.params.every((t) => !isInteger(t) || promote(t) === intOf(t));
    }
  }
}

/** The composite type of two compatible types (C11 6.2.7p3): sizes and prototypes merged. */
export function composite(a: Type, b: Type): Type {
  if (a.kind === "array" && b.kind === "array") {
    const of = composite(a.of, b.of);
    return arrayOf(of, a.length ?? b.length);
  }
  if (a.kind === "function" && b.kind === "function") {
    if (!a.prototype) return b.prototype ? b : a;
    if (!b.prototype) return a;
    return a;
  }
  if (a.kind === "pointer" && b.kind === "pointer") {
    const to = composite(a.to, b.to);
    return to === a.to ? a : qualified(pointerTo(to), a.qual);
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Names of types, as gcc prints them in messages
// ---------------------------------------------------------------------------------------------

const GCC_INT_NAMES: Record<IntName, string> = {
  _Bool: "_Bool",
  char: "char",
  "signed char": "signed char",
  "unsigned char": "unsigned char",
  short: "short int",
  "unsigned short": "short unsigned int",
  int: "int",
  "unsigned int": "unsigned int",
  long: "long int",
  "unsigned long": "long unsigned int",
};

function qualPrefix(q: number): string {
  return (q & CONST ? "const " : "") + (q & VOLATILE ? "volatile " : "");
}

/** `int`, `const char *`, `int (*)(int)`, `struct s[3]` -- C's spelling, gcc's names. */
export function typeToString(t: Type, useAlias = true): string {
  return declString(t, "", useAlias).trim();
}

function declString(t: Type, inner: string, useAlias: boolean): string {
  if (useAlias && t.alias !== undefined) {
    const q = qualPrefix(t.qual);
    return q + t.alias + (inner ? " " + inner : "");
  }
  switch (t.kind) {
    case "pointer": {
      const q = t.qual & CONST ? " const" : "";
      const v = t.qual & VOLATILE ? " volatile" : "";
      const star = "*" + q + v + (inner && (q || v) ? " " : "") + inner;
      const needParens = t.to.kind === "array" || t.to.kind === "function";
      return declString(t.to, needParens ? `(${star})` : star, useAlias);
    }
    case "array":
      return declString(t.of, `${inner}[${t.length ?? ""}]`, useAlias);
    case "function": {
      const ps = t.params.map((p) => typeToString(p, useAlias));
      if (t.variadic) ps.push("...");
      const list = ps.length > 0 ? ps.join(", ") : t.prototype ? "void" : "";
      return declString(t.ret, `${inner}(${list})`, useAlias);
    }
    default: {
      const base =
        t.kind === "void"
          ? "void"
          : t.kind === "int"
            ? GCC_INT_NAMES[t.name]
            : t.kind === "enum"
              ? `enum ${t.def.tag ?? "<anonymous>"}`
              : `${t.def.union ? "union" : "struct"} ${t.def.tag ?? "<anonymous>"}`;
      const q = qualPrefix(t.qual);
      if (!inner) return q + base;
      // `int[3]` and `int(void)` without a space, `int *` and `int (*)[3]` with one.
      const tight = inner.startsWith("[") || (inner.startsWith("(") && !inner.startsWith("(*"));
      return q + base + (tight ? "" : " ") + inner;
    }
  }
}

/** A type quoted for a message: `'int *'`, or `'size_t' {aka 'unsigned int'}` for typedefs. */
export function quoteType(t: Type): string {
  const shown = typeToString(t, true);
  const plain = typeToString(t, false);
  return shown === plain ? `'${shown}'` : `'${shown}' {aka '${plain}'}`;
}

/**
 * The type gcc gives an enum whose values lie in [min, max]: unsigned int when none is
 * negative, else int; with `__attribute__((packed))` the smallest type that holds them all.
 */
export function enumUnderlying(min: number, max: number, packed: boolean): IntType {
  if (min >= 0) {
    if (packed && max <= 0xff) return UCHAR;
    if (packed && max <= 0xffff) return USHORT;
    return UINT;
  }
  if (packed && min >= -0x80 && max <= 0x7f) return SCHAR;
  if (packed && min >= -0x8000 && max <= 0x7fff) return SHORT;
  return INT;
}
