// Test cases generated from the instruction table: every form, with each operand kind filled in
// by sample registers, immediates and addressing modes, in `bits 16` and `bits 32`.
//
// Each case is the same instruction twice: as nasm source text (`add dword [es:ebx+esi*4+0x10],
// 0x12345678`) and as the structured `Instruction` the encoder takes. The oracle tests assemble
// the text with nasm and the structure with `encode`, and compare the bytes; the disassembler is
// compared with objdump on the same bytes. `tableCases` gives the encoded bytes with the form they
// came from, which is how the emulator's decoder can be checked against the table (see
// docs/objdump.md, "Checking a decoder against the table").
import { encode, type Instruction, type MemOperand, type Operand } from "./encode.ts";
import { FORMS, type Form, type OperandKind } from "./isa.ts";

export interface CorpusCase {
  bits: 16 | 32;
  /** The instruction as nasm source text. Branch targets are written relative to `$`. */
  text: string;
  /** The same instruction for `encode`. Branch targets are offsets from the instruction's start: add its address. */
  instruction: Instruction;
  /** Branch operands (`imm` with a relative target) whose value must have the pc added. */
  relative: boolean;
  form: Form;
}

interface Sample {
  text: string;
  op: Operand;
}

const reg = (r: string): Sample => ({ text: r, op: { kind: "reg", reg: r as never } });

const SIZE_WORD: Record<number, string> = { 8: "byte", 16: "word", 32: "dword" };

/** Memory operands that exercise every addressing form: text inside the brackets, and the operand. */
function memSamples(bits: 16 | 32): { text: string; op: MemOperand }[] {
  const m = (text: string, op: Omit<MemOperand, "kind">) => ({
    text,
    op: { kind: "mem" as const, ...op },
  });
  const a32 = [
    m("ebx", { disp: 0, base: "ebx" }),
    m("ebp", { disp: 0, base: "ebp" }),
    m("esp", { disp: 0, base: "esp" }),
    m("eax+0x10", { disp: 0x10, base: "eax" }),
    m("ebp-4", { disp: -4, base: "ebp" }),
    m("esi+0x12345678", { disp: 0x12345678, base: "esi" }),
    m("0x1234", { disp: 0x1234, addrSize: 32 }),
    m("ebx+ecx*4", { disp: 0, base: "ebx", index: "ecx", scale: 4 }),
    m("fs:esp+eax*2+0x100", { disp: 0x100, base: "esp", index: "eax", scale: 2, seg: "fs" }),
    m("eax*8+0x10", { disp: 0x10, index: "eax", scale: 8 }),
    m("ebp+edi", { disp: 0, base: "ebp", index: "edi" }),
    m("es:ecx*2", { disp: 0, index: "ecx", scale: 2, seg: "es" }),
    m("edx+esp", { disp: 0, base: "edx", index: "esp" }),
    m("byte edi+0", { disp: 0, base: "edi", dispSize: 8 }),
    m("esp+0x12345", { disp: 0x12345, base: "esp" }),
    m("ebx*2", { disp: 0, index: "ebx", scale: 2 }),
    m("ecx*8-0x100", { disp: -0x100, index: "ecx", scale: 8 }),
    m("eax+ebp*8-0x80", { disp: -0x80, base: "eax", index: "ebp", scale: 8 }),
    m("dword esi+4", { disp: 4, base: "esi", dispSize: 32 }),
    m("ebx+0x7f", { disp: 0x7f, base: "ebx" }),
    m("ebx+0x80", { disp: 0x80, base: "ebx" }),
    m("ebx-0x80", { disp: -0x80, base: "ebx" }),
    m("ebx-0x81", { disp: -0x81, base: "ebx" }),
    m("ebx+0xffffff80", { disp: 0xffffff80, base: "ebx" }),
  ];
  const a16 = [
    m("bx", { disp: 0, base: "bx" }),
    m("bp", { disp: 0, base: "bp" }),
    m("si", { disp: 0, base: "si" }),
    m("di+0x7f", { disp: 0x7f, base: "di" }),
    m("bx+si", { disp: 0, base: "bx", index: "si" }),
    m("bp+di+4", { disp: 4, base: "bp", index: "di" }),
    m("ss:bx+di-0x10", { disp: -0x10, base: "bx", index: "di", seg: "ss" }),
    m("0x1234", { disp: 0x1234, addrSize: 16 }),
    m("bp+si+0x1234", { disp: 0x1234, base: "bp", index: "si" }),
    m("si+bx", { disp: 0, base: "si", index: "bx" }),
    m("di", { disp: 0, base: "di" }),
    m("bx+si-0x1234", { disp: -0x1234, base: "bx", index: "si" }),
    m("word bp+di+0", { disp: 0, base: "bp", index: "di", dispSize: 16 }),
    m("bx+0x80", { disp: 0x80, base: "bx" }),
    m("bx-0x80", { disp: -0x80, base: "bx" }),
    m("bx-0x81", { disp: -0x81, base: "bx" }),
    m("bx+0xff80", { disp: 0xff80, base: "bx" }),
  ];
  // A few of the other address size, which need the 0x67 prefix.
  return bits === 32 ? [...a32, a16[5], a16[0]] : [...a16, a32[7], a32[3]];
}

function samples(k: OperandKind, bits: 16 | 32, f: Form): Sample[] {
  const mems = (size: number | undefined, far = false): Sample[] =>
    memSamples(bits).map(({ text, op }) => ({
      text: `${far ? "far " : ""}${size ? SIZE_WORD[size] + " " : ""}[${text}]`,
      op: { ...op, ...(size ? { size: size as 8 | 16 | 32 } : {}), ...(far ? { far } : {}) },
    }));
  const imm = (
    value: number,
    text = `0x${(value >>> 0).toString(16)}`,
    size?: 8 | 16 | 32,
  ): Sample => ({
    text: size ? `${SIZE_WORD[size]} ${text}` : text,
    op: { kind: "imm", value, ...(size ? { size } : {}) },
  });
  // Forms sized only by an immediate (`push imm`) say their size when it is not the default.
  const immSize = f.osize !== undefined && f.osize !== bits ? f.osize : undefined;
  switch (k) {
    case "r8":
      return ["al", "cl", "bh", "dl", "ah"].map(reg);
    case "r16":
      return ["ax", "bx", "sp", "di", "bp"].map(reg);
    case "r32":
      return ["eax", "ecx", "esp", "edi", "ebp"].map(reg);
    case "r/m8":
    case "r/m16":
    case "r/m32": {
      const n = Number(k.slice(3));
      const regs = samples(`r${n}` as OperandKind, bits, f).slice(0, 2);
      return [...regs, ...mems(n)];
    }
    case "m":
      return mems(undefined);
    case "m8":
    case "m16":
    case "m32":
      return mems(Number(k.slice(1)));
    case "mfar":
      return f.mnemonic === "jmp" || f.mnemonic === "call"
        ? mems(undefined, true)
        : mems(undefined);
    // Values at the edges where nasm's choice of form changes (imm8 sign-extended or not).
    case "imm8":
      return [imm(0x12), imm(0xff), imm(0x7f), imm(0x80)];
    case "simm8":
      return [
        imm(3, "3", immSize),
        imm(-2, "-2", immSize),
        imm(127, "127", immSize),
        imm(-128, "-128", immSize),
      ];
    case "imm16":
      return [
        imm(0x1234, undefined, immSize),
        imm(0x80, undefined, immSize),
        imm(0xff80, undefined, immSize),
      ];
    case "imm32":
      return [
        imm(0x12345678, undefined, immSize),
        imm(0x80, undefined, immSize),
        imm(0xffffff80, undefined, immSize),
        imm(0xffffff7f, undefined, immSize),
        imm(-129, "-129", immSize),
      ];
    case "rel8":
    case "rel16":
    case "rel32":
      // nasm can say `jmp word label` but has no way to give a conditional jump another size.
      if (immSize !== undefined && f.mnemonic !== "jmp" && f.mnemonic !== "call") return [];
      return [0x10, -0x10, 0x1000].map((d) => ({
        text: `${immSize ? SIZE_WORD[immSize] + " " : ""}${d < 0 ? "$-" : "$+"}0x${Math.abs(d).toString(16)}`,
        op: { kind: "imm", value: d, ...(immSize ? { size: immSize as 16 | 32 } : {}) },
      }));
    case "ptr16:16":
    case "ptr16:32":
      return [
        {
          text: `${immSize ? SIZE_WORD[immSize] + " " : ""}0x08:0x1234`,
          op: {
            kind: "far",
            selector: 8,
            offset: 0x1234,
            ...(immSize ? { size: immSize as 16 | 32 } : {}),
          },
        },
      ];
    case "moffs8":
    case "moffs16":
    case "moffs32":
      return [
        { text: "[0x1234]", op: { kind: "mem", disp: 0x1234 } },
        { text: "[gs:0x12]", op: { kind: "mem", disp: 0x12, seg: "gs" } },
      ];
    case "sreg":
      return ["es", "ss", "ds", "fs", "gs"].map(reg);
    case "cr":
      return ["cr0", "cr2", "cr3", "cr4"].map(reg);
    case "dr":
      return ["dr0", "dr3", "dr6", "dr7"].map(reg);
    case "tr":
      return ["tr6", "tr7"].map(reg);
    case "1":
      return [imm(1, "1")];
    default:
      return [reg(k)];
  }
}

/** The cases for one form in one mode: the operands' samples taken side by side, cycling. */
/** Every combination of one sample per operand (the `full` corpus). */
function crossProduct(lists: Sample[][]): Sample[][] {
  let rows: Sample[][] = [[]];
  for (const l of lists) rows = rows.flatMap((r) => l.map((s) => [...r, s]));
  return rows;
}

function formCases(f: Form, bits: 16 | 32, full: boolean): CorpusCase[] {
  const lists = f.operands.map((k) => samples(k, bits, f));
  if (lists.some((l) => l.length === 0)) return [];
  const n = Math.max(1, ...lists.map((l) => l.length));
  const rows = full
    ? crossProduct(lists)
    : Array.from({ length: n }, (_, i) => lists.map((l) => l[i % l.length]));
  const out: CorpusCase[] = [];
  const relative = f.operands.some((k) => k.startsWith("rel"));
  for (const picked of rows) {
    const ops = picked.map((s) => s.op);
    // Same register twice where the instruction reads oddly is still fine; skip only the short
    // jumps that cannot reach.
    if (
      f.operands.includes("rel8") &&
      picked.some((s) => s.op.kind === "imm" && Math.abs(s.op.value) > 100)
    )
      continue;
    const body = picked.map((s) => s.text).join(", ");
    const shortKw = f.operands[0] === "rel8" && hasNearForm(f) ? "short " : "";
    const nearKw = f.operands[0] === "rel16" || f.operands[0] === "rel32" ? "near " : "";
    const text = `${f.mnemonic}${body ? " " + shortKw + nearKw + body : ""}`;
    const instruction: Instruction = { mnemonic: f.mnemonic, operands: ops };
    if (shortKw) (ops[0] as { distance?: string }).distance = "short";
    out.push({ bits, text, instruction, relative, form: f });
  }
  return out;
}

function hasNearForm(f: Form): boolean {
  return FORMS.some(
    (g) => g.mnemonic === f.mnemonic && (g.operands[0] === "rel16" || g.operands[0] === "rel32"),
  );
}

/**
 * Every form's cases in one mode. By default each operand's samples are taken side by side
 * (every sample of every operand appears, about 10,000 cases per mode); `full` takes every
 * combination of them (the tests use it under LOGOS_FULL=1).
 */
export function corpus(bits: 16 | 32, full = false): CorpusCase[] {
  return FORMS.flatMap((f) => formCases(f, bits, full));
}

/** The instruction of a case placed at `pc`: relative branch targets become absolute. */
export function placed(c: CorpusCase, pc: number): Instruction {
  if (!c.relative) return c.instruction;
  return {
    ...c.instruction,
    operands: c.instruction.operands.map((o) =>
      o.kind === "imm" ? { ...o, value: o.value + pc } : o,
    ),
  };
}

export interface TableCase {
  bits: 16 | 32;
  bytes: number[];
  /** The instruction's length in bytes (prefixes included): what a decoder must consume. */
  length: number;
  mnemonic: string;
  form: Form;
  text: string;
}

/**
 * The corpus encoded at address 0, one case per instruction: bytes, length and mnemonic, for
 * checking another decoder (the emulator's) against the table.
 */
export function* tableCases(bits: 16 | 32): Generator<TableCase> {
  for (const c of corpus(bits)) {
    const r = encode(placed(c, 0), { bits, pc: 0 });
    if (!r.ok) continue;
    yield {
      bits,
      bytes: r.bytes,
      length: r.bytes.length,
      mnemonic: c.form.mnemonic,
      form: c.form,
      text: c.text,
    };
  }
}
