// The ELF32 writer and reader: objects built by hand through the model are read back the same,
// are accepted by readelf without warnings, and link with GNU ld into programs that run natively.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  addSection,
  addSymbol,
  readElf32,
  sectionIndex,
  writeElf32Relocatable,
  R_386_32,
  R_386_PC32,
  SHN_ABS,
  STB_GLOBAL,
  STT_FILE,
  STT_FUNC,
  STT_SECTION,
  type Elf32Object,
} from "../../compiler/obj/elf32.ts";
import { oracle } from "../oracle.ts";
import { helloObject } from "./objects.ts";
import { Scratch } from "./helpers.ts";

describe("ELF32 relocatable writer and reader", () => {
  it("reads back what it wrote", () => {
    const obj = helloObject();
    const back = readElf32(writeElf32Relocatable(obj), "hello.o");
    expect(back.sections.map((s) => s.name)).toEqual([".text", ".data"]);
    expect(back.sections[0].data).toEqual(obj.sections[0].data);
    expect(back.symbols.map((s) => s.name)).toEqual(["hello.asm", ".data", "greet", "_start"]);
    const reloc = back.sections[0].relocations.map((r) => [
      r.offset,
      r.type,
      back.symbols[r.symbol].name,
    ]);
    expect(reloc).toEqual([
      [1, R_386_PC32, "greet"],
      [0x23, R_386_32, ".data"],
    ]);
  });
});

describe.runIf(oracle("readelf") && oracle("ld"))("ELF32 writer against binutils", () => {
  it("readelf accepts the object and ld links it into a program that runs", () => {
    const dir = mkdtempSync(join(tmpdir(), "logos-elf-"));
    const o = join(dir, "hello.o");
    writeFileSync(o, writeElf32Relocatable(helloObject()));
    const re = spawnSync("readelf", ["-a", "-W", o], { encoding: "utf8" });
    expect(re.status).toBe(0);
    expect(re.stderr).toBe("");
    expect(re.stdout).toMatch(/R_386_PC32 +00000018 +greet/);
    const ld = spawnSync("ld", ["-m", "elf_i386", "-o", join(dir, "hello"), o], {
      encoding: "utf8",
    });
    expect(ld.stderr).toBe("");
    expect(ld.status).toBe(0);
    const run = spawnSync(join(dir, "hello"), [], { encoding: "utf8" });
    expect(run.stdout).toBe("hello\n");
    expect(run.status).toBe(42);
  });
});

describe.runIf(oracle("gcc -m32") && oracle("ld") && oracle("readelf"))(
  "gcc objects read and written back by our model",
  () => {
    it("link with ld into byte-identical programs (debug sections and all)", () => {
      const t = new Scratch();
      const a = t.cc(
        "a",
        'extern int b(int);\nint common_var;\nstatic const char *msg = "abc";\nvoid _start(void) { __asm__ volatile("int $0x80" :: "a"(1), "b"(b(3) + msg[1] + common_var)); }\n',
        ["-g", "-O2", "-fcommon"],
        true,
      );
      const b = t.cc(
        "b",
        "__attribute__((weak)) int b(int x) { return x * 7; }\nint table[3] = {1, 2, 3};\n",
        ["-g"],
        true,
      );
      for (const o of [a, b]) {
        const obj = readElf32(readFileSync(o), o);
        writeFileSync(o.replace(/\.o$/, ".rt.o"), writeElf32Relocatable(obj));
        const re = spawnSync("readelf", ["-a", "-W", o.replace(/\.o$/, ".rt.o")], {
          encoding: "utf8",
        });
        expect(re.stderr).toBe("");
      }
      expect(t.ld(["-o", "orig.out", a, b]).stderr).toBe("");
      expect(
        t.ld(["-o", "rt.out", a.replace(/\.o$/, ".rt.o"), b.replace(/\.o$/, ".rt.o")]).stderr,
      ).toBe("");
      expect(readFileSync(t.path("rt.out"))).toEqual(readFileSync(t.path("orig.out")));
    });
  },
);
