// A generator of random C programs without undefined behaviour, for differential testing: the
// same program compiled by logosc and by gcc -m32 must print the same thing (test/fuzz/run.ts).
//
// The one idea: every construct is safe by construction, as Csmith makes its programs (the facts
// of that approach, not its code). The generator knows the C type of every expression it writes —
// the integer promotions and usual arithmetic conversions of ILP32 — so it knows where an
// operation could overflow, and writes that operation so that it cannot:
//  - `+ - *` in a signed 32-bit type go through unsigned arithmetic and back (`(int)((unsigned)a +
//    (unsigned)b)`: the conversion is gcc's modulo, implementation-defined, not undefined) or
//    through a checked wrapper (`safe_add_int(a, b)`); in types promoted from narrow ones they
//    cannot overflow and are written plainly (`ushort * ushort` excepted: it can);
//  - `/ %` divide by a constant that is neither 0 nor -1, by `(b & 15) + 1`, or through a
//    wrapper that checks for 0 and INT_MIN / -1;
//  - shift counts are masked to the width (`b & 31`), and a signed left shift shifts unsigned;
//  - array subscripts are masked to the (power of two) length, pointers point at live objects
//    of their type (globals, or the locals of the function's outermost block), and every
//    variable is initialized where it is declared;
//  - loops have a trip count fixed when they are written, their counters are never assigned in
//    their bodies, and a budget bounds the work of each function (loops times callees);
//  - expressions have no side effects (calls in them are to functions that write nothing but
//    their own locals), so the order of evaluation never matters; assignments, calls to
//    functions that write globals, and `++` are statements — except for one assignment per
//    statement to a local whose address is never taken and whose name appears nowhere else in
//    the statement (`x = e ^ y++`).
// What it writes: every integer type (`_Bool` to `unsigned long`, and enums, whose type is gcc's:
// `unsigned int` unless a constant is negative) and operator, casts, `?:`, the comma; enum
// constants; globals, statics, consts and volatiles; arrays (one and two dimensions), structs
// with bit-fields and array members, unions of 4-byte members read through any member (written
// only through a whole-width one, so that no byte is ever unspecified: C11 6.2.6.1p7), pointers;
// if/else, counted loops of every kind, switch, break, continue, forward and backward goto;
// functions of up to six parameters (integers, pointers, structs by value) returning integers,
// structs or nothing, called directly or through a function pointer; recursive functions (their
// depth masked to 7 by the callee itself); variadic functions that read their arguments with
// `__builtin_va_arg` (integers of each promoted type and structs, the count passed first).
//
// The program folds its variables into a checksum (`ck`), and prints it after each call from
// main, so a wrong value anywhere shows in the output. Every name carries a prefix, so that
// several programs can share one file (the test compiles a batch of them at once).
//
// The text is written a statement a line, with blocks opened at the end of a line and closed on
// a line of their own: the reducer (reduce.ts) deletes lines and balanced blocks.
import { rng } from "../sema/layout-gen.ts";

/** An integer type of Logos C, with what the generator needs to know of it. */
interface IntType {
  c: string;
  /** Value bits (`_Bool`: 1). */
  bits: 1 | 8 | 16 | 32;
  signed: boolean;
  /** Conversion rank: char 1, short 2, int 3, long 4 (C11 6.3.1.1). */
  rank: number;
  /** How a constant of the type is written: `5u`, `5L`, `((short)5)`. */
  suffix: string;
}

const CHAR: IntType = { c: "char", bits: 8, signed: true, rank: 1, suffix: "" };
const SCHAR: IntType = { c: "signed char", bits: 8, signed: true, rank: 1, suffix: "" };
const UCHAR: IntType = { c: "unsigned char", bits: 8, signed: false, rank: 1, suffix: "" };
const SHORT: IntType = { c: "short", bits: 16, signed: true, rank: 2, suffix: "" };
const USHORT: IntType = { c: "unsigned short", bits: 16, signed: false, rank: 2, suffix: "" };
const INT: IntType = { c: "int", bits: 32, signed: true, rank: 3, suffix: "" };
const UINT: IntType = { c: "unsigned", bits: 32, signed: false, rank: 3, suffix: "u" };
const LONG: IntType = { c: "long", bits: 32, signed: true, rank: 4, suffix: "L" };
const ULONG: IntType = { c: "unsigned long", bits: 32, signed: false, rank: 4, suffix: "UL" };
const BOOL: IntType = { c: "_Bool", bits: 1, signed: false, rank: 0, suffix: "" };
const TYPES = [BOOL, CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LONG, ULONG];
/** The types a variadic argument can have after the default argument promotions. */
const PROMOTED = [INT, UINT, LONG, ULONG];

function promote(t: IntType): IntType {
  return t.rank < INT.rank ? INT : t;
}

/** The usual arithmetic conversions (ILP32: `long + unsigned` is `unsigned long`). */
function usual(a: IntType, b: IntType): IntType {
  const x = promote(a);
  const y = promote(b);
  if (x === y) return x;
  if (x.signed === y.signed) return x.rank >= y.rank ? x : y;
  const [u, s] = x.signed ? [y, x] : [x, y];
  if (u.rank >= s.rank) return u;
  return s === LONG ? ULONG : UINT;
}

function min(t: IntType): number {
  return t.signed ? -(2 ** (t.bits - 1)) : 0;
}

function max(t: IntType): number {
  return t.signed ? 2 ** (t.bits - 1) - 1 : 2 ** t.bits - 1;
}

/** The largest magnitude a value of `t` can have (for products that must fit in int). */
function magnitude(t: IntType): number {
  return Math.max(-min(t), max(t));
}

/** A constant of type `t`, written so that it has that type. */
function literal(v: number, t: IntType): string {
  if (t.rank < INT.rank) return `((${t.c})${v < 0 ? `(${v})` : v})`;
  if (t.signed && v === min(t)) return `(-2147483647${t.suffix} - 1)`;
  if (v < 0) return `(${v}${t.suffix})`;
  return `${v}${t.suffix}`;
}

interface Field {
  name: string;
  type: IntType;
  /** Bit-field width; 0: an ordinary member. */
  bits: number;
  /** An array member's length (a power of two); 0: a scalar member. */
  len: number;
}

interface StructDef {
  name: string;
  fields: Field[];
}

/** A union of 4-byte members: scalars (`u`, `i`, `l`) and arrays of smaller elements. */
interface UnionDef {
  name: string;
  members: { name: string; type: IntType; len: number }[];
}

/** The members of every union, in an order each union shuffles (the first is initialized). */
const UNION_MEMBERS = [
  { name: "u", type: UINT, len: 0 },
  { name: "i", type: INT, len: 0 },
  { name: "l", type: LONG, len: 0 },
  { name: "b", type: UCHAR, len: 4 },
  { name: "c", type: SCHAR, len: 4 },
  { name: "h", type: USHORT, len: 2 },
  { name: "s", type: SHORT, len: 2 },
];

/** The type of a bit-field's value: gcc promotes one narrower than int to int. */
function fieldType(f: Field): IntType {
  return f.bits > 0 && f.bits < 32 ? INT : f.type;
}

/** The objects a program names. `fixed`: a loop counter or const, never assigned. */
type Var =
  | { kind: "scalar"; name: string; type: IntType; fixed: boolean; vol?: boolean }
  | { kind: "array"; name: string; type: IntType; len: number }
  /** `type name[rows][len]`: rows of `len`. */
  | { kind: "array2"; name: string; type: IntType; rows: number; len: number }
  | { kind: "struct"; name: string; def: StructDef }
  | { kind: "structs"; name: string; def: StructDef; len: number }
  /** A pointer to a `type` object, or (len > 0) to the first of `len` of them; `ro`: const target. */
  | { kind: "ptr"; name: string; type: IntType; len: number; ro: boolean }
  | { kind: "sptr"; name: string; def: StructDef; ro: boolean }
  | { kind: "union"; name: string; def: UnionDef };

type Param =
  | { kind: "int"; type: IntType }
  | { kind: "ptr"; type: IntType; len: number }
  | { kind: "struct"; def: StructDef };

interface Func {
  name: string;
  params: Param[];
  /** undefined: void. */
  ret: IntType | StructDef | undefined;
  /** Writes nothing but its own locals: may be called inside expressions. */
  pure: boolean;
  /** An estimate of the statements one call executes. */
  cost: number;
  /** A `static` pointer to it, through which some calls go. */
  pointer: string;
  /** A variadic function's arguments after its count (`params` holds the count alone). */
  variadic?: (IntType | StructDef)[];
}

interface Expr {
  text: string;
  type: IntType;
  /** Side-effect free and cheap: may be written twice. */
  simple: boolean;
  /** A comma expression `(a, b)`. */
  comma?: boolean;
}

/** An lvalue: its text, the type of its value, and the type it stores (for compound ops). */
interface Lvalue {
  text: string;
  type: IntType;
  /** A bit-field narrower than int: `++` on it cannot overflow. */
  bitField: boolean;
}

export interface Program {
  /** The program's text, without the header (`printf`'s declaration) and without `main`. */
  text: string;
  /** The function that runs it: `void NAME(void)`, printing its checksums. */
  entry: string;
}

/** The declarations every file of programs starts with. */
export const HEADER = "int printf(const char *, ...);\n";

/** A whole program: the header, one program, and a `main` that runs it. */
export function standalone(p: Program): string {
  return `${HEADER}\n${p.text}\nint main(void) {\n  ${p.entry}();\n  return 0;\n}\n`;
}

/** One file running the programs of several seeds, each announced by its seed. */
export function batchFile(seeds: number[], small = false): string {
  const programs = seeds.map((seed) => generate(seed, `p${seed}_`, small));
  const main = seeds.map((seed, i) => `  printf("seed ${seed}\\n");\n  ${programs[i].entry}();`);
  return `${HEADER}\n${programs.map((p) => p.text).join("\n")}\nint main(void) {\n${main.join("\n")}\n  return 0;\n}\n`; // prettier-ignore
}

/**
 * Generates the program of `seed`, its names prefixed with `prefix`; `small`: a third of the
 * size (fewer globals, functions and statements), for the test that runs hundreds.
 */
export function generate(seed: number, prefix = "p_", small = false): Program {
  return new Generator(seed, prefix, small).program();
}

/** A function body's work budget (statements executed per call, loops and callees included). */
const BUDGET = 4000;

class Generator {
  private readonly r: (n: number) => number;
  private readonly out: string[] = [];
  private readonly wrappers = new Map<string, string>();
  private readonly structs: StructDef[] = [];
  private readonly unions: UnionDef[] = [];
  /** The integer types of the program: the standard ones and its enums. */
  private readonly types: IntType[] = TYPES.slice();
  /** Its enum constants (of type int), with their values. */
  private readonly enumConstants: { name: string; value: number }[] = [];
  private readonly globals: Var[] = [];
  private readonly funcs: Func[] = [];
  private counter = 0;
  // The function being written.
  private scopes: Var[][] = [];
  /** The locals of the outermost block and the parameters: pointers may point at them. */
  private frame: Var[] = [];
  private fn: Func | undefined;
  private mult = 1;
  private cost = 0;
  private loops = 0;
  private breakable = 0;
  private labels: string[] = [];
  private depth = 0;
  private subscripts = 0;
  /**
   * Locals whose address is never taken (no pointer, no `&` argument): only their name reaches
   * them, so an expression that assigns one is safe wherever that name appears nowhere else.
   */
  private readonly unaliased = new Set<Var>();

  private readonly p: string;
  private readonly small: boolean;

  constructor(seed: number, prefix: string, small: boolean) {
    this.r = rng(seed);
    this.p = prefix;
    this.small = small;
  }

  private below(n: number): number {
    return this.r(n);
  }
  private chance(percent: number): boolean {
    return this.r(100) < percent;
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[this.r(xs.length)];
  }
  private fresh(kind: string): string {
    return `${this.p}${kind}${this.counter++}`;
  }

  /** A value of `t` worth testing: the edges, small numbers, or anything. */
  private value(t: IntType): number {
    const lo = min(t);
    const hi = max(t);
    return Math.min(hi, Math.max(lo, this.anyValue(t, lo, hi)));
  }

  private anyValue(t: IntType, lo: number, hi: number): number {
    switch (this.below(8)) {
      case 0:
        return lo;
      case 1:
        return hi;
      case 2:
        return t.signed ? -1 : hi - this.below(3);
      case 3:
        return this.below(3);
      case 4:
        return Math.min(hi, Math.max(lo, this.below(32) - (t.signed ? 16 : 0)));
      case 5:
        return t.signed ? lo + this.below(3) : 2 ** (t.bits - 1) + this.below(3) - 1;
      default: {
        const x = this.r(0x10000) * 0x10000 + this.r(0x10000);
        return lo + (x % (hi - lo + 1));
      }
    }
  }

  private constant(t: IntType): Expr {
    return { text: literal(this.value(t), t), type: t, simple: true };
  }

  program(): Program {
    const p = this.p;
    this.out.push(`static unsigned ${p}crc;`);
    this.out.push(`static void ${p}ck(unsigned v) {`, `  ${p}crc = (${p}crc ^ v) * 16777619u;`, `}`); // prettier-ignore
    for (let i = this.below(3); i > 0; i--) this.enumDef();
    for (let i = 1 + this.below(3); i > 0; i--) this.structDef();
    if (this.chance(50)) this.unionDef();
    for (let i = (this.small ? 3 : 4) + this.below(this.small ? 4 : 8); i > 0; i--) this.global();
    const decls = this.out.splice(0);
    // Callees first: a function calls only those written before it (no recursion).
    const n = this.small ? 1 + this.below(3) : 3 + this.below(5);
    const bodies: string[] = [];
    for (let i = 0; i < n; i++) bodies.push(...this.func());
    const entry = `${p}run`;
    const main = [`void ${entry}(void) {`];
    const roots = this.funcs.slice().reverse();
    for (let i = 0; i < roots.length; i++) {
      const f = roots[i];
      const call = `${f.name}(${this.arguments(f, true)})`;
      if (f.ret !== undefined && !("fields" in f.ret)) main.push(`  ${p}ck((unsigned)${call});`);
      else main.push(`  ${call};`);
      main.push(`  printf("${i} %08x\\n", ${p}crc);`);
    }
    for (const g of this.globals) main.push(...this.checksum(g, "  "));
    main.push(`  printf("globals %08x\\n", ${p}crc);`, `}`);
    const text = [...decls, ...this.wrappers.values(), ...bodies, ...main].join("\n") + "\n";
    return { text, entry };
  }

  /**
   * An enum with constants in int's range, some given, some counting on from the one before; its
   * type joins the program's integer types (gcc's choice: `int` if a constant is negative,
   * otherwise `unsigned int`).
   */
  private enumDef(): void {
    const name = this.fresh("E");
    const items: string[] = [];
    let next = 0;
    let negative = false;
    for (let i = 1 + this.below(5); i > 0; i--) {
      const c = `${name}_${i}`;
      let v = next;
      if (this.chance(50) || next > 0x7fffffff) {
        v = this.pick([0, 1, 7, 100, -1, -100, 0x7fffffff, -0x80000000, this.below(1000) - 200]);
        items.push(`${c} = ${v === -0x80000000 ? "(-2147483647 - 1)" : v}`);
      } else items.push(c);
      this.enumConstants.push({ name: c, value: v });
      negative ||= v < 0;
      next = v + 1;
    }
    this.out.push(`enum ${name} { ${items.join(", ")} };`);
    const type: IntType = { c: `enum ${name}`, bits: 32, signed: negative, rank: INT.rank, suffix: negative ? "" : "u" }; // prettier-ignore
    this.types.push(type);
  }

  private unionDef(): void {
    const members = UNION_MEMBERS.slice();
    for (let i = members.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [members[i], members[j]] = [members[j], members[i]];
    }
    const def: UnionDef = { name: this.fresh("U"), members };
    const decls = members.map((m) => `${m.type.c} ${m.name}${m.len > 0 ? `[${m.len}]` : ""};`);
    this.out.push(`union ${def.name} { ${decls.join(" ")} };`);
    this.unions.push(def);
  }

  /** An initializer for a union: one member, designated or (the first) not, every byte set. */
  private unionInit(def: UnionDef): string {
    const m = this.pick(def.members);
    const value = m.len > 0 ? `{ ${Array.from({ length: m.len }, () => literal(this.value(m.type), m.type)).join(", ")} }` : literal(this.value(m.type), m.type); // prettier-ignore
    return m === def.members[0] && this.chance(50) ? `{ ${value} }` : `{ .${m.name} = ${value} }`;
  }

  private structDef(): void {
    const def: StructDef = { name: this.fresh("S"), fields: [] };
    const lines = [`struct ${def.name} {`];
    for (let i = 1 + this.below(6); i > 0; i--) {
      const name = `f${i}`;
      const k = this.below(10);
      if (k < 3) {
        const type = this.pick([INT, UINT, INT, UINT, UCHAR, USHORT, SCHAR, SHORT, LONG, ULONG]);
        const bits = 1 + this.below(type.bits - (type.signed && type.bits < 32 ? 1 : 0));
        def.fields.push({ name, type, bits, len: 0 });
        lines.push(`  ${type.c} ${name} : ${bits};`);
      } else if (k < 4) {
        const type = this.pick(this.types);
        const len = this.pick([2, 4]);
        def.fields.push({ name, type, bits: 0, len });
        lines.push(`  ${type.c} ${name}[${len}];`);
      } else {
        const type = this.pick(this.types);
        def.fields.push({ name, type, bits: 0, len: 0 });
        lines.push(`  ${type.c} ${name};`);
      }
    }
    lines.push(`};`);
    this.structs.push(def);
    this.out.push(...lines);
  }

  /** A brace initializer for a struct: every member, in range of its width. */
  private structInit(def: StructDef): string {
    const items = def.fields.map((f) => {
      if (f.len > 0) return `{ ${Array.from({ length: f.len }, () => literal(this.value(f.type), f.type)).join(", ")} }`; // prettier-ignore
      if (f.bits > 0) {
        const v = this.below(2 ** Math.min(f.bits, 16));
        return f.type.signed ? `${v - 2 ** (Math.min(f.bits, 16) - 1)}` : `${v}u`;
      }
      return literal(this.value(f.type), f.type);
    });
    return `{ ${items.join(", ")} }`;
  }

  private global(): void {
    const k = this.below(10);
    const storage = this.chance(40) ? "static " : "";
    const scalars = this.globals.filter((g) => g.kind === "scalar" && !g.fixed && !g.vol);
    const arrays = this.globals.filter((g) => g.kind === "array");
    if (k < 4) {
      const type = this.pick(this.types);
      const name = this.fresh("g");
      const q = this.chance(10) ? "volatile " : "";
      this.out.push(`${storage}${q}${type.c} ${name} = ${literal(this.value(type), type)};`);
      this.globals.push({ kind: "scalar", name, type, fixed: false, vol: q !== "" });
    } else if (k < 5) {
      const type = this.pick(this.types);
      const name = this.fresh("c");
      this.out.push(`static const ${type.c} ${name} = ${literal(this.value(type), type)};`);
      this.globals.push({ kind: "scalar", name, type, fixed: true });
    } else if (k < 7 && this.chance(25)) {
      const type = this.pick(this.types);
      const rows = this.pick([2, 4]);
      const len = this.pick([2, 4, 8]);
      const name = this.fresh("m");
      const init = Array.from({ length: 1 + this.below(rows) }, () => `{ ${Array.from({ length: 1 + this.below(len) }, () => literal(this.value(type), type)).join(", ")} }`); // prettier-ignore
      this.out.push(`${storage}${type.c} ${name}[${rows}][${len}] = { ${init.join(", ")} };`);
      this.globals.push({ kind: "array2", name, type, rows, len });
    } else if (k < 7) {
      const type = this.pick(this.types);
      const len = this.pick([2, 4, 8, 16]);
      const name = this.fresh("a");
      const init = Array.from({ length: 1 + this.below(len) }, () => literal(this.value(type), type)); // prettier-ignore
      this.out.push(`${storage}${type.c} ${name}[${len}] = { ${init.join(", ")} };`);
      this.globals.push({ kind: "array", name, type, len });
    } else if (k < 8 && this.structs.length > 0) {
      const def = this.pick(this.structs);
      const name = this.fresh("s");
      if (this.chance(50)) {
        this.out.push(`${storage}struct ${def.name} ${name} = ${this.structInit(def)};`);
        this.globals.push({ kind: "struct", name, def });
      } else {
        const len = this.pick([2, 4]);
        const inits = Array.from({ length: len }, () => this.structInit(def));
        this.out.push(`${storage}struct ${def.name} ${name}[${len}] = { ${inits.join(", ")} };`);
        this.globals.push({ kind: "structs", name, def, len });
      }
    } else if (k < 9 && this.unions.length > 0 && this.chance(30)) {
      const def = this.pick(this.unions);
      const name = this.fresh("u");
      this.out.push(`${storage}union ${def.name} ${name} = ${this.unionInit(def)};`);
      this.globals.push({ kind: "union", name, def });
    } else if (k < 9 && scalars.length > 0) {
      const t = this.pick(scalars) as Var & { kind: "scalar" };
      const name = this.fresh("p");
      this.out.push(`${storage}${t.type.c} *${name} = &${t.name};`);
      this.globals.push({ kind: "ptr", name, type: t.type, len: 0, ro: false });
    } else if (arrays.length > 0) {
      const t = this.pick(arrays) as Var & { kind: "array" };
      const name = this.fresh("q");
      this.out.push(`${storage}${t.type.c} *${name} = ${t.name};`);
      this.globals.push({ kind: "ptr", name, type: t.type, len: t.len, ro: false });
    } else {
      const name = this.fresh("g");
      this.out.push(`${storage}int ${name};`);
      this.globals.push({ kind: "scalar", name, type: INT, fixed: false });
    }
  }

  /** Statements folding every value of `v` into the checksum. */
  private checksum(v: Var, ind: string): string[] {
    const ck = `${this.p}ck`;
    switch (v.kind) {
      case "scalar":
        return [`${ind}${ck}((unsigned)${v.name});`];
      case "array":
        return Array.from({ length: v.len }, (_, i) => `${ind}${ck}((unsigned)${v.name}[${i}]);`);
      case "array2":
        return Array.from({ length: v.rows * v.len }, (_, i) => `${ind}${ck}((unsigned)${v.name}[${Math.floor(i / v.len)}][${i % v.len}]);`); // prettier-ignore
      case "struct":
        return v.def.fields.flatMap((f) => this.fieldSums(`${v.name}.${f.name}`, f, ind));
      case "structs":
        return Array.from({ length: v.len }, (_, i) =>
          v.def.fields.flatMap((f) => this.fieldSums(`${v.name}[${i}].${f.name}`, f, ind)),
        ).flat();
      case "ptr":
        return [`${ind}${ck}((unsigned)(${v.len > 0 ? `${v.name}[${v.len - 1}]` : `*${v.name}`}));`]; // prettier-ignore
      case "sptr":
        return v.def.fields.flatMap((f) => this.fieldSums(`${v.name}->${f.name}`, f, ind));
      case "union": {
        const whole = v.def.members.find((m) => m.len === 0)!;
        return [`${ind}${ck}((unsigned)${v.name}.${whole.name});`];
      }
    }
  }

  private fieldSums(text: string, f: Field, ind: string): string[] {
    if (f.len > 0)
      return Array.from({ length: f.len }, (_, i) => `${ind}${this.p}ck((unsigned)${text}[${i}]);`);
    return [`${ind}${this.p}ck((unsigned)${text});`];
  }

  // ---- functions ----

  private func(): string[] {
    const k = this.below(100);
    if (k < 10) return this.recursive();
    if (k < 20) return this.variadicFunc();
    return this.ordinary();
  }

  /** The generator's state for writing the body of `f`, whose parameters are `vars`. */
  private enter(f: Func, vars: Var[]): void {
    this.fn = f;
    this.scopes = [vars];
    this.frame = vars.filter((v) => v.kind !== "ptr");
    this.mult = 1;
    this.cost = 0;
    this.loops = 0;
    this.breakable = 0;
    this.labels = [];
    this.depth = 0;
  }

  /** The end of writing `f`'s body: it is known from now on, and callable. */
  private leave(f: Func, costPerCall: number): void {
    this.scopes = [];
    f.cost = costPerCall;
    this.funcs.push(f);
    this.fn = undefined;
  }

  /**
   * A recursive function that writes nothing but its locals: `x0`, masked to 0–7, is the depth
   * left, so any argument ends the recursion; each level combines its own value with the deeper
   * one's (`(unsigned)(e) ^ r((x0 & 7u) - 1u, e')`).
   */
  private recursive(): string[] {
    const name = this.fresh("r");
    const t = this.pick(this.types);
    const f: Func = { name, params: [{ kind: "int", type: UINT }, { kind: "int", type: t }], ret: UINT, pure: true, cost: 0, pointer: this.fresh("fp") }; // prettier-ignore
    this.enter(f, [
      { kind: "scalar", name: "x0", type: UINT, fixed: true },
      { kind: "scalar", name: "x1", type: t, fixed: false },
    ]);
    // Eight levels at most: every call the body makes counts eight times.
    this.mult = 8;
    const decl = `unsigned x0, ${t.c} x1`;
    const storage = this.chance(60) ? "static " : "";
    const lines = [`${storage}unsigned ${name}(${decl}) {`, ...this.block("  ", true)];
    lines.push(`  if ((x0 & 7u) == 0u) return (unsigned)(${this.expr(3).text});`);
    lines.push(`  return (unsigned)(${this.expr(2).text}) ^ ${name}((x0 & 7u) - 1u, ${this.expr(2).text});`); // prettier-ignore
    lines.push(`}`);
    lines.push(`static unsigned (*${f.pointer})(${decl}) = ${name};`);
    this.leave(f, this.cost + 8);
    return lines;
  }

  /**
   * A variadic function: its count `x0`, then up to four arguments of types fixed here (promoted
   * integer types and structs), each read with `__builtin_va_arg` only if the count says it was
   * passed, and folded into the result.
   */
  private variadicFunc(): string[] {
    const name = this.fresh("v");
    const kinds: (IntType | StructDef)[] = [];
    for (let i = 1 + this.below(4); i > 0; i--)
      kinds.push(this.structs.length > 0 && this.chance(20) ? this.pick(this.structs) : this.pick(PROMOTED)); // prettier-ignore
    const f: Func = { name, params: [{ kind: "int", type: INT }], ret: UINT, pure: true, cost: 0, pointer: this.fresh("fp"), variadic: kinds }; // prettier-ignore
    const storage = this.chance(60) ? "static " : "";
    const lines = [`${storage}unsigned ${name}(int x0, ...) {`, `  __builtin_va_list ap;`, `  unsigned s = ${this.below(1000)}u;`, `  __builtin_va_start(ap, x0);`]; // prettier-ignore
    kinds.forEach((k, i) => {
      if ("fields" in k) {
        const sums = k.fields.map((fd) => (fd.len > 0 ? `(unsigned)a.${fd.name}[${fd.len - 1}]` : `(unsigned)a.${fd.name}`)); // prettier-ignore
        lines.push(`  if (x0 > ${i}) {`, `    struct ${k.name} a = __builtin_va_arg(ap, struct ${k.name});`, `    s = s * 31u + ${sums.join(" + ")};`, `  }`); // prettier-ignore
      } else lines.push(`  if (x0 > ${i}) s = (s ^ (unsigned)__builtin_va_arg(ap, ${k.c})) * 16777619u;`); // prettier-ignore
    });
    lines.push(`  __builtin_va_end(ap);`, `  return s;`, `}`);
    lines.push(`static unsigned (*${f.pointer})(int, ...) = ${name};`);
    f.cost = 1;
    this.funcs.push(f);
    return lines;
  }

  /** The arguments of a call to `f`, as a list; `main`: from the entry function. */
  private arguments(f: Func, main: boolean): string {
    if (f.variadic === undefined) return f.params.map((a) => this.argument(a, main)).join(", ");
    const n = this.below(f.variadic.length + 1);
    const args = [`${n}`];
    for (const k of f.variadic.slice(0, n)) {
      if ("fields" in k) args.push(this.argument({ kind: "struct", def: k }, main));
      else if (main) args.push(literal(this.value(k), k));
      else {
        // An argument whose promoted type is the one read goes as it is (a `char` is read as
        // an `int`); any other is converted first.
        const e = this.expr(2);
        args.push(promote(e.type) === k ? e.text : `(${k.c})(${e.text})`);
      }
    }
    return args.join(", ");
  }

  private ordinary(): string[] {
    const name = this.fresh("f");
    const params: Param[] = [];
    const pure = this.chance(35);
    // A pointer parameter's type is one with a global array of 4 or more to point at.
    const pointees = this.globals.flatMap((g) =>
      g.kind === "array" && g.len >= 4 ? [g.type] : [],
    );
    for (let i = this.below(7); i > 0; i--) {
      const k = this.below(10);
      if (k < 7) params.push({ kind: "int", type: this.pick(this.types) });
      else if (k < 9 && pointees.length > 0)
        params.push({ kind: "ptr", type: this.pick(pointees), len: this.pick([0, 4]) }); // prettier-ignore
      else if (this.structs.length > 0)
        params.push({ kind: "struct", def: this.pick(this.structs) });
      else params.push({ kind: "int", type: this.pick(this.types) });
    }
    const k = this.below(10);
    const ret = k < 2 ? undefined : k < 3 && this.structs.length > 0 ? this.pick(this.structs) : this.pick(this.types); // prettier-ignore
    const f: Func = { name, params, ret, pure, cost: 0, pointer: this.fresh("fp") };
    this.enter(f, []);
    const decl: string[] = [];
    params.forEach((a, i) => {
      const pn = `x${i}`;
      let v: Var;
      if (a.kind === "int") {
        decl.push(`${a.type.c} ${pn}`);
        v = { kind: "scalar", name: pn, type: a.type, fixed: false };
      } else if (a.kind === "ptr") {
        decl.push(`${pure ? "const " : ""}${a.type.c} *${pn}`);
        v = { kind: "ptr", name: pn, type: a.type, len: a.len, ro: pure };
      } else {
        decl.push(`struct ${a.def.name} ${pn}`);
        v = { kind: "struct", name: pn, def: a.def };
      }
      this.scopes[0].push(v);
      if (v.kind !== "ptr") this.frame.push(v);
    });
    const rt = ret === undefined ? "void" : "fields" in ret ? `struct ${ret.name}` : ret.c;
    const storage = this.chance(60) ? "static " : "";
    const lines = [`${storage}${rt} ${name}(${decl.length > 0 ? decl.join(", ") : "void"}) {`];
    const body = this.block("  ", true);
    lines.push(...body);
    if (ret !== undefined) {
      if ("fields" in ret) {
        const candidates = this.visible().filter((v) => v.kind === "struct" && v.def === ret);
        const v = candidates.length > 0 ? this.pick(candidates).name : `(struct ${ret.name})${this.structInit(ret)}`; // prettier-ignore
        lines.push(`  return ${v};`);
      } else lines.push(`  return ${this.expr(3).text};`);
    }
    lines.push(`}`);
    lines.push(`static ${rt} (*${f.pointer})(${decl.length > 0 ? decl.join(", ") : "void"}) = ${name};`); // prettier-ignore
    this.leave(f, this.cost + 1);
    return lines;
  }

  /** The variables in scope in the function being written (innermost last). */
  private visible(): Var[] {
    const locals = this.scopes.flat();
    if (this.fn?.pure) return [...locals, ...this.globals];
    return [...locals, ...this.globals];
  }

  /** Whether `v` may be written here: pure functions write only their own locals. */
  private writable(v: Var): boolean {
    if (v.kind === "scalar" && v.fixed) return false;
    if ((v.kind === "ptr" || v.kind === "sptr") && v.ro) return false;
    if (this.fn?.pure) {
      const local = this.scopes.some((s) => s.includes(v));
      return local && v.kind !== "ptr" && v.kind !== "sptr";
    }
    return true;
  }

  /** `{ declarations statements }` as lines; `top`: the function's outermost block. */
  private block(ind: string, top = false): string[] {
    this.scopes.push([]);
    const lines: string[] = [];
    for (let i = (top ? 2 : 0) + this.below(top ? 5 : 3); i > 0; i--) lines.push(...this.local(ind, top)); // prettier-ignore
    // A label at the end of the block that gotos inside it may jump forward to.
    const label = this.chance(20) ? this.fresh("L") : undefined;
    if (label) this.labels.push(label);
    this.depth++;
    const n = top ? (this.small ? 2 : 4) + this.below(this.small ? 5 : 8) : 1 + this.below(this.small ? 3 : 4); // prettier-ignore
    for (let i = 0; i < n; i++) lines.push(...this.statement(ind));
    this.depth--;
    if (label) {
      this.labels.pop();
      lines.push(`${ind}${label}:;`);
    }
    if (this.chance(30)) {
      const mine = this.scopes[this.scopes.length - 1];
      if (mine.length > 0 && !this.fn?.pure) lines.push(...this.checksum(this.pick(mine), ind));
    }
    this.scopes.pop();
    return lines;
  }

  /** One local declaration, initialized. */
  private local(ind: string, top: boolean): string[] {
    const scope = this.scopes[this.scopes.length - 1];
    const k = this.below(12);
    // No static locals in pure functions: a call would leave a trace.
    const st = !this.fn?.pure && this.chance(8) ? "static " : "";
    const targets = (top ? this.frame : []).concat(this.fn?.pure ? [] : this.globals).filter((v) => !this.unaliased.has(v)); // prettier-ignore
    if (k < 6 || (k >= 9 && targets.length === 0)) {
      const type = this.pick(this.types);
      const name = this.fresh("l");
      const q = st === "" && this.chance(8) ? "volatile " : "";
      const init = st ? literal(this.value(type), type) : this.expr(2).text;
      scope.push({ kind: "scalar", name, type, fixed: false, vol: q !== "" });
      if (this.chance(40)) this.unaliased.add(scope[scope.length - 1]);
      if (top) this.frame.push(scope[scope.length - 1]);
      return [`${ind}${st}${q}${type.c} ${name} = ${init};`];
    }
    if (k < 8) {
      const type = this.pick(this.types);
      const len = this.pick([2, 4, 8]);
      const name = this.fresh("a");
      const init = Array.from({ length: 1 + this.below(len) }, () => (st ? literal(this.value(type), type) : this.expr(1).text)); // prettier-ignore
      scope.push({ kind: "array", name, type, len });
      if (top) this.frame.push(scope[scope.length - 1]);
      return [`${ind}${st}${type.c} ${name}[${len}] = { ${init.join(", ")} };`];
    }
    if (k < 9 && this.unions.length > 0 && this.chance(25)) {
      const def = this.pick(this.unions);
      const name = this.fresh("u");
      scope.push({ kind: "union", name, def });
      if (top) this.frame.push(scope[scope.length - 1]);
      return [`${ind}${st}union ${def.name} ${name} = ${this.unionInit(def)};`];
    }
    if (k < 9 && this.structs.length > 0) {
      const def = this.pick(this.structs);
      const name = this.fresh("s");
      scope.push({ kind: "struct", name, def });
      if (this.chance(40)) this.unaliased.add(scope[scope.length - 1]);
      if (top) this.frame.push(scope[scope.length - 1]);
      return [`${ind}${st}struct ${def.name} ${name} = ${this.structInit(def)};`];
    }
    // A pointer, at an object that lives as long as it (globals, or the outermost block's).
    const t = this.pick(targets.length > 0 ? targets : this.globals);
    const name = this.fresh("p");
    if (t === undefined) return [];
    switch (t.kind) {
      case "scalar":
        if (t.fixed || t.vol) break;
        scope.push({ kind: "ptr", name, type: t.type, len: 0, ro: false });
        return [`${ind}${t.type.c} *${name} = &${t.name};`];
      case "array":
        scope.push({ kind: "ptr", name, type: t.type, len: t.len, ro: false });
        return [`${ind}${t.type.c} *${name} = ${t.len > 1 && this.chance(30) ? `&${t.name}[0]` : t.name};`]; // prettier-ignore
      case "struct":
        scope.push({ kind: "sptr", name, def: t.def, ro: false });
        return [`${ind}struct ${t.def.name} *${name} = &${t.name};`];
      case "structs":
        scope.push({ kind: "sptr", name, def: t.def, ro: false });
        return [`${ind}struct ${t.def.name} *${name} = &${t.name}[${this.below(t.len)}];`];
    }
    return [];
  }

  // ---- statements ----

  private statement(ind: string): string[] {
    const room = this.mult * 2 + this.cost < BUDGET && this.depth < 4;
    const k = this.below(100);
    if (k < 30) return this.assignment(ind);
    if (k < 38) return this.compound(ind);
    if (k < 42) return this.increment(ind);
    if (k < 50 && room) return this.ifElse(ind);
    if (k < 60 && room) return this.loop(ind);
    if (k < 65 && room) return this.switchStmt(ind);
    if (k < 72) return this.callStmt(ind);
    if (k < 76 && this.loops > 0) return [`${ind}if (${this.expr(2).text}) ${this.pick(["break", "continue"])};`]; // prettier-ignore
    if (k < 79 && this.labels.length > 0) return [`${ind}if (${this.expr(2).text}) goto ${this.pick(this.labels)};`]; // prettier-ignore
    if (k < 82 && this.fn?.ret !== undefined && !("fields" in this.fn.ret) && this.depth > 1)
      return [`${ind}if (${this.expr(2).text}) return ${this.expr(2).text};`];
    if (k < 86 && room) return this.backwardGoto(ind);
    if (k < 89) return this.structAssign(ind);
    if (k < 92) return this.pointerAssign(ind);
    if (k < 96 && !this.fn?.pure) {
      this.cost += this.mult;
      return [`${ind}${this.p}ck((unsigned)${this.expr(3).text});`];
    }
    if (room && this.chance(50)) {
      const lines = [`${ind}{`, ...this.block(ind + "  "), `${ind}}`];
      return lines;
    }
    return this.assignment(ind);
  }

  private assignment(ind: string): string[] {
    const lv = this.lvalue();
    this.cost += this.mult;
    if (lv === undefined) return [];
    const e = this.expr(4);
    // A chain `a = (b = e)` now and then (b unaliased, so that the two stores never meet).
    if (this.chance(10)) {
      const b = this.sideEffect([lv.text, e.text], true);
      if (b !== undefined) return [`${ind}${lv.text} = ${b.text};`];
    }
    // An expression that assigns a variable too: `x = e ^ y++`, `x = (e, y += 3)`.
    if (this.chance(25)) {
      const se = this.sideEffect([lv.text, e.text]);
      if (se !== undefined) {
        const k = this.below(6);
        const text = k === 0 ? se.text : k === 1 ? `(${e.text}, ${se.text})` : k === 2 ? `(${se.text}, ${e.text})` : `(${e.text} ${this.pick(["^", "|", "&", "&&", "||", "==", "<"])} ${se.text})`; // prettier-ignore
        return [`${ind}${lv.text} = ${text};`];
      }
    }
    return [`${ind}${lv.text} = ${e.text};`];
  }

  /**
   * An expression that assigns an unaliased local (`y++`, `--s.f3`, `(y = e)`, `(s.b ^= e)`)
   * whose name is in none of `others` (the rest of the statement): nothing else in the statement
   * reads or writes it, so the order of evaluation cannot matter. `plain`: an `=` only.
   */
  private sideEffect(others: string[], plain = false): Expr | undefined {
    const vs = this.scopes.flat().filter((v) => this.unaliased.has(v) && this.writable(v) && !others.some((t) => new RegExp(`\\b${v.name}\\b`).test(t))); // prettier-ignore
    if (vs.length === 0) return undefined;
    const lv = this.access(this.pick(vs), true);
    const k = plain ? 0 : this.below(3);
    if (k === 0) {
      const e = this.expr(2);
      return { text: `(${lv.text} = ${e.text})`, type: lv.type, simple: false };
    }
    if (k === 1 && (!lv.type.signed || lv.type.rank < INT.rank || lv.bitField)) {
      const op = this.pick(["++", "--"]);
      return { text: this.chance(50) ? `(${lv.text}${op})` : `(${op}${lv.text})`, type: lv.type, simple: false }; // prettier-ignore
    }
    const [op, rhs] = this.compoundOp(lv);
    return { text: `(${lv.text} ${op} ${rhs})`, type: lv.type, simple: false };
  }

  /** `lv op= e`, where it cannot overflow: the computation type (`lv`'s promoted with `e`'s). */
  private compound(ind: string): string[] {
    const lv = this.lvalue();
    this.cost += this.mult;
    if (lv === undefined) return [];
    const [op, rhs] = this.compoundOp(lv);
    return [`${ind}${lv.text} ${op} ${rhs};`];
  }

  /** An operator and right operand for `lv op= e` that cannot overflow. */
  private compoundOp(lv: Lvalue): [string, string] {
    const e = this.expr(3);
    const at = promote(lv.type);
    const ct = usual(at, e.type);
    const narrow = (t: IntType) => t.rank < INT.rank;
    const ops = ["&=", "|=", "^=", ">>="];
    if (!ct.signed || (narrow(lv.type) && narrow(e.type))) ops.push("+=", "-=");
    if (!ct.signed || (narrow(lv.type) && narrow(e.type) && magnitude(lv.type) * magnitude(e.type) <= 0x7fffffff)) ops.push("*="); // prettier-ignore
    if (!ct.signed) ops.push("/=", "%=");
    if (!at.signed) ops.push("<<=");
    const op = this.pick(ops);
    let rhs = e.text;
    if (op === "<<=" || op === ">>=") rhs = `(${e.text}) & ${this.pick([31, 7, 15])}`;
    else if (op === "/=" || op === "%=") rhs = `(${e.text}) | 1`;
    return [op, rhs];
  }

  private increment(ind: string): string[] {
    const lv = this.lvalue();
    this.cost += this.mult;
    if (lv === undefined) return [];
    const op = this.pick(["++", "--"]);
    const pre = this.chance(50);
    const text = pre ? `${op}${lv.text}` : `${lv.text}${op}`;
    if (lv.type.bits === 32 && lv.type.signed)
      return [`${ind}if (${lv.text} ${op === "++" ? "<" : ">"} ${op === "++" ? "2147483647" : "(-2147483647 - 1)"}) ${text};`]; // prettier-ignore
    return [`${ind}${text};`];
  }

  private ifElse(ind: string): string[] {
    const cond = (this.chance(15) ? this.sideEffect([]) : undefined) ?? this.expr(3);
    const lines = [`${ind}if (${cond.text}) {`, ...this.block(ind + "  "), `${ind}}`];
    if (this.chance(50)) lines.push(`${ind}else {`, ...this.block(ind + "  "), `${ind}}`);
    return lines;
  }

  /** A loop with a trip count fixed here: for (up, down, by steps, wrapping), while, do. */
  private loop(ind: string): string[] {
    const i = this.fresh("i");
    const trips = 1 + this.below(this.mult > 16 ? 3 : 8);
    const saved = this.mult;
    let head: string;
    let tail = `${ind}}`;
    let type = INT;
    let pre: string[] = [];
    switch (this.below(6)) {
      case 0:
        head = `for (int ${i} = 0; ${i} < ${trips}; ${i}++) {`;
        break;
      case 1:
        head = `for (int ${i} = ${trips}; ${i} > 0; ${i}--) {`;
        break;
      case 2: {
        // An unsigned char counter that wraps past 255.
        type = UCHAR;
        const start = 256 - this.below(trips + 1);
        head = `for (unsigned char ${i} = ${start & 255}; ${i} != ${(start + trips) & 255}; ${i}++) {`; // prettier-ignore
        break;
      }
      case 3: {
        type = UINT;
        const step = this.pick([2, 3, 5]);
        head = `for (unsigned ${i} = 0; ${i} < ${trips * step}u; ${i} += ${step}) {`;
        break;
      }
      case 4:
        pre = [`${ind}{`, `${ind}  int ${i} = ${trips};`];
        head = `while (${i}-- > 0) {`;
        tail = `${ind}}`;
        break;
      default:
        pre = [`${ind}{`, `${ind}  int ${i} = ${trips};`];
        head = `do {`;
        tail = `${ind}} while (--${i} > 0);`;
        break;
    }
    const inner = pre.length > 0 ? ind + "  " : ind;
    this.mult *= trips;
    this.loops++;
    this.breakable++;
    this.scopes.push([{ kind: "scalar", name: i, type, fixed: true }]);
    const body = this.block(inner + "  ");
    this.scopes.pop();
    this.breakable--;
    this.loops--;
    this.mult = saved;
    const lines = [...pre, `${inner}${head}`, ...body, tail.replace(ind, inner)];
    if (pre.length > 0) lines.push(`${ind}}`);
    return lines;
  }

  /** A counted backward goto: `n = K; L: { … } if (--n > 0) goto L;`. */
  private backwardGoto(ind: string): string[] {
    const n = this.fresh("n");
    const label = this.fresh("B");
    const trips = 1 + this.below(4);
    const saved = this.mult;
    this.mult *= trips;
    this.scopes.push([{ kind: "scalar", name: n, type: INT, fixed: true }]);
    const body = this.block(ind + "    ");
    this.scopes.pop();
    this.mult = saved;
    return [
      `${ind}{`,
      `${ind}  int ${n} = ${trips};`,
      `${ind}${label}:`,
      `${ind}  {`,
      ...body,
      `${ind}  }`,
      `${ind}  if (--${n} > 0) goto ${label};`,
      `${ind}}`,
    ];
  }

  private switchStmt(ind: string): string[] {
    const e = this.expr(3);
    const t = promote(e.type);
    const dense = this.chance(50);
    const base = dense ? this.below(20) - 5 : 0;
    const values = new Set<number>();
    for (let i = 2 + this.below(6); i > 0; i--) {
      const v = dense ? base + this.below(10) : this.value(t);
      values.add(v);
    }
    // The controlling expression: sometimes masked, so that the cases are hit.
    const control = dense ? `(${e.text}) % 12` : e.text;
    const ct = dense ? usual(e.type, INT) : t;
    const lines = [`${ind}switch (${control}) {`];
    this.breakable++;
    for (const v of values) {
      lines.push(`${ind}case ${literal(v, ct.rank < INT.rank ? INT : ct)}: {`, ...this.block(ind + "  "), `${ind}}`); // prettier-ignore
      if (this.chance(70)) lines.push(`${ind}  break;`);
    }
    if (this.chance(60)) lines.push(`${ind}default: {`, ...this.block(ind + "  "), `${ind}}`);
    this.breakable--;
    lines.push(`${ind}}`);
    return lines;
  }

  private callStmt(ind: string): string[] {
    const f = this.callee();
    if (f === undefined) return this.assignment(ind);
    this.cost += this.mult * f.cost;
    const call = `${this.callName(f)}(${this.arguments(f, false)})`;
    if (f.ret !== undefined && "fields" in f.ret) {
      const def = f.ret;
      const targets = this.visible().filter((v) => v.kind === "struct" && v.def === def && this.writable(v)); // prettier-ignore
      if (targets.length > 0) return [`${ind}${this.pick(targets).name} = ${call};`];
      return [`${ind}${call};`];
    }
    if (f.ret !== undefined && this.chance(70)) {
      const lv = this.lvalue(true);
      if (lv !== undefined) return [`${ind}${lv.text} = ${call};`];
    }
    return [`${ind}${call};`];
  }

  /** How a call names `f`: directly, or through its pointer (`fp3(…)`, `(*fp3)(…)`). */
  private callName(f: Func): string {
    const k = this.below(10);
    return k < 7 ? f.name : k < 9 ? f.pointer : `(*${f.pointer})`;
  }

  /** A function this one may call (written before it), within the budget. */
  private callee(pureOnly = false): Func | undefined {
    const ok = this.funcs.filter((f) => (f.pure || (!pureOnly && !this.fn?.pure)) && this.cost + this.mult * f.cost < BUDGET); // prettier-ignore
    return ok.length > 0 ? this.pick(ok) : undefined;
  }

  /** An argument for `a`; `main`: from the entry function, where only globals are in scope. */
  private argument(a: Param, main: boolean): string {
    if (a.kind === "int") return main ? literal(this.value(a.type), a.type) : this.expr(2).text;
    const pool = main ? this.globals : this.visible();
    if (a.kind === "ptr") {
      const targets = pool.filter((v) =>
        a.len === 0
          ? (v.kind === "scalar" && v.type === a.type && !v.fixed && !v.vol) || ((v.kind === "array" || v.kind === "array2") && v.type === a.type) // prettier-ignore
          : (v.kind === "array" || v.kind === "array2") && v.type === a.type && v.len >= a.len,
      );
      const writable = targets.filter(
        (v) =>
          !this.unaliased.has(v) &&
          (main || this.writable(v) || v.kind === "array" || v.kind === "array2"),
      ); // prettier-ignore // prettier-ignore
      if (writable.length > 0) {
        const v = this.pick(writable);
        if (v.kind === "scalar") return `&${v.name}`;
        if (v.kind === "array2") return `${v.name}[${this.below(v.rows)}]`;
        return v.name;
      }
      throw new Error(`no object for a '${a.type.c} *' parameter`);
    }
    const ss = pool.filter((v) => v.kind === "struct" && v.def === a.def);
    if (ss.length > 0) return this.pick(ss).name;
    return `(struct ${a.def.name})${this.structInit(a.def)}`;
  }

  private structAssign(ind: string): string[] {
    const vs = this.visible();
    const unions = vs.filter((v) => v.kind === "union" && this.writable(v));
    if (unions.length > 0 && this.chance(30)) {
      const a = this.pick(unions) as Var & { kind: "union" };
      const b = this.pick(vs.filter((v) => v.kind === "union" && v.def === a.def));
      this.cost += this.mult;
      return [`${ind}${a.name} = ${b.name};`];
    }
    const all = vs.filter((v) => v.kind === "struct" || v.kind === "structs" || v.kind === "sptr");
    if (all.length < 2) return this.assignment(ind);
    const a = this.pick(all);
    const def = (a as { def: StructDef }).def;
    const same = all.filter((v) => (v as { def: StructDef }).def === def);
    const b = this.pick(same);
    if (!this.writable(a) || (a.kind !== "sptr" && !this.writable(a))) return this.assignment(ind);
    const text = (v: Var) => (v.kind === "struct" ? v.name : v.kind === "structs" ? `${v.name}[${this.index(v.len)}]` : `(*${v.name})`); // prettier-ignore
    this.cost += this.mult;
    return [`${ind}${text(a)} = ${text(b)};`];
  }

  /** Points a pointer at another object of its type. */
  private pointerAssign(ind: string): string[] {
    const ptrs = this.scopes.flat().filter((v) => v.kind === "ptr" && !v.ro);
    if (ptrs.length === 0 || this.fn?.pure) return this.assignment(ind);
    const p = this.pick(ptrs) as Var & { kind: "ptr" };
    const targets = this.frame
      .concat(this.globals)
      .filter((v) =>
        this.unaliased.has(v)
          ? false
          : p.len === 0
            ? v.kind === "scalar" && v.type === p.type && !v.fixed && !v.vol
            : v.kind === "array" && v.type === p.type && v.len >= p.len,
      );
    if (targets.length === 0) return this.assignment(ind);
    const t = this.pick(targets);
    return [`${ind}${p.name} = ${t.kind === "scalar" ? "&" : ""}${t.name};`];
  }

  // ---- lvalues and expressions ----

  /** A subscript for an array of `len` (a power of two): a constant or a masked expression. */
  private index(len: number): string {
    // Subscripts inside subscripts are constants: the nesting ends.
    if (len === 1 || this.subscripts > 0 || this.chance(30)) return `${this.below(len)}`;
    this.subscripts++;
    const e = this.expr(1);
    this.subscripts--;
    return `(${e.text}) & ${len - 1}`;
  }

  private memberLvalue(base: string, def: StructDef, simpleOnly = false): Lvalue {
    const f = this.pick(def.fields);
    if (f.len > 0) return { text: `${base}${f.name}[${simpleOnly ? this.below(f.len) : this.index(f.len)}]`, type: f.type, bitField: false }; // prettier-ignore
    return { text: `${base}${f.name}`, type: fieldType(f), bitField: f.bits > 0 && f.bits < 32 };
  }

  /**
   * Something to assign to (undefined if nothing is writable here). `simpleOnly`: one whose
   * address a call cannot change (constant subscripts, no global pointers), for `lv = f(…)`.
   */
  private lvalue(simpleOnly = false): Lvalue | undefined {
    const vs = this.visible().filter((v) => this.writable(v) && !(simpleOnly && (v.kind === "ptr" || v.kind === "sptr") && this.globals.includes(v))); // prettier-ignore
    if (vs.length === 0) return undefined;
    const v = this.pick(vs);
    return this.access(v, simpleOnly);
  }

  /**
   * A scalar reached through `v`: the variable, an element, a member, a pointee. `read`: only to
   * be read (a union is written through its whole-width members only, and read through any).
   */
  private access(v: Var, simpleOnly = false, read = false): Lvalue {
    switch (v.kind) {
      case "union": {
        const m = this.pick(read ? v.def.members : v.def.members.filter((x) => x.len === 0));
        const i = m.len === 0 ? "" : `[${simpleOnly ? this.below(m.len) : this.index(m.len)}]`;
        return { text: `${v.name}.${m.name}${i}`, type: m.type, bitField: false };
      }
      case "scalar":
        return { text: v.name, type: v.type, bitField: false };
      case "array":
        return { text: `${v.name}[${simpleOnly ? this.below(v.len) : this.index(v.len)}]`, type: v.type, bitField: false }; // prettier-ignore
      case "array2": {
        const i = simpleOnly ? `${this.below(v.rows)}` : this.index(v.rows);
        const j = simpleOnly ? `${this.below(v.len)}` : this.index(v.len);
        return { text: `${v.name}[${i}][${j}]`, type: v.type, bitField: false };
      }
      case "struct":
        return this.memberLvalue(`${v.name}.`, v.def, simpleOnly);
      case "structs":
        return this.memberLvalue(`${v.name}[${simpleOnly ? this.below(v.len) : this.index(v.len)}].`, v.def, simpleOnly); // prettier-ignore
      case "ptr": {
        if (v.len === 0) return { text: `(*${v.name})`, type: v.type, bitField: false };
        const i = simpleOnly ? `${this.below(v.len)}` : this.index(v.len);
        if (this.chance(30)) return { text: `(*(${v.name} + (${i})))`, type: v.type, bitField: false }; // prettier-ignore
        return { text: `${v.name}[${i}]`, type: v.type, bitField: false };
      }
      case "sptr":
        return this.memberLvalue(`${v.name}->`, v.def, simpleOnly);
    }
  }

  /** A wrapper function (written once per program) that does `op` safely in `t`. */
  private wrapper(op: string, t: IntType): string {
    const name = `${this.p}safe_${op}_${t.c.replace(" ", "_")}`;
    if (this.wrappers.has(name)) return name;
    const T = t.c;
    const lo = t === LONG ? "(-2147483647L - 1)" : "(-2147483647 - 1)";
    const hi = t === LONG ? "2147483647L" : "2147483647";
    let body: string;
    switch (op) {
      case "add":
        body = t.signed ? `if ((b > 0 && a > ${hi} - b) || (b < 0 && a < ${lo} - b)) return a;\n  return a + b;` : "return a + b;"; // prettier-ignore
        break;
      case "sub":
        body = t.signed ? `if ((b < 0 && a > ${hi} + b) || (b > 0 && a < ${lo} + b)) return a;\n  return a - b;` : "return a - b;"; // prettier-ignore
        break;
      case "mul":
        body = t.signed
          ? `if (a > 0 ? (b > 0 ? a > ${hi} / b : b < ${lo} / a) : (b > 0 ? a < ${lo} / b : a != 0 && b < ${hi} / a)) return a;\n  return a * b;` // prettier-ignore
          : "return a * b;";
        break;
      case "div":
      case "mod": {
        const sym = op === "div" ? "/" : "%";
        body = t.signed ? `if (b == 0 || (a == ${lo} && b == -1)) return a;\n  return a ${sym} b;` : `if (b == 0) return a;\n  return a ${sym} b;`; // prettier-ignore
        break;
      }
      default: // shl
        body = t.signed ? `if (a < 0 || b < 0 || b > 31 || a > (${hi} >> b)) return a;\n  return a << b;` : `if (b < 0 || b > 31) return a;\n  return a << b;`; // prettier-ignore
        break;
    }
    const bt = op === "shl" ? "int" : T;
    this.wrappers.set(name, `static ${T} ${name}(${T} a, ${bt} b) {\n  ${body}\n}`);
    return name;
  }

  /** An expression of any integer type, of at most `depth` levels of operators. */
  private expr(depth: number): Expr {
    if (depth <= 0 || this.chance(20)) return this.leaf();
    const k = this.below(100);
    if (k < 45) return this.binary(depth);
    if (k < 55) return this.unary(depth);
    if (k < 63) {
      const c = this.expr(depth - 1);
      const a = this.expr(depth - 1);
      const b = this.expr(depth - 1);
      return { text: `(${c.text} ? ${a.text} : ${b.text})`, type: usual(a.type, b.type), simple: false }; // prettier-ignore
    }
    if (k < 71) {
      const t = this.pick(this.types);
      const a = this.expr(depth - 1);
      // gcc 12 fails (an internal compiler error) on `(_Bool)(a, b)`.
      if (t === BOOL && a.comma) return { text: `((${t.c})(${a.text} != 0))`, type: t, simple: false }; // prettier-ignore
      return { text: `((${t.c})${a.text})`, type: t, simple: a.simple };
    }
    if (k < 79) {
      const f = this.callee(true);
      if (f !== undefined && f.ret !== undefined && !("fields" in f.ret)) {
        this.cost += this.mult * f.cost;
        return { text: `${this.callName(f)}(${this.arguments(f, false)})`, type: f.ret, simple: false }; // prettier-ignore
      }
      return this.binary(depth);
    }
    if (k < 83) {
      const a = this.expr(depth - 1);
      const b = this.expr(depth - 1);
      return { text: `(${a.text}, ${b.text})`, type: b.type, simple: false, comma: true };
    }
    if (k < 86) return this.pointerExpr();
    return this.binary(depth);
  }

  private leaf(): Expr {
    const vs = this.visible();
    if (vs.length === 0 || this.chance(25)) return this.constant(this.pick(this.types));
    if (this.enumConstants.length > 0 && this.chance(4)) {
      const c = this.pick(this.enumConstants);
      return { text: c.name, type: INT, simple: true };
    }
    const v = this.pick(vs);
    const a = this.access(v, false, true);
    return { text: a.text, type: a.type, simple: v.kind === "scalar" };
  }

  /** Comparisons and differences of pointers into one array. */
  private pointerExpr(): Expr {
    const arrays = this.visible().filter((v) => v.kind === "array" || (v.kind === "ptr" && v.len > 0)); // prettier-ignore
    if (arrays.length === 0) return this.leaf();
    const v = this.pick(arrays) as { name: string; len: number };
    const a = `${v.name} + (${this.index(v.len)})`;
    const b = `&${v.name}[${this.index(v.len)}]`;
    const op = this.pick(["-", "<", "<=", "==", "!=", ">", ">="]);
    return { text: `((${a}) ${op} (${b}))`, type: INT, simple: false };
  }

  private unary(depth: number): Expr {
    const a = this.expr(depth - 1);
    const t = promote(a.type);
    switch (this.below(5)) {
      case 0:
        if (t.signed && t.bits === 32 && a.type.rank >= INT.rank)
          return { text: `((${t.c})(0u - (unsigned)${a.text}))`, type: t, simple: false };
        return { text: `(-${a.text})`, type: t, simple: false };
      case 1:
        return { text: `(~${a.text})`, type: t, simple: false };
      case 2:
        return { text: `(!${a.text})`, type: INT, simple: false };
      case 3:
        return { text: `(+${a.text})`, type: t, simple: false };
      default:
        return { text: `(${a.text} != 0)`, type: INT, simple: false };
    }
  }

  private binary(depth: number): Expr {
    const a = this.expr(depth - 1);
    const b = this.expr(depth - 1);
    const t = usual(a.type, b.type);
    const narrow = a.type.rank < INT.rank && b.type.rank < INT.rank;
    const plain = (op: string, type = t): Expr => ({ text: `(${a.text} ${op} ${b.text})`, type, simple: false }); // prettier-ignore
    const k = this.below(19);
    switch (k) {
      case 0:
      case 1:
      case 2: {
        const op = this.pick(["+", "-", "*"]);
        const safe = !t.signed || (narrow && (op !== "*" || magnitude(a.type) * magnitude(b.type) <= 0x7fffffff)); // prettier-ignore
        if (safe) return plain(op);
        if (this.chance(50)) {
          const w = this.wrapper(op === "+" ? "add" : op === "-" ? "sub" : "mul", t);
          return { text: `${w}(${a.text}, ${b.text})`, type: t, simple: false };
        }
        return { text: `((${t.c})((unsigned)${a.text} ${op} (unsigned)${b.text}))`, type: t, simple: false }; // prettier-ignore
      }
      case 3:
      case 4: {
        const op = this.pick(["/", "%"]);
        const m = this.below(4);
        if (m === 0) {
          // A constant divisor, not 0 or -1 (strength reduction's cases: powers of two and others).
          const d = this.pick([1, 2, 3, 4, 7, 8, 10, 16, 100, 256, 1000, -2, -3, -8, 65536, 0x40000000]); // prettier-ignore
          const dt = d < 0 ? INT : this.pick([INT, UINT, LONG]);
          const rt = usual(a.type, dt);
          return { text: `(${a.text} ${op} ${literal(d, dt)})`, type: rt, simple: false };
        }
        if (m === 1) return { text: `(${a.text} ${op} ((${b.text} & 15) + 1))`, type: usual(a.type, usual(b.type, INT)), simple: false }; // prettier-ignore
        if (m === 2 && (!t.signed || a.type.rank < INT.rank))
          return { text: `(${a.text} ${op} (${b.text} | 1))`, type: t, simple: false };
        const w = this.wrapper(op === "/" ? "div" : "mod", t);
        return { text: `${w}(${a.text}, ${b.text})`, type: t, simple: false };
      }
      case 5:
      case 6: {
        const op = this.pick(["<<", ">>"]);
        const at = promote(a.type);
        const count = this.chance(40) ? `${this.below(32)}` : `(${b.text} & ${this.pick([31, 7, 15, 3])})`; // prettier-ignore
        if (op === ">>" || !at.signed) return { text: `(${a.text} ${op} ${count})`, type: at, simple: false }; // prettier-ignore
        if (this.chance(50)) {
          const w = this.wrapper("shl", at);
          return { text: `${w}(${a.text}, ${count})`, type: at, simple: false };
        }
        return { text: `((${at.c})((unsigned)${a.text} << ${count}))`, type: at, simple: false }; // prettier-ignore
      }
      case 7:
      case 8:
      case 9:
        return plain(this.pick(["&", "|", "^"]));
      case 10:
      case 11:
      case 12:
      case 13:
        return plain(this.pick(["<", "<=", ">", ">=", "==", "!="]), INT);
      case 14:
      case 15:
        return plain(this.pick(["&&", "||"]), INT);
      default:
        if (a.simple && b.simple) {
          // Inline guards where the operands may be written twice.
          if (t.signed) {
            const lo = t === LONG ? "(-2147483647L - 1)" : "(-2147483647 - 1)";
            return { text: `((${b.text} == 0 || (${a.text} == ${lo} && ${b.text} == -1)) ? ${a.text} : (${a.text} / ${b.text}))`, type: t, simple: false }; // prettier-ignore
          }
          return {
            text: `(${b.text} ? ${a.text} % ${b.text} : ${a.text})`,
            type: t,
            simple: false,
          };
        }
        return this.chance(50)
          ? plain(this.pick(["&", "|", "^"]))
          : plain(this.pick(["==", "<"]), INT);
    }
  }
}
