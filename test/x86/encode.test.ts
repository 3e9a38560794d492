// The encoder against nasm: the corpus generated from the instruction table (every form, each
// operand kind filled with sample registers, immediates and addressing modes, bits 16 and 32) is
// assembled by nasm (one run per mode) and by `encode`; the bytes must be identical. Then the
// encoder's own contracts: fixups for symbols (checked against nasm -f elf32 relocations), and
// the errors a user can cause.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { corpus, placed } from "../../x86/corpus.ts";
import { encode, type Instruction, type Operand } from "../../x86/encode.ts";
import { FORMS, REGISTERS, formText } from "../../x86/isa.ts";
import { oracle } from "../oracle.ts";

/** LOGOS_FULL=1: every combination of operand samples, not only each sample once. */
const FULL = process.env.LOGOS_FULL === "1";
import { nasmLines } from "./nasm.ts";

const hex = (b: number[]) => b.map((x) => x.toString(16).padStart(2, "0")).join(" ");

describe.runIf(oracle("nasm"))("encode matches nasm -f bin on the table corpus", () => {
  for (const bits of [16, 32] as const) {
    test(`bits ${bits}`, () => {
      const cases = corpus(bits, FULL);
      const run = nasmLines(
        cases.map((c) => c.text),
        bits,
      );
      expect(run.messages).toBe("");
      expect(run.status).toBe(0);
      const wrong: string[] = [];
      cases.forEach((c, i) => {
        const n = run.lines[i];
        if (n === undefined) {
          wrong.push(`${c.text}: nasm produced no bytes`);
          return;
        }
        const r = encode(placed(c, n.address), { bits, pc: n.address });
        const ours = r.ok ? hex(r.bytes) : `error: ${r.error}`;
        if (ours !== hex(n.bytes)) wrong.push(`${c.text}: nasm ${hex(n.bytes)}, ours ${ours}`);
      });
      expect(wrong.slice(0, 20)).toEqual([]);
      expect(cases.length).toBeGreaterThan(5000);
    });
  }
});

test("the corpus has cases for every form of the table", () => {
  const covered = new Set([...corpus(16), ...corpus(32)].map((c) => c.form.index));
  const missing = FORMS.filter((f) => !covered.has(f.index)).map(formText);
  // Conditional jumps of the other operand size cannot be written in nasm (`jz word` is an
  // error); those are the only forms without a case.
  expect(missing.filter((m) => !/^j[a-z]+ rel(16|32)$/.test(m))).toEqual([]);
});

const R = (reg: string): Operand => ({ kind: "reg", reg: reg as never });
const I = (value: number, more: object = {}): Operand => ({ kind: "imm", value, ...more });
const M = (more: object): Operand => ({ kind: "mem", disp: 0, ...more });
const enc = (mnemonic: string, operands: Operand[], bits: 16 | 32 = 32, pc = 0) =>
  encode({ mnemonic, operands }, { bits, pc });

describe("fixups", () => {
  test("a call to a symbol is pc-relative, the addend already in the bytes", () => {
    const r = enc("call", [I(0, { symbol: "foo" })]);
    expect(r.ok && hex(r.bytes)).toBe("e8 fc ff ff ff");
    expect(r.ok && r.fixups).toEqual([
      { offset: 1, operand: 0, size: 4, pcRelative: true, symbol: "foo", addend: -4 },
    ]);
  });
  test("a symbolic displacement and immediate are absolute and full-size", () => {
    const r = enc(
      "mov",
      [M({ base: "ebx", symbol: "tbl", disp: 8 }), I(0, { symbol: "x" })]
        .slice(0, 1)
        .concat([R("eax")]),
    );
    expect(r.ok && hex(r.bytes)).toBe("89 83 08 00 00 00");
    expect(r.ok && r.fixups).toEqual([
      { offset: 2, operand: 0, size: 4, pcRelative: false, symbol: "tbl", addend: 8 },
    ]);
    const s = enc("add", [R("eax"), I(3, { symbol: "x" })]);
    expect(s.ok && hex(s.bytes)).toBe("05 03 00 00 00");
  });
  test("a short jump to a symbol has a one-byte field", () => {
    const r = enc("jmp", [I(0, { symbol: "l", distance: "short" })]);
    expect(r.ok && r.fixups).toEqual([
      { offset: 1, operand: 0, size: 1, pcRelative: true, symbol: "l", addend: -1 },
    ]);
  });
});

describe.runIf(oracle("nasm") && oracle("readelf"))(
  "fixups match nasm -f elf32 relocations",
  () => {
    test("offsets, kinds and addends", () => {
      const program: [string, Instruction][] = [
        ["call foo", { mnemonic: "call", operands: [I(0, { symbol: "foo" })] }],
        [
          "mov eax, [foo+12]",
          { mnemonic: "mov", operands: [R("eax"), M({ symbol: "foo", disp: 12 })] },
        ],
        [
          "mov dword [ebx+foo], 7",
          { mnemonic: "mov", operands: [M({ base: "ebx", symbol: "foo", size: 32 }), I(7)] },
        ],
        ["push foo+4", { mnemonic: "push", operands: [I(4, { symbol: "foo" })] }],
        ["jz foo", { mnemonic: "jz", operands: [I(0, { symbol: "foo" })] }],
        [
          "jmp 0x08:foo",
          { mnemonic: "jmp", operands: [{ kind: "far", selector: 8, offset: 0, symbol: "foo" }] },
        ],
      ];
      const dir = mkdtempSync(join(tmpdir(), "logos-x86-"));
      try {
        writeFileSync(
          join(dir, "t.asm"),
          `bits 32\nextern foo\nsection .text\n${program.map((p) => p[0]).join("\n")}\n`,
        );
        const as = spawnSync("nasm", ["-f", "elf32", "-o", join(dir, "t.o"), join(dir, "t.asm")], {
          encoding: "utf8",
        });
        expect(as.stderr).toBe("");
        spawnSync("objcopy", ["-O", "binary", "-j", ".text", join(dir, "t.o"), join(dir, "t.bin")]);
        const text = [...readFileSync(join(dir, "t.bin"))];
        const rel = spawnSync("readelf", ["-rW", join(dir, "t.o")], { encoding: "utf8" }).stdout;
        const theirs = [...rel.matchAll(/^([0-9a-f]{8})\s+[0-9a-f]{8}\s+(R_386_\w+)/gm)].map(
          (m) => `${parseInt(m[1], 16)} ${m[2]}`,
        );
        const ours: string[] = [];
        const bytes: number[] = [];
        for (const [, ins] of program) {
          const r = encode(ins, { bits: 32, pc: bytes.length });
          if (!r.ok) throw new Error(r.error);
          for (const f of r.fixups)
            ours.push(`${bytes.length + f.offset} ${f.pcRelative ? "R_386_PC32" : "R_386_32"}`);
          bytes.push(...r.bytes);
        }
        expect(ours).toEqual(theirs);
        expect(hex(bytes)).toBe(hex(text));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);

describe.runIf(oracle("nasm"))("out-of-range values warn as nasm warns", () => {
  test("the same warnings on the same lines, and the same bytes", () => {
    const cases: [string, Instruction][] = [
      ["int 256", { mnemonic: "int", operands: [I(256)] }],
      ["enter 70000, 0", { mnemonic: "enter", operands: [I(70000), I(0)] }],
      ["ret 70000", { mnemonic: "ret", operands: [I(70000)] }],
      ["mov al, 256", { mnemonic: "mov", operands: [R("al"), I(256)] }],
      ["mov al, -129", { mnemonic: "mov", operands: [R("al"), I(-129)] }],
      ["mov al, -256", { mnemonic: "mov", operands: [R("al"), I(-256)] }],
      ["mov al, -257", { mnemonic: "mov", operands: [R("al"), I(-257)] }],
      ["mov ax, -65536", { mnemonic: "mov", operands: [R("ax"), I(-65536)] }],
      ["mov ax, -65537", { mnemonic: "mov", operands: [R("ax"), I(-65537)] }],
      ["mov eax, -0x100000001", { mnemonic: "mov", operands: [R("eax"), I(-0x100000001)] }],
      ["push byte 128", { mnemonic: "push", operands: [I(128, { size: 8 })] }],
      ["push byte -129", { mnemonic: "push", operands: [I(-129, { size: 8 })] }],
      ["mov al, 255", { mnemonic: "mov", operands: [R("al"), I(255)] }],
      ["mov al, -128", { mnemonic: "mov", operands: [R("al"), I(-128)] }],
      ["shl eax, 300", { mnemonic: "shl", operands: [R("eax"), I(300)] }],
      ["out 300, al", { mnemonic: "out", operands: [I(300), R("al")] }],
      ["push byte 300", { mnemonic: "push", operands: [I(300, { size: 8 })] }],
      ["push byte -1", { mnemonic: "push", operands: [I(-1, { size: 8 })] }],
      ["mov ax, 70000", { mnemonic: "mov", operands: [R("ax"), I(70000)] }],
      ["mov eax, 0x100000000", { mnemonic: "mov", operands: [R("eax"), I(0x100000000)] }],
      ["mov eax, -1", { mnemonic: "mov", operands: [R("eax"), I(-1)] }],
      [
        "mov eax, [byte ebx+300]",
        { mnemonic: "mov", operands: [R("eax"), M({ base: "ebx", disp: 300, dispSize: 8 })] },
      ],
      ["add eax, 0xffffffff", { mnemonic: "add", operands: [R("eax"), I(0xffffffff)] }],
    ];
    const run = nasmLines(
      cases.map((c) => c[0]),
      32,
      true,
    );
    // "corpus.asm:5: warning: byte data exceeds bounds [-w+number-overflow]"
    const theirs = cases.map((_, i) =>
      run.messages
        .split("\n")
        .filter((l) => l.includes(`:${i + 2}: warning: `))
        .map((l) => l.slice(l.indexOf("warning: ") + 9).replace(/ \[-w\+[a-z-]+\]$/, ""))
        // nasm says some twice (once per pass): the same warning counts once.
        .filter((w, k, all) => all.indexOf(w) === k),
    );
    cases.forEach(([text, ins], i) => {
      const r = encode(ins, { bits: 32 });
      expect(r.ok, text).toBe(true);
      if (!r.ok) return;
      expect([text, ...r.warnings]).toEqual([text, ...theirs[i]]);
      expect([text, hex(r.bytes)]).toEqual([text, hex(run.lines[i]!.bytes)]);
    });
  });
});

describe("errors are values", () => {
  test("unknown instruction", () => {
    expect(enc("frob", [])).toEqual({ ok: false, error: "unknown instruction 'frob'" });
  });
  test("invalid combination lists the forms that exist", () => {
    const r = enc("add", [R("eax"), R("bl")]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/^invalid combination of opcode and operands/);
      expect(r.error).toContain("add r/m32,r32");
      expect(r.error).toContain("add r/m32,simm8");
    }
  });
  test("operation size not specified", () => {
    expect(enc("mov", [M({ base: "eax" }), I(5)])).toEqual({
      ok: false,
      error: "operation size not specified",
    });
    expect(enc("inc", [M({ base: "eax" })])).toEqual({
      ok: false,
      error: "operation size not specified",
    });
    // nasm's defaults: jmp/call through memory take the current operand size.
    const j = enc("jmp", [M({ base: "eax" })]);
    expect(j.ok && hex(j.bytes)).toBe("ff 20");
  });
  test("short jump out of range", () => {
    expect(enc("jmp", [I(0x200, { distance: "short" })])).toEqual({
      ok: false,
      error: "short jump is out of range",
    });
    expect(enc("loop", [I(-0x100)])).toEqual({ ok: false, error: "short jump is out of range" });
  });
  test("invalid effective addresses", () => {
    expect(enc("mov", [R("eax"), M({ base: "ax", index: "ebx" })])).toEqual({
      ok: false,
      error: "invalid effective address",
    });
    expect(enc("mov", [R("eax"), M({ base: "esp", index: "esp" })])).toEqual({
      ok: false,
      error: "invalid effective address",
    });
    expect(enc("mov", [R("ax"), M({ base: "bx", index: "bp" })], 16)).toEqual({
      ok: false,
      error: "invalid effective address",
    });
  });
  test("data too large for its field is a warning, as in nasm", () => {
    const r = enc("mov", [R("al"), I(300)]);
    expect(r.ok && r.warnings).toEqual(["byte data exceeds bounds"]);
    const d = enc("mov", [R("eax"), M({ base: "ebx", disp: 300, dispSize: 8 })]);
    expect(d.ok && hex(d.bytes)).toBe("8b 43 2c");
    expect(d.ok && d.warnings).toEqual(["byte data exceeds bounds"]);
    const s = enc("mov", [R("eax"), M({ base: "ebx", symbol: "foo", dispSize: 8 })]);
    expect(s.ok && s.fixups).toEqual([
      { offset: 2, operand: 1, size: 1, pcRelative: false, symbol: "foo", addend: 0 },
    ]);
  });
});

test("random instructions, valid or not, never throw: bytes or an error value", () => {
  // What the assembler can hand over when a user writes nonsense: unknown registers, scales,
  // segments and prefixes, sizes that do not exist, values that are not 32-bit integers.
  let seed = 99;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const pick = <T>(a: readonly T[]): T => a[rnd(a.length)];
  const regs = [...REGISTERS.keys(), "eip", "xmm0", ""];
  const mnemonics = [...new Set(FORMS.map((f) => f.mnemonic)), "frob", ""];
  const values = [0, 1, -1, 127, 128, -129, 0xffff, 0x10000, 0xffffffff, 2 ** 40, NaN, 1.5];
  const operand = (): Operand => {
    switch (rnd(4)) {
      case 0:
        return { kind: "reg", reg: pick(regs) as never };
      case 1:
        return {
          kind: "imm",
          value: pick(values),
          ...(rnd(3) === 0 ? { symbol: "s" } : {}),
          ...(rnd(4) === 0 ? { size: pick([8, 16, 32, 64]) as 8 } : {}),
          ...(rnd(5) === 0 ? { distance: pick(["short", "near"] as const) } : {}),
          ...(rnd(7) === 0 ? { strict: true } : {}),
        };
      case 2:
        return {
          kind: "mem",
          disp: pick(values),
          ...(rnd(2) ? { base: pick(regs) as never } : {}),
          ...(rnd(2)
            ? { index: pick(regs) as never, scale: pick([0, 1, 2, 3, 5, 6, 8, 9, 16]) }
            : {}),
          ...(rnd(3) === 0 ? { size: pick([8, 16, 32, 64]) as 8 } : {}),
          ...(rnd(6) === 0 ? { far: true } : {}),
          ...(rnd(6) === 0 ? { seg: pick(["es", "fs", "xx"]) as never } : {}),
          ...(rnd(6) === 0 ? { addrSize: pick([16, 32]) as 16 } : {}),
          ...(rnd(6) === 0 ? { dispSize: pick([8, 16, 32]) as 8 } : {}),
          ...(rnd(4) === 0 ? { symbol: "t" } : {}),
        };
      default:
        return { kind: "far", selector: pick(values), offset: pick(values) };
    }
  };
  let encoded = 0;
  for (let i = 0; i < 30000; i++) {
    const ins: Instruction = {
      mnemonic: pick(mnemonics),
      operands: Array.from({ length: rnd(4) }, operand),
      ...(rnd(4) === 0
        ? { prefixes: [pick(["rep", "lock", "o16", "a32", "fs", "bogus"]) as never] }
        : {}),
    };
    const r = encode(ins, { bits: rnd(2) ? 16 : 32, pc: rnd(100000) });
    if (!r.ok) {
      expect(typeof r.error).toBe("string");
      continue;
    }
    encoded++;
    expect(r.bytes.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)).toBe(true);
    expect(r.bytes.length).toBeLessThanOrEqual(15);
    for (const f of r.fixups) expect(f.offset + f.size).toBeLessThanOrEqual(r.bytes.length);
  }
  expect(encoded).toBeGreaterThan(1000);
});
