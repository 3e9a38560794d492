// The disassembler against objdump, and the round trip through the encoder.
//
// The table corpus is assembled by nasm (bits 16 and 32), and the flat binary is disassembled by
// `objdump -D -b binary -m i386|i8086 -M intel` and by `disassemble`: every instruction's address
// and text must agree, spacing apart. Then every corpus instruction is encoded, decoded, and the
// decoded instruction encoded again: the bytes must come back unchanged.
import { describe, expect, test } from "vitest";
import { corpus, placed, tableCases } from "../../x86/corpus.ts";
import { decode, disassemble, formatIntel, type Decoded } from "../../x86/disasm.ts";
import { encode, type Instruction, type Operand } from "../../x86/encode.ts";
import { FORMS } from "../../x86/isa.ts";
import { oracle } from "../oracle.ts";

/** LOGOS_FULL=1: every combination of operand samples, not only each sample once. */
const FULL = process.env.LOGOS_FULL === "1";
import { nasmLines } from "./nasm.ts";
import { normalise, objdumpBinary } from "./objdump.ts";

describe.runIf(oracle("nasm") && oracle("objdump"))("disassemble matches objdump -M intel", () => {
  for (const bits of [16, 32] as const) {
    test(`bits ${bits}`, () => {
      const cases = corpus(bits, FULL);
      const run = nasmLines(
        cases.map((c) => c.text),
        bits,
      );
      expect(run.status).toBe(0);
      const theirs = objdumpBinary(run.binary, bits);
      const ours = disassemble(run.binary, 0, { bits });
      expect(ours.length).toBe(theirs.length);
      const wrong: string[] = [];
      ours.forEach((d, i) => {
        const t = theirs[i];
        const o = normalise(formatIntel(d));
        if (d.address !== t.address || o !== t.text) {
          wrong.push(`${d.address.toString(16)}: objdump '${t.text}', ours '${o}'`);
        }
      });
      expect(wrong.slice(0, 20)).toEqual([]);
    });
  }
});

const SIZE: Record<string, 8 | 16 | 32 | undefined> = { BYTE: 8, WORD: 16, DWORD: 32 };

/** A decoded instruction as the encoder's input again (string instructions keep no operands). */
function reassemble(d: Decoded, bits: 16 | 32): Instruction {
  const f = d.form!;
  const ops: Operand[] = [];
  if (f.operands.length > 0) {
    d.operands.forEach((o, i) => {
      const k = f.operands[i];
      if (o.kind === "reg") ops.push({ kind: "reg", reg: o.name as never });
      else if (o.kind === "one") ops.push({ kind: "imm", value: 1 });
      else if (o.kind === "imm")
        ops.push({ kind: "imm", value: o.value, ...(k === "simm8" ? { size: 8 } : {}) });
      else if (o.kind === "rel")
        ops.push({
          kind: "imm",
          value: o.target,
          ...(k === "rel8" &&
          f.mnemonic.startsWith("j") &&
          f.mnemonic !== "jcxz" &&
          f.mnemonic !== "jecxz"
            ? { distance: "short" }
            : {}),
        });
      else if (o.kind === "far")
        ops.push({
          kind: "far",
          selector: o.selector,
          offset: o.offset,
          size: k === "ptr16:16" ? 16 : 32,
        });
      else {
        const m = o.mem;
        ops.push({
          kind: "mem",
          disp: m.disp,
          ...(m.base ? { base: m.base as never } : {}),
          ...(m.index ? { index: m.index as never, scale: m.scale } : {}),
          ...(m.seg && m.seg !== "ds" ? { seg: m.seg as never } : {}),
          ...(SIZE[m.ptr] && k !== "mfar" ? { size: SIZE[m.ptr] } : {}),
          ...(k === "mfar" && (f.mnemonic === "jmp" || f.mnemonic === "call") ? { far: true } : {}),
          ...(m.dispSize !== 0 && (m.base || m.index)
            ? { dispSize: m.dispSize === 1 ? 8 : m.asize }
            : {}),
          addrSize: m.asize,
        });
      }
    });
  }
  // objdump writes `86 C1` as `xchg cl,al`, which nasm encodes as `86 C8`: the operands of xchg
  // are interchangeable, and nasm's order is the other one.
  if (f.mnemonic === "xchg" && ops.every((o) => o.kind === "reg") && f.modrm.kind === "r")
    ops.reverse();
  const ins: Instruction = { mnemonic: f.mnemonic, operands: ops };
  if (f.osize !== undefined && f.osize !== bits) ins.prefixes = [f.osize === 16 ? "o16" : "o32"];
  return ins;
}

describe("round trip: encode, decode, encode", () => {
  for (const bits of [16, 32] as const) {
    test(`bits ${bits}`, () => {
      const wrong: string[] = [];
      let n = 0;
      for (const c of corpus(bits, FULL)) {
        const pc = 0x1000;
        const r = encode(placed(c, pc), { bits, pc });
        if (!r.ok) {
          wrong.push(`${c.text}: ${r.error}`);
          continue;
        }
        const bytes = new Uint8Array(r.bytes);
        const d = decode(bytes, 0, pc, { bits });
        if (d.form === undefined || d.length !== bytes.length) {
          wrong.push(
            `${c.text}: decoded ${d.length} of ${bytes.length} bytes as ${formatIntel(d)}`,
          );
          continue;
        }
        // Operand-size prefixes and segment overrides on string instructions are not operands.
        if (
          /^(movs|cmps|stos|lods|scas|ins|outs|xlat)/.test(d.form.mnemonic) &&
          c.instruction.prefixes
        )
          continue;
        const ins = reassemble(d, bits);
        const again = encode(ins, { bits, pc });
        const hex = (b: ArrayLike<number>) =>
          Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");
        if (!again.ok || hex(again.bytes) !== hex(bytes)) {
          wrong.push(
            `${c.text}: ${hex(bytes)} → ${formatIntel(d)} → ${again.ok ? hex(again.bytes) : again.error}`,
          );
        }
        n++;
      }
      expect(wrong.slice(0, 20)).toEqual([]);
      expect(n).toBeGreaterThan(5000);
    });
  }
});

test("tableCases: bytes, length and mnemonic for checking another decoder", () => {
  let n = 0;
  for (const c of tableCases(32)) {
    const d = decode(new Uint8Array(c.bytes), 0, 0, { bits: 32 });
    expect(d.length).toBe(c.length);
    n++;
  }
  expect(n).toBeGreaterThan(5000);
});

test("bytes that are no instruction decode as (bad), one byte long", () => {
  const d = decode(new Uint8Array([0x0f, 0xff]), 0, 0, { bits: 32 });
  expect(d.mnemonic).toBe("(bad)");
  expect(d.length).toBe(1);
  const cut = decode(new Uint8Array([0xb8, 0x01]), 0, 0, { bits: 32 });
  expect(cut.mnemonic).toBe("(bad)");
});

describe.runIf(oracle("objdump"))("random operand bytes after every opcode of the table", () => {
  // Each slot holds one instruction: a table form's opcode, sometimes after a prefix, followed
  // by random ModRM, SIB, displacement and immediate bytes; what we do not decode is padded
  // with nops, so objdump resynchronises at every slot. Every ModRM/SIB combination the table
  // allows is met many times; objdump must read each slot as we do (text and length).
  for (const bits of [16, 32] as const) {
    test(`bits ${bits}`, () => {
      let seed = 0x1234567 + bits;
      const rnd = () => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return (seed >>> 8) & 0xff;
      };
      const PREFIXES = [0x66, 0x67, 0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65, 0xf0];
      const SLOT = 16;
      const slots: number[][] = [];
      for (const f of FORMS) {
        for (let k = 0; k < 12; k++) {
          const b: number[] = [];
          if (rnd() < 70) b.push(PREFIXES[rnd() % PREFIXES.length]);
          // rep/repne only where the 386 has them: later processors gave them other meanings
          // elsewhere (bnd jmp, lzcnt), which objdump prints.
          if (/^(movs|cmps|stos|lods|scas|ins|outs)[bwd]$/.test(f.mnemonic) && rnd() < 128)
            b.push(rnd() & 1 ? 0xf3 : 0xf2);
          b.push(...f.opcode);
          if (f.modrm.kind === "plusr") b[b.length - 1] += rnd() & 7;
          if (f.modrm.kind === "digit") b.push((rnd() & 0xc7) | (f.modrm.digit << 3));
          else if (f.modrm.kind === "r") b.push(rnd());
          while (b.length < SLOT) b.push(rnd());
          slots.push(b);
        }
      }
      const code = new Uint8Array(slots.length * SLOT);
      const decoded: (Decoded | undefined)[] = [];
      slots.forEach((b, i) => {
        code.set(b, i * SLOT);
        const d = decode(code, i * SLOT, i * SLOT, { bits });
        decoded.push(d.form ? d : undefined);
        code.fill(0x90, i * SLOT + (d.form ? d.length : 0), (i + 1) * SLOT);
      });
      const theirs = new Map(objdumpBinary(code, bits).map((l) => [l.address, l.text]));
      const wrong: string[] = [];
      let n = 0;
      decoded.forEach((d, i) => {
        if (d === undefined) return;
        n++;
        const at = i * SLOT;
        const ours = normalise(formatIntel(d));
        const bytes = Array.from(code.subarray(at, at + d.length), (x) =>
          x.toString(16).padStart(2, "0"),
        ).join(" ");
        if (theirs.get(at) !== ours)
          wrong.push(`${bytes}: objdump '${theirs.get(at)}', ours '${ours}'`);
        else if (d.length < SLOT && !theirs.has(at + d.length))
          wrong.push(`${bytes}: objdump reads a different length`);
      });
      expect(wrong.slice(0, 20)).toEqual([]);
      expect(n).toBeGreaterThan(7000);
    });
  }
});

test("random bytes never throw: an instruction within the buffer, or (bad)", () => {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  for (let i = 0; i < 50000; i++) {
    const bytes = new Uint8Array(1 + rnd(16)).map(() => rnd(256));
    const d = decode(bytes, 0, rnd(1 << 20), { bits: rnd(2) ? 16 : 32 });
    expect(typeof formatIntel(d)).toBe("string");
    expect(d.length >= 1 && d.length <= bytes.length).toBe(true);
  }
});
