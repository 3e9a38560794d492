// The ELF32 reader against readelf, and the linker's behaviour on broken input: whatever the
// bytes, logosc answers with an error naming the file (exit 1), never a JavaScript exception.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../compiler/diag.ts";
import { readArchive, writeArchive } from "../../compiler/obj/ar.ts";
import {
  readElf32,
  relocationName,
  ET_EXEC,
  ET_REL,
  STT_SECTION,
} from "../../compiler/obj/elf32.ts";
import { link } from "../../compiler/link/link.ts";
import { oracle } from "../oracle.ts";
import { Scratch } from "./helpers.ts";

const haveTools = oracle("gcc -m32") && oracle("readelf") && oracle("ld");

const SOURCE = `
int counter;
static int hidden = 3;
const char *greeting = "hi";
extern int ext(int);
int f(int x) { return ext(x) + hidden + counter + greeting[0]; }
static int g(void) { return f(1); }
int (*pointer)(void) = g;
`;

describe.runIf(haveTools)("the ELF32 reader against readelf", () => {
  const t = new Scratch();

  it("reads a gcc object's sections, symbols and relocations as readelf does", () => {
    const o = t.cc("r", SOURCE, ["-fcommon"]);
    const obj = readElf32(readFileSync(o), o);
    expect(obj.elfType).toBe(ET_REL);
    // Relocations: offset, type name and symbol name, section by section.
    const ours: string[] = [];
    for (const s of obj.sections) {
      for (const r of s.relocations) {
        const sym = obj.symbols[r.symbol];
        ours.push(
          `${s.name} ${r.offset.toString(16).padStart(8, "0")} ${relocationName(r.type)} ${sym.name}`,
        );
      }
    }
    const theirs: string[] = [];
    let section = "";
    for (const line of t.tool("readelf", ["-rW", o]).split("\n")) {
      const head = /^Relocation section '\.rel(\S+)'/.exec(line);
      if (head) section = head[1];
      const m = /^([0-9a-f]{8})\s+[0-9a-f]{8}\s+(R_386_\w+)\s+[0-9a-f]{8}\s+(\S+)/.exec(line);
      if (m) theirs.push(`${section} ${m[1]} ${m[2]} ${m[3]}`);
    }
    expect(ours).toEqual(theirs);
    // Symbols: value, size, binding and name, in file order (readelf names section symbols too).
    const syms = obj.symbols.map(
      (s) => `${s.value.toString(16)} ${s.size} ${s.bind} ${s.type === STT_SECTION ? "" : s.name}`,
    );
    const readelfSyms: string[] = [];
    for (const line of t.tool("readelf", ["-sW", o]).split("\n")) {
      const m = /^\s*(\d+):\s+([0-9a-f]+)\s+(\d+)\s+(\w+)\s+(\w+)\s+\w+\s+\S+\s*(\S*)$/.exec(line);
      if (!m || m[1] === "0") continue;
      const bind = { LOCAL: 0, GLOBAL: 1, WEAK: 2 }[m[5]] ?? -1;
      readelfSyms.push(
        `${Number.parseInt(m[2], 16).toString(16)} ${m[3]} ${bind} ${m[4] === "SECTION" ? "" : m[6]}`,
      );
    }
    expect(syms).toEqual(readelfSyms);
  });

  it("reads an executable's entry and program headers as readelf does", () => {
    const start = t.write(
      "s.c",
      'void _start(void) { __asm__ volatile("int $0x80" :: "a"(1), "b"(0)); }\nint data = 1;\n',
    );
    t.tool("gcc", ["-m32", "-c", "-fno-pic", start, "-o", t.path("s.o")]);
    expect(t.ld(["-o", "s.out", "s.o"]).status).toBe(0);
    const exe = readElf32(readFileSync(t.path("s.out")), "s.out");
    expect(exe.elfType).toBe(ET_EXEC);
    const text = t.tool("readelf", ["-hlW", t.path("s.out")]);
    expect(text).toContain(`Entry point address:               0x${exe.entry.toString(16)}`);
    const loads = [
      ...text.matchAll(
        /^\s*LOAD\s+(0x[0-9a-f]+)\s+(0x[0-9a-f]+)\s+(0x[0-9a-f]+)\s+(0x[0-9a-f]+)\s+(0x[0-9a-f]+)/gm,
      ),
    ].map((m) => m.slice(1).map(Number));
    const ours = exe.programHeaders
      .filter((p) => p.type === 1)
      .map((p) => [p.offset, p.vaddr, p.paddr, p.filesz, p.memsz]);
    expect(ours).toEqual(loads);
  });

  it("reads ar's archives and GNU ar reads ours", () => {
    const a = t.cc("a1", "int one(void) { return 1; }\n");
    const b = t.cc("a-much-longer-member-name", "int two(void) { return 2; }\nint three;\n", [
      "-fcommon",
    ]);
    t.tool("ar", ["rcs", "gnu.a", a, b]);
    const gnu = readArchive(readFileSync(t.path("gnu.a")), "gnu.a");
    expect(gnu.members.map((m) => m.name)).toEqual(["a1.o", "a-much-longer-member-name.o"]);
    expect([...gnu.index.keys()].sort()).toEqual(["one", "three", "two"]);
    writeFileSync(t.path("ours.a"), writeArchive(gnu.members));
    expect(
      t
        .tool("ar", ["t", t.path("ours.a")])
        .split("\n")
        .filter(Boolean),
    ).toEqual(["a1.o", "a-much-longer-member-name.o"]);
    expect(t.tool("nm", ["-s", t.path("ours.a")])).toMatch(
      /one in a1\.o[\s\S]*two in a-much-longer-member-name\.o/,
    );
  });
});

describe.runIf(haveTools)("broken input", () => {
  const t = new Scratch();

  it("a text file, an executable and a truncated object are errors naming the file", () => {
    writeFileSync(t.path("text.o"), "this is not an object\n");
    let r = t.logosc(["text.o", "-o", "out"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("logosc: error: text.o: file format not recognized (not ELF)\n");
    t.cc("x", "void _start(void) {}\n");
    expect(t.ld(["-o", "x.out", "x.o"]).status).toBe(0);
    writeFileSync(t.path("exe.o"), readFileSync(t.path("x.out")));
    r = t.logosc(["exe.o", "-o", "out"]);
    expect(r.stderr).toContain("exe.o: not a relocatable object (ET_REL); cannot link it");
    writeFileSync(t.path("cut.o"), readFileSync(t.path("x.o")).subarray(0, 100));
    r = t.logosc(["cut.o", "-o", "out"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^logosc: error: cut\.o: truncated/);
    r = t.logosc(["x.o", "-o", "no/such/folder/out"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("logosc: error: cannot open output file no/such/folder/out: ENOENT\n");
  });

  it("corrupted objects and archives never throw (random truncations and byte flips)", () => {
    const o = readFileSync(t.cc("f", SOURCE, ["-fcommon"]));
    t.tool("ar", ["rcs", "f.a", t.path("f.o")]);
    const a = readFileSync(t.path("f.a"));
    let seed = 12345;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const cases = process.env.LOGOS_FULL ? 3000 : 300;
    for (let i = 0; i < cases; i++) {
      const base = i % 2 === 0 ? o : a;
      const bytes = new Uint8Array(
        base.subarray(0, i % 5 === 0 ? random(base.length) : base.length),
      );
      for (let k = 0; k < 1 + random(4); k++)
        if (bytes.length > 0) bytes[random(bytes.length)] = random(256);
      const name = t.path(i % 2 === 0 ? "bad.o" : "bad.a");
      writeFileSync(name, bytes);
      const sink = new DiagnosticSink();
      let thrown: unknown;
      try {
        link(
          {
            inputs: [name],
            output: t.path("bad.out"),
            gcSections: i % 3 === 0,
            printMap: false,
            binary: false,
            undefinedSymbols: [],
          },
          sink,
        );
      } catch (e) {
        thrown = e;
      }
      if (thrown) throw new Error(`case ${i}: the linker threw ${String(thrown)}`);
    }
  });

  it("through the command line too: exit status 1, no stack trace", () => {
    const o = readFileSync(t.cc("g", SOURCE));
    const bytes = new Uint8Array(o);
    bytes.fill(0xff, 0x34, 0x60);
    writeFileSync(t.path("ff.o"), bytes);
    const r = spawnSync(
      process.execPath,
      [`${import.meta.dirname}/../../bin/logosc.js`, t.path("ff.o"), "-o", t.path("ff.out")],
      { encoding: "utf8" },
    );
    expect(r.stderr).not.toContain("internal compiler error");
    expect([0, 1]).toContain(r.status);
  });
});
