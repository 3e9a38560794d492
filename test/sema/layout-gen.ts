// A seeded generator of struct, union, enum and typedef declarations for the layout oracle.
//
// Each generated record is written twice: as C text (which gcc -m32 lays out, and logosc's
// checker too) and as calls to `compiler/sema/types.ts` (`layoutRecord` directly), so the oracle
// tests the layout rules on their own and the checker's reading of declarations. The mix covers
// what gcc's i386 rules make interesting: bit-fields crossing their type's boundary, zero-width
// and unnamed bit-fields, packed records and members, `aligned(N)` on records, members and
// typedefs, anonymous structs and unions, nested arrays, packed enums.
import {
  aliased,
  alignOf,
  arrayOf,
  BOOL,
  CHAR,
  enumUnderlying,
  INT,
  layoutRecord,
  LONG,
  newEnum,
  newRecord,
  pointerTo,
  SCHAR,
  SHORT,
  sizeOf,
  UCHAR,
  UINT,
  ULONG,
  USHORT,
  VOID,
  type MemberSpec,
  type RecordType,
  type Type,
} from "../../compiler/sema/types.ts";

/** mulberry32: a small seeded generator, so a failing case can be reproduced from its seed. */
export function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

interface Named {
  c: string;
  t: Type;
}

/** One record to measure: its C name and, per named member, the expected checks. */
export interface GenRecord {
  c: string;
  t: RecordType;
  /** Ordinary members reachable by name (offsetof), and bit-fields (bit position, width). */
  fields: string[];
  bitFields: string[];
}

export interface Generated {
  source: string;
  records: GenRecord[];
}

const INTS: Named[] = [
  { c: "char", t: CHAR },
  { c: "signed char", t: SCHAR },
  { c: "unsigned char", t: UCHAR },
  { c: "short", t: SHORT },
  { c: "unsigned short", t: USHORT },
  { c: "int", t: INT },
  { c: "unsigned", t: UINT },
  { c: "long", t: LONG },
  { c: "unsigned long", t: ULONG },
  { c: "_Bool", t: BOOL },
];

export function generate(seed: number, count: number): Generated {
  const r = rng(seed);
  const pool: Named[] = [
    ...INTS,
    { c: "void *", t: pointerTo(VOID) },
    { c: "char *", t: pointerTo(CHAR) },
  ];
  const bitTypes: Named[] = [...INTS];
  const out: string[] = [];
  const records: GenRecord[] = [];
  let memberNo = 0;

  const enumDecl = (k: number): void => {
    const packed = r(3) === 0;
    const n = 1 + r(4);
    const values: number[] = [];
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const v = [0, 1, -1, 127, 128, 255, 256, -129, 40000, -40000, 0x7fffffff, -0x80000000][r(12)];
      values.push(v);
      // (-2147483648 would be a long long constant: Logos C rejects it, as it should.)
      const spelled = v === -0x80000000 ? "(-2147483647 - 1)" : v < 0 ? `(${v})` : `${v}`;
      parts.push(`E${k}_${i} = ${spelled}`);
    }
    const t = newEnum(`e${k}`, undefined);
    t.def.underlying = enumUnderlying(Math.min(...values), Math.max(...values), packed);
    t.def.complete = true;
    out.push(`enum ${packed ? "__attribute__((packed)) " : ""}e${k} { ${parts.join(", ")} };`);
    const named = { c: `enum e${k}`, t };
    pool.push(named);
    bitTypes.push(named);
  };

  const typedefDecl = (k: number): void => {
    const base = pool[r(pool.length)];
    const natural = alignOf(base.t);
    const align = r(3) === 0 ? [1, 2, 4, 8, 16].filter((a) => a >= natural)[r(2)] : undefined;
    const attr = align !== undefined ? ` __attribute__((aligned(${align})))` : "";
    out.push(`typedef ${base.c} t${k}${attr};`);
    pool.push({ c: `t${k}`, t: aliased(base.t, `t${k}`, align) });
  };

  // Members of a record (or of an anonymous one inside it); returns the specs and C text.
  const members = (g: GenRecord, depth: number): { specs: MemberSpec[]; text: string[] } => {
    const specs: MemberSpec[] = [];
    const text: string[] = [];
    const n = 1 + r(7);
    for (let i = 0; i < n; i++) {
      const roll = r(20);
      if (roll < 5) {
        // A bit-field.
        const bt = bitTypes[r(bitTypes.length)];
        const bits = sizeOf(bt.t) * 8;
        const max = bt.t === BOOL ? 1 : bits;
        const kind = r(10);
        if (kind === 0) {
          specs.push({
            name: undefined,
            type: bt.t,
            bitWidth: 0,
            userAlign: 0,
            packed: false,
            span: undefined,
          });
          text.push(`${bt.c} : 0;`);
        } else {
          const w = 1 + r(max);
          const name = kind === 1 ? undefined : `m${memberNo++}`;
          specs.push({
            name,
            type: bt.t,
            bitWidth: w,
            userAlign: 0,
            packed: false,
            span: undefined,
          });
          text.push(`${bt.c} ${name ?? ""} : ${w};`);
          if (name !== undefined) g.bitFields.push(name);
        }
      } else if (roll < 7 && depth < 2) {
        // An anonymous struct or union.
        const innerUnion = r(2) === 0;
        const t = newRecord(innerUnion, undefined, undefined);
        const inner = members(g, depth + 1);
        layoutRecord(t.def, inner.specs, false, 0);
        specs.push({
          name: undefined,
          type: t,
          bitWidth: -1,
          userAlign: 0,
          packed: false,
          span: undefined,
        });
        text.push(`${innerUnion ? "union" : "struct"} { ${inner.text.join(" ")} };`);
      } else {
        const base = pool[r(pool.length)];
        let t = base.t;
        let suffix = "";
        // (gcc rejects arrays of elements whose alignment exceeds their size.)
        if (r(5) === 0 && sizeOf(t) % alignOf(t) === 0 && sizeOf(t) <= 64) {
          const a = 1 + r(4);
          const b = r(2) === 0 ? 1 + r(3) : 0;
          t = b > 0 ? arrayOf(arrayOf(t, b), a) : arrayOf(t, a);
          suffix = b > 0 ? `[${a}][${b}]` : `[${a}]`;
        }
        const name = `m${memberNo++}`;
        let attr = "";
        let userAlign = 0;
        let packed = false;
        const a = r(12);
        if (a === 0) {
          userAlign = [1, 2, 4, 8, 16][r(5)];
          attr = ` __attribute__((aligned(${userAlign})))`;
        } else if (a === 1) {
          packed = true;
          attr = " __attribute__((packed))";
        }
        specs.push({ name, type: t, bitWidth: -1, userAlign, packed, span: undefined });
        text.push(`${base.c} ${name}${suffix}${attr};`);
        g.fields.push(name);
      }
    }
    return { specs, text };
  };

  for (let k = 0; k < count; k++) {
    const roll = r(10);
    if (roll === 0) enumDecl(k);
    else if (roll === 1) typedefDecl(k);
    const union = r(4) === 0;
    const packed = r(5) === 0;
    const userAlign = r(7) === 0 ? [1, 2, 4, 8, 16][r(5)] : 0;
    const tag = `${union ? "u" : "s"}${k}`;
    const t = newRecord(union, tag, undefined);
    const g: GenRecord = {
      c: `${union ? "union" : "struct"} ${tag}`,
      t,
      fields: [],
      bitFields: [],
    };
    const m = members(g, 0);
    const attrs: string[] = [];
    if (packed) attrs.push("packed");
    if (userAlign) attrs.push(`aligned(${userAlign})`);
    const attr = attrs.length > 0 ? ` __attribute__((${attrs.join(", ")}))` : "";
    layoutRecord(t.def, m.specs, packed, userAlign);
    out.push(`${g.c} { ${m.text.join(" ")} }${attr};`);
    records.push(g);
    pool.push({ c: g.c, t });
  }
  return { source: out.join("\n") + "\n", records };
}

/**
 * A C program that prints, for every record, `size align`, then `offset` for each ordinary
 * member and `bitpos width` for each bit-field (found by setting the field to all ones in a
 * zeroed object and looking at which bits changed).
 */
export function measuringProgram(g: Generated): string {
  const lines = [
    "#include <stdio.h>",
    "#include <stddef.h>",
    "#include <string.h>",
    g.source,
    "static void bits(const unsigned char *p, unsigned n) {",
    "  int first = -1, count = 0;",
    "  for (unsigned i = 0; i < n * 8; i++)",
    "    if (p[i / 8] >> (i % 8) & 1) { if (first < 0) first = i; count++; }",
    '  printf(" %d %d", first, count);',
    "}",
    "int main(void) {",
  ];
  g.records.forEach((rec, i) => {
    lines.push(
      `  { printf("${i} %u %u", (unsigned)sizeof(${rec.c}), (unsigned)_Alignof(${rec.c}));`,
    );
    for (const f of rec.fields)
      lines.push(`    printf(" %u", (unsigned)offsetof(${rec.c}, ${f}));`);
    for (const f of rec.bitFields) {
      lines.push(
        `    { static ${rec.c} x; memset(&x, 0, sizeof x); x.${f} = -1; bits((const unsigned char *)&x, sizeof x); }`,
      );
    }
    lines.push('    printf("\\n"); }');
  });
  lines.push("  return 0;", "}");
  return lines.join("\n") + "\n";
}

/** The line `measuringProgram` prints for a record, from logosc's own layout. */
export function expectedLine(i: number, rec: GenRecord): string {
  const d = rec.t.def;
  let s = `${i} ${d.size} ${d.align}`;
  for (const f of rec.fields) s += ` ${d.byName.get(f)!.offset}`;
  for (const f of rec.bitFields) {
    const b = d.byName.get(f)!;
    s += ` ${b.offset * 8 + b.bitOffset} ${b.bitWidth}`;
  }
  return s;
}
