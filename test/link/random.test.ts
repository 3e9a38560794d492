// Random programs linked by ld and by logosc must agree: symbol addresses, allocated sections and
// the loaded bytes. Each case is a few nasm objects with random sections (standard and custom
// names, random sizes and alignments), labels, cross-object references (R_386_32, R_386_PC32),
// an archive, sometimes --gc-sections, and either the built-in layout or a random script (data
// statements, alignments, symbols inside sections, KEEP, SORT, PROVIDE). 20 cases by default,
// LOGOS_FULL=1 for 200. The seed of a failing case is in the test's name, to replay it.
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { Scratch, readSections, readSymbols } from "./helpers.ts";

const haveTools = oracle("nasm") && oracle("ld") && oracle("readelf") && oracle("objdump");

class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  next(n: number): number {
    // xorshift32
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state % n;
  }
  pick<T>(list: T[]): T {
    return list[this.next(list.length)];
  }
}

const SECTIONS = [
  ".text",
  ".text.hot",
  ".text.unlikely",
  ".rodata",
  ".rodata.cst",
  ".data",
  ".data.tail",
  ".bss",
  ".bss.big",
  ".mydata",
  ".myro",
];

function attributes(name: string, align: number): string {
  if (name.startsWith(".bss")) return `nobits alloc noexec write align=${align}`;
  if (name.startsWith(".text")) return `progbits alloc exec nowrite align=${align}`;
  if (name === ".rodata" || name.startsWith(".rodata") || name === ".myro")
    return `progbits alloc noexec nowrite align=${align}`;
  return `progbits alloc noexec write align=${align}`;
}

/** A case: nasm sources (some for an archive), and a script or none. */
function generate(seed: number): {
  objects: string[];
  archived: string[];
  script?: string;
  gc: boolean;
} {
  const r = new Random(seed);
  const files = 2 + r.next(4);
  const labels: string[] = [];
  const bodies: string[][] = [];
  for (let f = 0; f < files; f++) {
    const lines: string[] = [];
    const count = 1 + r.next(5);
    for (let k = 0; k < count; k++) {
      const name = r.pick(SECTIONS);
      const align = 1 << r.next(6);
      const label = `sym_${f}_${k}`;
      labels.push(label);
      lines.push(`global ${label}`);
      lines.push(`section ${name} ${attributes(name, align)}`);
      if (name.startsWith(".bss")) lines.push(`${label}: resb ${1 + r.next(300)}`);
      else lines.push(`${label}: times ${1 + r.next(300)} db ${r.next(256)}`);
    }
    bodies.push(lines);
  }
  // References: each file refers to a few labels of others (absolute and PC-relative).
  const sources = bodies.map((lines, f) => {
    const refs: string[] = [];
    for (let k = 0; k < 1 + r.next(4); k++) {
      const target = r.pick(labels);
      if (target.startsWith(`sym_${f}_`)) continue;
      refs.push(`extern ${target}`);
      refs.push(`section .data ${attributes(".data", 4)}`);
      refs.push(r.next(2) ? `dd ${target}` : `dd ${target} + ${r.next(16)}`);
      refs.push(`section .text ${attributes(".text", 16)}`);
      refs.push(`call ${target}`);
    }
    // File 0 has _start and something in each of .rodata, .data and .bss: output sections with
    // no input at all but a `. = ALIGN(n)` are a case where ld's choices are not reproduced (see
    // docs/linker.md), and a random script would otherwise hit it often.
    const start =
      f === 0
        ? [
            "global _start",
            `section .text ${attributes(".text", 16)}`,
            "_start: ret",
            `section .rodata ${attributes(".rodata", 4)}`,
            "db 1",
            `section .data ${attributes(".data", 4)}`,
            "db 2",
            `section .bss ${attributes(".bss", 4)}`,
            "resb 1",
          ]
        : [];
    return [
      "bits 32",
      ...start,
      ...lines,
      ...refs,
      "section .note.GNU-stack noalloc noexec nowrite progbits",
      "",
    ].join("\n");
  });
  const archived = r.next(2) && files > 2 ? [sources.pop()!] : [];
  let script: string | undefined;
  // --gc-sections with the built-in layout only: with a script, an output section whose inputs
  // were all collected is not always placed as ld places it (docs/linker.md).
  const scripted = r.next(2) === 1;
  const gc = !scripted && r.next(2) === 0;
  if (scripted) {
    const base = 0x100000 * (1 + r.next(64));
    const gap = r.pick(["", ". = ALIGN(4096);", ". = ALIGN(64);", ". += 0x123;"]);
    const inner = (): string =>
      r.pick([
        "",
        ". = ALIGN(16);",
        ". += 3;",
        "LONG(0x11223344)",
        "BYTE(7) SHORT(0x55aa)",
        "mark_" + r.next(1000) + " = .;",
      ]);
    const keep = r.next(2) ? "KEEP(*(.text.unlikely))" : "";
    script = `ENTRY(_start)
SECTIONS
{
  . = 0x${base.toString(16)};
  .text : { ${keep} *(.text.hot) ${inner()} *(SORT(.text.*)) *(.text) }
  ${gap}
  .rodata : { *(.rodata*) ${inner()} ${r.next(2) ? "*(.myro)" : ""} }
  .data ALIGN(${1 << r.next(13)}) : ${r.next(2) ? `AT(ADDR(.data) - 0x${(base / 2).toString(16)})` : ""} { *(.data) ${inner()} *(.data.*) }
  _edata = .;
  PROVIDE(sym_0_0 = 1);
  .bss : { *(.bss*) ${inner()} *(COMMON) }
  _end = .;
}
`;
  }
  return { objects: sources, archived, script, gc };
}

const cases = process.env.LOGOS_FULL ? 200 : 20;

describe.runIf(haveTools)("random programs: logosc and ld agree", () => {
  const t = new Scratch();
  for (let i = 0; i < cases; i++) {
    const seed = 1000 + i * 7919;
    it(`seed ${seed}`, () => {
      const c = generate(seed);
      const objs = c.objects.map((src, k) => t.nasm(`r${seed}_${k}`, src));
      const args = [...objs];
      if (c.archived.length > 0) {
        const members = c.archived.map((src, k) => t.nasm(`r${seed}_a${k}`, src));
        t.tool("ar", ["rcs", `lib${seed}.a`, ...members]);
        args.push(t.path(`lib${seed}.a`));
      }
      const script = c.script ? ["-T", t.write(`r${seed}.ld`, c.script)] : [];
      const gc = c.gc ? ["--gc-sections"] : [];
      const ld = t.ld([...script, ...gc, "--no-warn-rwx-segments", "-o", `r${seed}-ld`, ...args]);
      const ours = t.logosc([...script, ...args, ...gc, "-nostdlib", "-o", `r${seed}-ours`]);
      if (ld.status !== 0) {
        // ld refused (an undefined reference to an archive member's symbol): so must we.
        expect(ours.status).toBe(1);
        return;
      }
      expect(ours.stderr).toBe("");
      const a = t.path(`r${seed}-ours`);
      const b = t.path(`r${seed}-ld`);
      const values = (f: string) =>
        Object.fromEntries([...readSymbols(f)].map(([k, v]) => [k, v.value]).sort());
      expect(values(a)).toEqual(values(b));
      expect(Object.fromEntries([...readSections(a)].sort())).toEqual(
        Object.fromEntries([...readSections(b)].sort()),
      );
      const dump = (f: string) =>
        t.tool("objdump", ["-s", "-j", ".text", "-j", ".data", f]).split("\n").slice(2).join("\n");
      expect(dump(a)).toBe(dump(b));
    });
  }
});
