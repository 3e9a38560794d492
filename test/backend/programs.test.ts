// The back end on the IR programs of test/ir: each NAME.ir is compiled by logosc and linked with
// its gcc-compiled driver NAME.c; the program must print what the driver prints when gcc
// compiled the reference C versions of the same functions (-DREFERENCE), which is NAME.expected.
// Natively, and under `logos run`. The -S text of each, assembled by nasm, must give the same
// sections, bytes and relocations as the object logosc wrote directly.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readElf32, type Elf32File } from "../../compiler/obj/elf32.ts";
import { logos, native } from "../emulator/helpers.ts";
import { oracle } from "../oracle.ts";
import { compileIr, scratch, tool } from "./helpers.ts";

const dir = join(import.meta.dirname, "../ir");
const programs = readdirSync(dir)
  .filter((f) => f.endsWith(".ir"))
  .map((f) => f.slice(0, -3));

function expected(name: string): { stdout: string; status: number } {
  const text = readFileSync(join(dir, name + ".expected"), "utf8");
  const m = /\n?exit (\d+)\n$/.exec(text);
  return { stdout: m ? text.slice(0, m.index) + (m[0].startsWith("\n") ? "\n" : "") : text, status: m ? Number(m[1]) : 0 }; // prettier-ignore
}

describe.runIf(oracle("gcc -m32"))("IR programs against their gcc reference", () => {
  for (const name of programs) {
    it(`${name}: the reference build prints ${name}.expected`, () => {
      const exe = join(scratch, name + ".ref");
      tool("gcc", ["-m32", "-DREFERENCE", join(dir, name + ".c"), "-o", exe]);
      const r = native(exe);
      const want = expected(name);
      expect(r.stdout).toBe(want.stdout);
      expect(r.status).toBe(want.status);
    });

    for (const optimize of [false, true]) {
      it(`${name}: natively${optimize ? ", optimised (-O1 passes)" : ""}`, () => {
        const tag = name + (optimize ? "-O1" : "");
        const { object } = compileIr(join(dir, name + ".ir"), tag, optimize);
        const exe = join(scratch, tag);
        tool("gcc", ["-m32", join(dir, name + ".c"), object, "-o", exe]);
        const r = native(exe);
        const want = expected(name);
        expect(r.stdout).toBe(want.stdout);
        expect(r.status).toBe(want.status);
      });
    }

    it(`${name}: under logos run`, () => {
      const { object } = compileIr(join(dir, name + ".ir"), name + "-static");
      const exe = join(scratch, name + ".static");
      tool("gcc", ["-m32", "-static", "-fno-pie", "-no-pie", join(dir, name + ".c"), object, "-o", exe]); // prettier-ignore
      const r = logos(exe);
      const want = expected(name);
      expect(r.stdout).toBe(want.stdout);
      expect(r.status).toBe(want.status);
    });
  }
});

/** What must agree between two objects: each section's bytes and relocations (by target name). */
function view(f: Elf32File): Record<string, { bytes: string; relocations: string[] }> {
  const out: Record<string, { bytes: string; relocations: string[] }> = {};
  for (const s of f.sections) {
    if (![".text", ".data", ".rodata", ".bss"].includes(s.name)) continue;
    const relocations = s.relocations.map((r) => {
      const sym = f.symbols[r.symbol];
      const target = sym.type === 3 ? f.sections[sym.shndx - 1].name : sym.name;
      return `${r.offset.toString(16)} ${r.type} ${target}`;
    });
    out[s.name] = { bytes: Buffer.from(s.data).toString("hex") + `/${s.size}`, relocations };
  }
  return out;
}

describe.runIf(oracle("nasm"))("-S text assembled by nasm gives the same object", () => {
  for (const name of programs) {
    it(name, () => {
      const { object, assembly } = compileIr(join(dir, name + ".ir"), name + "-nasm");
      const theirs = join(scratch, name + ".nasm.o");
      tool("nasm", ["-f", "elf32", assembly, "-o", theirs]);
      const a = readElf32(new Uint8Array(readFileSync(object)), object);
      const b = readElf32(new Uint8Array(readFileSync(theirs)), theirs);
      expect(view(a)).toEqual(view(b));
    });
  }
});
