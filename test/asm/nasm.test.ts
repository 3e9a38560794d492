// The assembler against nasm: the same source must give the same bytes (-f bin) and the same
// object as binutils sees it (-f elf32), for hand-written programs and for the whole instruction
// table's corpus; objects we write must link with gcc -m32 and ld and run natively.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { corpus } from "../../x86/corpus.ts";
import { nasm, objectView, ours, oursFile, programs, run, Scratch } from "./helpers.ts";

const scratch = new Scratch();
afterAll(() => scratch.done());

/** Programs that use externals or globals only make sense as objects. */
const OBJECT_ONLY = new Set([
  "isr.asm",
  "hello.asm",
  "start.asm",
  "attributes.asm",
  "declared.asm",
]);
/** Programs with `org` (and struc.asm, whose istruc labels nasm names from its macro contexts) are compared as flat binaries only. */
const BIN_ONLY = new Set(["boot.asm", "data.asm", "sections.asm", "relax.asm", "struc.asm"]);
const files = readdirSync(programs).filter((f) => f.endsWith(".asm"));

describe.runIf(oracle("nasm"))("-f bin is byte-identical to nasm", () => {
  for (const f of files.filter((f) => !OBJECT_ONLY.has(f))) {
    it(f, () => {
      const path = join(programs, f);
      const theirs = nasm(path, "bin", scratch, f + ".bin");
      expect(theirs.bytes, theirs.stderr).toBeDefined();
      const mine = oursFile(path, "bin");
      expect(mine.messages.split("\n").filter((l) => l.includes("error:"))).toEqual([]);
      expect(Buffer.from(mine.bytes!).toString("hex")).toBe(
        Buffer.from(theirs.bytes!).toString("hex"),
      );
    });
  }

  for (const bits of [16, 32] as const) {
    it(`the instruction table's corpus, bits ${bits}`, () => {
      const text = `bits ${bits}\n${corpus(bits)
        .map((c) => c.text)
        .join("\n")}\n`;
      const src = scratch.write(`corpus${bits}.asm`, text);
      const theirs = nasm(src, "bin", scratch, `corpus${bits}.bin`);
      expect(theirs.bytes, theirs.stderr).toBeDefined();
      const mine = ours(src, text);
      expect(mine.bytes, mine.messages).toBeDefined();
      // Compare line by line first for a readable failure, then as a whole.
      expect(mine.bytes!.length).toBe(theirs.bytes!.length);
      expect(Buffer.compare(Buffer.from(mine.bytes!), Buffer.from(theirs.bytes!))).toBe(0);
    });
  }
});

describe.runIf(oracle("nasm") && oracle("readelf") && oracle("objdump"))(
  "-f elf32 objects agree with nasm's (readelf -S -s -r, objdump -s -d -r)",
  () => {
    for (const f of files.filter((f) => !BIN_ONLY.has(f))) {
      it(f, () => {
        const path = join(programs, f);
        const theirs = nasm(path, "elf32", scratch, f + ".nasm.o");
        expect(theirs.bytes, theirs.stderr).toBeDefined();
        const mine = oursFile(path, "elf32");
        expect(mine.bytes, mine.messages).toBeDefined();
        const o = scratch.write(f + ".ours.o", mine.bytes!);
        expect(objectView(o)).toBe(objectView(scratch.path(f + ".nasm.o")));
      });
    }
  },
);

describe.runIf(oracle("gcc -m32"))("our objects link with gcc -m32 and run", () => {
  it("a C-callable main calling puts", () => {
    const mine = oursFile(join(programs, "hello.asm"), "elf32");
    expect(mine.bytes, mine.messages).toBeDefined();
    const obj = scratch.write("hello.o", mine.bytes!);
    const exe = scratch.path("hello");
    const link = run("gcc", ["-m32", "-no-pie", obj, "-o", exe]);
    expect(link.status, link.stderr).toBe(0);
    const r = run(exe, []);
    expect(r.stdout).toBe("hello from logosc\n");
    expect(r.status).toBe(42);
  });
});

describe("our objects link with logosc's own linker and run", () => {
  it.runIf(process.platform === "linux" && process.arch === "x64")(
    "a static _start with int 0x80, natively",
    () => {
      const mine = oursFile(join(programs, "start.asm"), "elf32");
      expect(mine.bytes, mine.messages).toBeDefined();
      const obj = scratch.write("start-logos.o", mine.bytes!);
      const exe = scratch.path("start-logos");
      const link = run(process.execPath, ["bin/logosc.js", obj, "-o", exe]);
      expect(link.status, link.stderr).toBe(0);
      const r = run(exe, []);
      expect(r.stdout).toBe("start from logosc\n");
      expect(r.status).toBe(7);
    },
  );
});

describe.runIf(oracle("ld"))("our objects link with ld -m elf_i386 and run", () => {
  it("a static _start with int 0x80", () => {
    const mine = oursFile(join(programs, "start.asm"), "elf32");
    expect(mine.bytes, mine.messages).toBeDefined();
    const obj = scratch.write("start.o", mine.bytes!);
    const exe = scratch.path("start");
    const link = run("ld", ["-m", "elf_i386", obj, "-o", exe]);
    expect(link.status, link.stderr).toBe(0);
    const r = run(exe, []);
    expect(r.stdout).toBe("start from logosc\n");
    expect(r.status).toBe(7);
  });
});

describe.runIf(oracle("nasm"))("-l listings are nasm's, line for line", () => {
  for (const f of files) {
    it(f, () => {
      const path = join(programs, f);
      const format = OBJECT_ONLY.has(f) ? "elf32" : "bin";
      const theirs = run("nasm", [
        "-f",
        format,
        "-I",
        programs + "/",
        "-o",
        scratch.path(f + ".lst.out"),
        "-l",
        scratch.path(f + ".nasm.lst"),
        path,
      ]);
      expect(theirs.status, theirs.stderr).toBe(0);
      const mine = ours(path, readFileSync(path, "utf8"), format, [programs], true);
      expect(mine.listing, mine.messages).toBeDefined();
      // nasm also copies its warnings into the listing; ours go to stderr only.
      const nasmListing = readFileSync(scratch.path(f + ".nasm.lst"), "utf8")
        .split("\n")
        .filter((l) => !l.includes("******************"))
        .join("\n");
      expect(mine.listing).toBe(nasmListing);
    });
  }
});

/** A random program full of jumps over blocks of random size: relaxation has work to do. */
function jumpy(seed: number): string {
  let s = seed;
  const rand = (n: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
  const labels = 40;
  const out = [`bits ${rand(2) ? 16 : 32}`, "org 0x100"];
  for (let i = 0; i < labels; i++) {
    out.push(`l${i}:`);
    for (let k = rand(6); k > 0; k--) {
      const target = `l${rand(labels)}`;
      const kind = rand(10);
      if (kind < 4) out.push(`    jmp ${target}`);
      else if (kind < 7) out.push(`    j${["z", "nz", "c", "a", "le", "s"][rand(6)]} ${target}`);
      else if (kind < 8) out.push(`    call ${target}`);
      else out.push(`    times ${rand(90)} nop`);
    }
    // Constants known only later, and addresses, change sizes as the passes go.
    if (rand(4) === 0) out.push(`    add ax, C${i}`, `C${i} equ ${rand(2) ? 5 : 500}`);
    if (rand(4) === 0) out.push(`    mov ax, [l${rand(labels)}]`);
  }
  return out.join("\n") + "\n";
}

describe.runIf(oracle("nasm"))("relaxation agrees with nasm on random programs", () => {
  const count = process.env.LOGOS_FULL ? 300 : 30;
  it(`${count} programs`, () => {
    for (let seed = 1; seed <= count; seed++) {
      const text = jumpy(seed);
      const src = scratch.write(`jumpy${seed}.asm`, text);
      const theirs = nasm(src, "bin", scratch, `jumpy${seed}.bin`);
      expect(theirs.bytes, theirs.stderr).toBeDefined();
      const mine = ours(src, text);
      expect(mine.bytes, `seed ${seed}: ${mine.messages}`).toBeDefined();
      expect(Buffer.from(mine.bytes!).toString("hex"), `seed ${seed}`).toBe(
        Buffer.from(theirs.bytes!).toString("hex"),
      );
    }
  });
});
