// The emulator's decoder against the shared x86 table (x86/isa.ts via x86/corpus.ts): for every
// form the table can encode, in 16- and 32-bit code, the decoder must consume exactly the bytes
// the table says and recognise the operation (not report it as invalid).
import { describe, expect, it } from "vitest";
import { tableCases } from "../../x86/corpus.ts";
import { DecodedCode, Decoder } from "../../emulator/cpu/decode.ts";
import * as O from "../../emulator/cpu/ops.ts";

// Forms the table has that this CPU treats as invalid, as a Pentium-class CPU does:
// the 386's test registers (mov r32,tr / mov tr,r32 were removed with the 486).
const INVALID_HERE = new Set(["mov r32,tr", "mov tr,r32"]);

/** The op family a mnemonic must decode to (a sanity check of the operation, not just length). */
function expectedOps(mnemonic: string): number[] | null {
  const kinds = ["add", "or", "adc", "sbb", "and", "sub", "xor", "cmp", "test", "mov"];
  const k = kinds.indexOf(mnemonic);
  if (k >= 0 && mnemonic !== "mov") {
    return Array.from({ length: 15 }, (_, j) => k * 16 + j);
  }
  const shift = ["rol", "ror", "rcl", "rcr", "shl", "shr", "sal", "sar"].indexOf(mnemonic);
  if (shift >= 0) {
    const kind = mnemonic === "sal" ? 4 : shift;
    return Array.from({ length: 6 }, (_, j) => 0xa0 + kind * 8 + j);
  }
  const unary = ["not", "neg", "mul", "imul", "div", "idiv", "inc", "dec"].indexOf(mnemonic);
  if (unary >= 0 && mnemonic !== "imul")
    return Array.from({ length: 6 }, (_, j) => 0xe0 + unary * 8 + j);
  if (/^j(?!mp|cxz|ecxz)/.test(mnemonic)) return [O.JCC];
  if (/^set/.test(mnemonic)) return [O.SETCC_R, O.SETCC_M];
  if (/^cmov/.test(mnemonic)) return [O.CMOV_R, O.CMOV_M];
  return null;
}

describe("decoder against the x86 table", () => {
  for (const bits of [32, 16] as const) {
    it(`decodes every table form's length in bits ${bits}`, () => {
      const decoder = new Decoder(new DecodedCode(2, 1));
      const problems: string[] = [];
      let checked = 0;
      for (const c of tableCases(bits)) {
        const bytes = new Uint8Array([...c.bytes, 0, 0, 0, 0]);
        const formText = `${c.form.mnemonic} ${c.form.operands.join(",")}`;
        let op: number;
        try {
          op = decoder.decode(bytes, 0, bytes.length, 1, bits === 32);
        } catch (e) {
          problems.push(`${c.text}: ${String((e as { reason?: string }).reason ?? e)}`);
          continue;
        }
        checked++;
        const len = decoder.code.len[1];
        const hex = c.bytes.map((b) => b.toString(16).padStart(2, "0")).join(" ");
        if (len !== c.length) problems.push(`${c.text} [${hex}]: length ${len}, table ${c.length}`);
        if (INVALID_HERE.has(formText)) continue;
        if (op === O.UD && c.mnemonic !== "ud2")
          problems.push(`${c.text} [${hex}]: decoded as invalid`);
        const want = expectedOps(c.mnemonic);
        if (want !== null && !want.includes(op))
          problems.push(`${c.text} [${hex}]: op 0x${op.toString(16)}`);
      }
      expect(checked).toBeGreaterThan(1000);
      expect(problems.slice(0, 40).join("\n")).toBe("");
    });
  }
});
