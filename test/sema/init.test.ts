// The initializer oracle: random initializers (nested braces, elided braces, designators and
// designator paths, strings for char arrays, bit-fields, unions, values that wrap) for static
// objects, read by the checker and by gcc -m32. gcc's bytes come from a native program that
// prints each object; logosc's from the checker's `Initialization` (its stores, in order, on a
// zeroed object) — the same stores codegen writes into the data section.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import { tokenize } from "../../compiler/parse/lexer.ts";
import { parse } from "../../compiler/parse/parser.ts";
import { checkUnit } from "../../compiler/sema/check.ts";
import { evalInt } from "../../compiler/sema/const.ts";
import { sizeOf, type Decl, type Type } from "../../compiler/sema/types.ts";
import { oracle } from "../oracle.ts";
import { rng } from "./layout-gen.ts";

const TYPES = `
struct P { int x, y; };
struct B { unsigned a : 3; signed b : 5; unsigned char c; unsigned short d : 9; _Bool f : 1; };
union U { int i; char c[4]; short s; };
struct N { char tag; struct P p[2]; union U u; char name[6]; struct B b; };
struct A { short n; struct { int inner; char k; }; int tail[2]; };
`;

/** The C shape of each type the generator can initialize. */
type Shape =
  | { kind: "scalar"; bits: number; signed: boolean }
  | { kind: "array"; of: Shape; length: number; chars: boolean }
  | { kind: "struct"; union: boolean; fields: [string, Shape][] };

const int: Shape = { kind: "scalar", bits: 32, signed: true };
const char: Shape = { kind: "scalar", bits: 8, signed: true };
const short: Shape = { kind: "scalar", bits: 16, signed: true };
const P: Shape = {
  kind: "struct",
  union: false,
  fields: [
    ["x", int],
    ["y", int],
  ],
};
const B: Shape = {
  kind: "struct",
  union: false,
  fields: [
    ["a", { kind: "scalar", bits: 3, signed: false }],
    ["b", { kind: "scalar", bits: 5, signed: true }],
    ["c", { kind: "scalar", bits: 8, signed: false }],
    ["d", { kind: "scalar", bits: 9, signed: false }],
    ["f", { kind: "scalar", bits: 1, signed: false }],
  ],
};
const U: Shape = {
  kind: "struct",
  union: true,
  fields: [
    ["i", int],
    ["c", { kind: "array", of: char, length: 4, chars: true }],
    ["s", short],
  ],
};
const N: Shape = {
  kind: "struct",
  union: false,
  fields: [
    ["tag", char],
    ["p", { kind: "array", of: P, length: 2, chars: false }],
    ["u", U],
    ["name", { kind: "array", of: char, length: 6, chars: true }],
    ["b", B],
  ],
};
const A: Shape = {
  kind: "struct",
  union: false,
  fields: [
    ["n", short],
    // The anonymous struct: a sub-object of its own for positional items and brace elision.
    [
      "",
      {
        kind: "struct",
        union: false,
        fields: [
          ["inner", int],
          ["k", char],
        ],
      },
    ],
    ["tail", { kind: "array", of: int, length: 2, chars: false }],
  ],
};

const TARGETS: [string, string, Shape][] = [
  ["int", "[5]", { kind: "array", of: int, length: 5, chars: false }],
  ["struct P", "", P],
  ["struct N", "", N],
  ["struct N", "[2]", { kind: "array", of: N, length: 2, chars: false }],
  ["char", "[8]", { kind: "array", of: char, length: 8, chars: true }],
  ["union U", "", U],
  ["struct B", "[3]", { kind: "array", of: B, length: 3, chars: false }],
  [
    "int",
    "[2][3]",
    {
      kind: "array",
      of: { kind: "array", of: int, length: 3, chars: false },
      length: 2,
      chars: false,
    },
  ],
  ["struct A", "", A],
];

function scalars(s: Shape): number {
  if (s.kind === "scalar") return 1;
  if (s.kind === "array") return s.length * scalars(s.of);
  return s.union ? scalars(s.fields[0][1]) : s.fields.reduce((n, [, f]) => n + scalars(f), 0);
}

function generator(seed: number) {
  const r = rng(seed);
  /** A value for a scalar of any width: some fit, some wrap (bit-fields, chars). */
  const value = (): string => {
    const v = [0, 1, -1, 7, 100, 255, 300, -129, 65535, 0x12345678][r(10)];
    return v < 0 ? `(${v})` : `${v}`;
  };
  const str = (n: number): string => `"${"abcdefgh".slice(0, r(n + 1))}"`;

  /** An initializer for an object of shape `s` (braced unless a scalar). */
  const init = (s: Shape, depth: number): string => {
    if (s.kind === "scalar") return r(6) === 0 ? `{ ${value()} }` : value();
    if (s.kind === "array" && s.chars && r(2) === 0) return str(s.length);
    return `{ ${list(s, depth)} }`;
  };

  /** The items of a braced list for `s`: positional, elided, designated. */
  const list = (s: Shape & { kind: "array" | "struct" }, depth: number): string => {
    const items: string[] = [];
    const count = s.kind === "array" ? s.length : s.union ? 1 : s.fields.length;
    let i = 0;
    while (i < count && items.length < 8) {
      if (r(4) === 0 && depth < 3) {
        // A designator (sometimes a path into the sub-object), then positional items go on.
        const k = r(count);
        const sub = s.kind === "array" ? s.of : s.fields[k][1];
        if (s.kind === "struct" && s.fields[k][0] === "") {
          // A member of the anonymous struct is named directly; later items go on inside it.
          items.push(`.k = ${value()}`);
          break;
        }
        const d = s.kind === "array" ? `[${k}]` : `.${s.fields[k][0]}`;
        if (sub.kind !== "scalar" && !(sub.kind === "array" && sub.chars) && r(2) === 0) {
          const d2 =
            sub.kind === "array" ? `[${r(sub.length)}]` : `.${sub.fields[r(sub.fields.length)][0]}`;
          const target =
            sub.kind === "array" ? sub.of : sub.fields.find(([n]) => `.${n}` === d2)![1];

          items.push(`${d}${d2} = ${init(target, depth + 1)}`);
          // Positional items after a path go on inside the sub-object: stop here instead.
          break;
        } else items.push(`${d} = ${init(sub, depth + 1)}`);
        if (s.kind === "struct" && s.union) break;
        i = k + 1;
        continue;
      }
      const sub = s.kind === "array" ? s.of : s.fields[i][1];
      if (sub.kind !== "scalar" && !(sub.kind === "array" && sub.chars) && r(3) === 0) {
        // Brace elision: the sub-object's scalars, flat.
        const flat: string[] = [];
        const n = scalars(sub);
        for (let j = 0; j < n; j++) flat.push(value());
        items.push(flat.join(", "));
      } else items.push(init(sub, depth + 1));
      i++;
      if (r(5) === 0) break; // leave the rest zero
    }
    return items.join(", ");
  };
  return init;
}

function gccBytes(program: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "logos-init-"));
  const src = join(dir, "init.c");
  writeFileSync(src, program);
  const exe = join(dir, "init");
  const cc = spawnSync("gcc", ["-m32", "-w", src, "-o", exe], { encoding: "utf8" });
  if (cc.status !== 0) throw new Error(`gcc rejected the generated program:\n${cc.stderr}`);
  return spawnSync(exe, { encoding: "utf8" }).stdout.trimEnd().split("\n");
}

/** The bytes the checker's stores make, as the same hex the program prints. */
function logoscBytes(d: Decl): string {
  const bytes = new Uint8Array(sizeOf(d.type));
  for (const e of d.init!.entries) {
    if (e.expr.kind === "StringLit") {
      const n = Math.min(e.expr.value.length + 1, sizeOf(e.type));
      for (let i = 0; i < n; i++) bytes[e.offset + i] = e.expr.value[i] ?? 0;
      continue;
    }
    const v = evalInt(e.expr)!;
    if (e.field !== undefined) {
      const f = e.field;
      let unit = 0;
      for (let i = f.unitSize - 1; i >= 0; i--) unit = unit * 256 + bytes[e.offset + i];
      const mask = 2 ** f.bitWidth - 1;
      const field = ((v % 2 ** f.bitWidth) + 2 ** f.bitWidth) % 2 ** f.bitWidth;
      unit = unit - (Math.floor(unit / 2 ** f.bitOffset) % 2 ** f.bitWidth) * 2 ** f.bitOffset;
      unit += (field & mask) * 2 ** f.bitOffset;
      for (let i = 0; i < f.unitSize; i++) {
        bytes[e.offset + i] = unit % 256;
        unit = Math.floor(unit / 256);
      }
      continue;
    }
    writeInt(bytes, e.offset, sizeOf(e.type as Type), v);
  }
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function writeInt(bytes: Uint8Array, offset: number, size: number, v: number): void {
  let u = v >>> 0;
  for (let i = 0; i < size; i++) {
    bytes[offset + i] = u & 0xff;
    u >>>= 8;
  }
}

const full = process.env.LOGOS_FULL === "1";

describe.runIf(oracle("gcc -m32"))("initializer oracle (gcc -m32)", () => {
  for (const seed of full ? [1, 2, 3, 4, 5, 6, 7, 8] : [1, 2]) {
    test(`seed ${seed}: the bytes of ${full ? 400 : 120} initialized objects`, () => {
      const gen = generator(seed);
      const r = rng(seed * 7919);
      const decls: string[] = [];
      const count = full ? 400 : 120;
      for (let k = 0; k < count; k++) {
        const [base, suffix, shape] = TARGETS[r(TARGETS.length)];
        decls.push(`${base} v${k}${suffix} = ${gen(shape, 0)};`);
      }
      const source = TYPES + decls.join("\n") + "\n";
      const lines = [
        "#include <stdio.h>",
        source,
        "static void dump(const void *p, unsigned n) {",
        "  const unsigned char *b = p;",
        '  for (unsigned i = 0; i < n; i++) printf("%02x", b[i]);',
        '  printf("\\n");',
        "}",
        "int main(void) {",
        ...decls.map((_, k) => `  dump(&v${k}, sizeof v${k});`),
        "  return 0;",
        "}",
      ];
      if (process.env.LOGOS_INIT_DUMP) writeFileSync(process.env.LOGOS_INIT_DUMP, lines.join("\n"));
      const want = gccBytes(lines.join("\n"));
      const sink = new DiagnosticSink();
      const unit = parse(tokenize(source), new SourceFile("init.c", source), sink);
      const checked = checkUnit(unit, sink);
      expect(sink.list.filter((d) => d.severity === "error").length, sink.format()).toBe(0);
      for (let k = 0; k < count; k++) {
        const d = checked.globals.find((g) => g.name === `v${k}`)!;
        const got = logoscBytes(d);
        if (got !== want[k])
          expect({ decl: decls[k], bytes: got }).toEqual({ decl: decls[k], bytes: want[k] });
      }
    });
  }
});
