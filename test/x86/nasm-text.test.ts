// `nasmText` against nasm: every corpus instruction, written back as NASM source by `nasmText`,
// must assemble with nasm to the bytes `encode` makes of it — what `logosc -S` prints is what
// was encoded. Branch targets are absolute addresses, so each instruction is placed at the
// address the encoder's own lengths give it.
import { describe, expect, test } from "vitest";
import { corpus, placed } from "../../x86/corpus.ts";
import { encode, type Instruction } from "../../x86/encode.ts";
import { nasmText } from "../../x86/nasm.ts";
import { oracle } from "../oracle.ts";
import { nasmLines } from "./nasm.ts";

const hex = (b: number[]) => b.map((x) => x.toString(16).padStart(2, "0")).join(" ");
const FULL = process.env.LOGOS_FULL === "1";

describe.runIf(oracle("nasm"))("nasmText assembles with nasm to encode's bytes", () => {
  for (const bits of [16, 32] as const) {
    test(`bits ${bits}`, () => {
      const program: Instruction[] = [];
      const ours: string[] = [];
      let pc = 0;
      for (const c of corpus(bits, FULL)) {
        const ins = placed(c, pc);
        const r = encode(ins, { bits, pc });
        if (!r.ok) throw new Error(`${c.text}: ${r.error}`);
        program.push(ins);
        ours.push(hex(r.bytes));
        pc += r.bytes.length;
      }
      const texts = program.map(nasmText);
      const run = nasmLines(texts, bits);
      expect(run.messages).toBe("");
      const wrong: string[] = [];
      texts.forEach((t, i) => {
        const n = run.lines[i];
        const theirs = n ? hex(n.bytes) : "nothing";
        if (theirs !== ours[i]) wrong.push(`${t}: nasm ${theirs}, encode ${ours[i]}`);
      });
      expect(wrong.slice(0, 20)).toEqual([]);
    });
  }
});

test("nasmText spells every part of an operand", () => {
  expect(
    nasmText({
      mnemonic: "mov",
      prefixes: ["lock"],
      operands: [
        {
          kind: "mem",
          size: 32,
          seg: "fs",
          base: "ebx",
          index: "esi",
          scale: 4,
          symbol: "tbl",
          disp: -8,
        },
        { kind: "imm", value: 5, size: 32, strict: true },
      ],
    }),
  ).toBe("lock mov dword [fs:ebx+esi*4+tbl-8], strict dword 5");
  expect(
    nasmText({
      mnemonic: "jmp",
      operands: [{ kind: "far", selector: 8, offset: 0, symbol: "pm" }],
    }),
  ).toBe("jmp 8:pm");
  expect(
    nasmText({
      mnemonic: "mov",
      operands: [
        { kind: "reg", reg: "ax" },
        { kind: "mem", disp: 0x7c00, addrSize: 32 },
      ],
    }),
  ).toBe("mov ax, [a32 0x7c00]");
});
