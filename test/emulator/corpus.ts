// The instruction corpus: a Linux i386 program generated from the shared x86 table that runs
// every integer instruction form with many operand values and records the registers, EFLAGS and
// a memory window after each one. The same bytes run natively and under `logos run`; the records
// must match, with only the flags Intel documents as undefined masked out (UNDEFINED below).
//
// Each case: fill a 64-byte memory window (the operand buffer BUF sits in its middle), load the
// seven general registers (ESP stays the real stack), set EFLAGS with popfd, run the instruction,
// then store EFLAGS, the registers and the window into the case's record. The program is a bare
// ELF written here (two PT_LOAD segments: code, and the data at DATA), so it needs no toolchain.
import { encode, type Instruction, type Operand } from "../../x86/encode.ts";
import { FORMS, type Form, type OperandKind } from "../../x86/isa.ts";

export const CODE = 0x08048000;
export const DATA = 0x0a000000;
const WINDOW = DATA; // 64 bytes; BUF = WINDOW + 32
export const BUF = WINDOW + 32;
const INIT = DATA + 0x100; // 64 bytes: the window's initial contents
const RECORDS = DATA + 0x1000;
export const RECORD_WORDS = 9 + 16; // eax ecx edx ebx esp ebp esi edi eflags, window
const FLAG_INIT = [0x202, 0x202 | 0x8d5];

export interface Case {
  text: string;
  mnemonic: string;
  bytes: number[];
  regs: number[]; // eax ecx edx ebx (esp) ebp esi edi; esp is ignored
  flags: number;
  mem: [number, number]; // the two dwords at BUF
  /** The shift/rotate count, when the instruction has one (for the masks). */
  count?: number;
  size: number; // operand size in bits
}

// Flags Intel leaves undefined, per mnemonic (CF 1, PF 4, AF 0x10, ZF 0x40, SF 0x80, OF 0x800).
const ALL = 0x8d5;
export function undefinedFlags(c: Case): number {
  const m = c.mnemonic;
  if (["and", "or", "xor", "test"].includes(m)) return 0x10;
  if (m === "mul" || m === "imul") return 0x4 | 0x10 | 0x40 | 0x80;
  if (m === "div" || m === "idiv") return ALL;
  if (["bt", "bts", "btr", "btc"].includes(m)) return 0x800 | 0x80 | 0x10 | 0x4;
  if (m === "bsf" || m === "bsr") return 0x1 | 0x800 | 0x80 | 0x10 | 0x4;
  if (m === "aaa" || m === "aas") return 0x800 | 0x80 | 0x40 | 0x4;
  if (m === "daa" || m === "das") return 0x800;
  if (m === "aam" || m === "aad") return 0x800 | 0x10 | 0x1;
  if (["shl", "sal", "shr", "sar"].includes(m)) {
    const n = (c.count ?? 1) & 31;
    if (n === 0) return 0;
    let u = 0x10;
    if (n > 1) u |= 0x800;
    if (n >= c.size && c.size < 32) u |= 0x1; // CF undefined when the count reaches the size
    return u;
  }
  if (["rol", "ror", "rcl", "rcr"].includes(m)) return ((c.count ?? 1) & 31) === 1 ? 0 : 0x800;
  if (m === "shld" || m === "shrd") {
    const n = (c.count ?? 1) & 31;
    if (n === 0) return 0;
    if (n > c.size) return ALL; // the result is undefined too (see undefinedResult)
    return n === 1 ? 0x10 : 0x10 | 0x800;
  }
  return 0;
}

/** The whole record is undefined (a 16-bit shld/shrd by more than 16). */
export function undefinedResult(c: Case): boolean {
  return (c.mnemonic === "shld" || c.mnemonic === "shrd") && ((c.count ?? 0) & 31) > c.size;
}

const TESTED = new Set([
  "add", "or", "adc", "sbb", "and", "sub", "xor", "cmp", "test", "inc", "dec", "neg", "not", "mul",
  "imul", "div", "idiv", "rol", "ror", "rcl", "rcr", "shl", "sal", "shr", "sar", "shld", "shrd",
  "bt", "bts", "btr", "btc", "bsf", "bsr", "movzx", "movsx", "xchg", "xadd", "cmpxchg", "bswap",
  "lea", "mov", "cbw", "cwde", "cwd", "cdq", "daa", "das", "aaa", "aas", "aam", "aad", "lahf",
  "sahf", "clc", "stc", "cmc", "cld", "std", "nop",
]); // prettier-ignore

const STRINGS = /^(movs|cmps|stos|lods|scas)[bwd]$/;
const BRANCHES = /^(j(?!mp|cxz)[a-z]+|loop|loope|loopz|loopne|loopnz|jecxz)$/;

function isTested(f: Form): boolean {
  if (TESTED.has(f.mnemonic)) return true;
  if (STRINGS.test(f.mnemonic)) return true;
  if (BRANCHES.test(f.mnemonic) && f.osize !== 16) return true;
  return /^(set|cmov)/.test(f.mnemonic);
}

/**
 * A string instruction with no prefix, rep, repe or repne, a count of 0–4 in ECX, either
 * direction (DF), ESI and EDI inside the memory window so that every access stays in it.
 */
function stringCase(form: Form, r: Random): Case | null {
  const size = { b: 1, w: 2, d: 4 }[form.mnemonic.slice(-1) as "b" | "w" | "d"];
  const compares = /^(cmps|scas)/.test(form.mnemonic);
  const choices: ("rep" | "repe" | "repne")[][] = compares
    ? [[], ["repe"], ["repne"]]
    : [[], ["rep"]];
  const prefix = r.pick(choices);
  const down = r.next() % 2 === 1;
  const regs = R32.map(() => value(r));
  regs.splice(4, 0, 0);
  regs[1] = r.next() % 5; // ecx
  regs[6] = (down ? BUF + 12 : BUF - 16) + (r.next() % 4); // esi
  regs[7] = (down ? BUF + 8 : BUF - 12) + (r.next() % 4); // edi
  const mem: [number, number] = [value(r), r.next() % 2 === 0 ? value(r) : 0];
  const enc = encode(
    { mnemonic: form.mnemonic, operands: [], prefixes: prefix },
    { bits: 32, pc: 0 },
  );
  if (!enc.ok) return null;
  return {
    text: `${prefix.join(" ")} ${form.mnemonic}`.trim(),
    mnemonic: form.mnemonic,
    bytes: enc.bytes,
    regs,
    flags: r.pick(FLAG_INIT) | (down ? 0x400 : 0),
    mem,
    size: size * 8,
  };
}

/**
 * A conditional branch, loop or jecxz over `mov al, 0x55`: AL after it says whether it was
 * taken. The flags come from popfd (random arithmetic flags), ECX is small for the loops.
 */
function branchCase(form: Form, r: Random): Case | null {
  const regs = R32.map(() => value(r));
  regs.splice(4, 0, 0);
  if (/^(loop|jecxz)/.test(form.mnemonic)) regs[1] = r.pick([0, 1, 2, -1]);
  const op = form.opcode;
  const bytes = op[0] === 0x0f ? [0x0f, op[1], 2, 0, 0, 0] : [op[0], 2];
  const flags = 0x202 | ((r.next() | 0) & 0x8d5);
  return {
    text: `${form.mnemonic} +2 (over mov al, 0x55)`,
    mnemonic: form.mnemonic,
    bytes: [...bytes, 0xb0, 0x55],
    regs,
    flags,
    mem: [value(r), value(r)],
    size: 32,
  };
}

/** xorshift32: reproducible operand values. */
class Random {
  private s: number;
  constructor(seed: number) {
    this.s = seed | 0 || 1;
  }
  next(): number {
    let x = this.s;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.s = x;
    return x >>> 0;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.next() % xs.length];
  }
}

const EDGE = [
  0,
  1,
  -1,
  0x7fffffff,
  0x80000000 | 0,
  0x80,
  0x7f,
  0xff,
  0x100,
  0x7fff,
  0x8000,
  0xffff,
  0x10000,
  2,
  9,
  0x99,
];
const COUNTS = [0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 255];
const R8 = ["al", "cl", "dl", "bl", "ah", "ch", "dh", "bh"];
const R16 = ["ax", "cx", "dx", "bx", "bp", "si", "di"];
const R32 = ["eax", "ecx", "edx", "ebx", "ebp", "esi", "edi"];
const REG32_INDEX: Record<string, number> = {
  eax: 0,
  ecx: 1,
  edx: 2,
  ebx: 3,
  ebp: 5,
  esi: 6,
  edi: 7,
};

function value(r: Random): number {
  return r.next() % 3 === 0 ? r.next() | 0 : r.pick(EDGE);
}

function sizeOf(kind: OperandKind, osize: number): number {
  if (kind.endsWith("8") || kind === "al" || kind === "cl") return 8;
  if (kind.endsWith("16") || kind === "ax" || kind === "dx") return 16;
  if (kind.endsWith("32") || kind === "eax") return 32;
  return osize;
}

function regIndex(name: string): number {
  const k8 = R8.indexOf(name);
  if (k8 >= 0) return k8 & 3;
  const k16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"].indexOf(name);
  if (k16 >= 0) return k16;
  return REG32_INDEX[name];
}

/** One case of `form`, or null when the form cannot be instantiated here. */
function makeCase(form: Form, r: Random): Case | null {
  if (STRINGS.test(form.mnemonic)) return stringCase(form, r);
  if (BRANCHES.test(form.mnemonic)) return branchCase(form, r);
  const osize = form.osize ?? 32;
  const regs = R32.map(() => value(r));
  regs.splice(4, 0, 0);
  const mem: [number, number] = [value(r), value(r)];
  const operands: Operand[] = [];
  const texts: string[] = [];
  const used = new Set<string>();
  let count: number | undefined;
  let memUsed = false;
  const div = form.mnemonic === "div" || form.mnemonic === "idiv";
  const bitOp = ["bt", "bts", "btr", "btc"].includes(form.mnemonic);
  for (const kind of form.operands) {
    const size = sizeOf(kind, osize);
    switch (kind) {
      case "r8":
      case "r16":
      case "r32":
      case "r/m8":
      case "r/m16":
      case "r/m32": {
        const useMem = kind.startsWith("r/m") && r.next() % 3 === 0 && !memUsed;
        if (useMem) {
          memUsed = true;
          operands.push({ kind: "mem", disp: BUF, size: size as 8 | 16 | 32 });
          texts.push(`${size === 8 ? "byte" : size === 16 ? "word" : "dword"} [BUF]`);
          break;
        }
        const pool = size === 8 ? R8 : size === 16 ? R16 : R32;
        let choices = pool.filter((n) => !used.has(n));
        if (div) choices = choices.filter((n) => regIndex(n) !== 0 && regIndex(n) !== 2);
        if (choices.length === 0) return null;
        const name = r.pick(choices);
        used.add(name);
        operands.push({ kind: "reg", reg: name as never });
        texts.push(name);
        break;
      }
      case "m": {
        // lea: an address computation only
        const base = r.pick(["ebx", "esi", "ebp", "eax"]);
        const index = r.pick(["ecx", "edi", "edx"]);
        const scale = r.pick([1, 2, 4, 8]);
        const disp = r.pick([0, 0x10, -4, 0x12345678]);
        operands.push({ kind: "mem", disp, base: base as never, index: index as never, scale });
        texts.push(`[${base}+${index}*${scale}${disp < 0 ? "" : "+"}${disp}]`);
        break;
      }
      case "imm8":
      case "simm8":
      case "imm16":
      case "imm32": {
        let v: number;
        if (/^(rol|ror|rcl|rcr|shl|sal|shr|sar|shld|shrd)$/.test(form.mnemonic)) {
          v = r.pick(COUNTS) & 0xff;
          count = v;
        } else if (kind === "imm8") v = r.pick([0, 1, 0x7f, 0x80, 0xff, 10, 16, 3]);
        else if (kind === "simm8") v = r.pick([0, 1, -1, 0x7f, -0x80, 5]);
        else if (kind === "imm16") v = r.pick([0, 1, 0xffff, 0x8000, 0x1234]);
        else v = r.pick([0x12345678, -1, 0x80000000 | 0, 0x7fffffff, 0x1000, -0x1000]);
        if ((form.mnemonic === "aam" || form.mnemonic === "aad") && v === 0) v = 10;
        operands.push({ kind: "imm", value: v });
        texts.push(String(v));
        break;
      }
      case "1":
        operands.push({ kind: "imm", value: 1 });
        texts.push("1");
        count = 1;
        break;
      case "cl":
        operands.push({ kind: "reg", reg: "cl" as never });
        texts.push("cl");
        regs[1] = r.pick(COUNTS);
        count = regs[1];
        break;
      case "al":
      case "ax":
      case "eax":
        operands.push({ kind: "reg", reg: kind as never });
        texts.push(kind);
        break;
      default:
        return null; // moffs, sreg, control registers, far pointers …
    }
  }
  if (bitOp && memUsed && form.operands[1] !== "imm8") {
    // A register bit offset also selects the dword: keep it inside the window.
    const reg = (operands[1] as { reg: string }).reg;
    regs[regIndex(reg)] = (r.next() % 400) - 200;
  }
  if (div && !fixDivision(form, operands, regs, mem, osize)) return null;
  const ins: Instruction = { mnemonic: form.mnemonic, operands };
  const enc = encode(ins, { bits: 32, pc: 0 });
  if (!enc.ok) return null;
  const text = `${form.mnemonic} ${texts.join(", ")}`.trim();
  return {
    text,
    mnemonic: form.mnemonic,
    bytes: enc.bytes,
    regs,
    flags: r.pick(FLAG_INIT),
    mem,
    count,
    size: form.operands.length > 0 ? sizeOf(form.operands[0], osize) : osize,
  };
}

/** Chooses the dividend so that div/idiv cannot raise #DE (which would end the native run). */
function fixDivision(
  form: Form,
  ops: Operand[],
  regs: number[],
  mem: [number, number],
  osize: number,
): boolean {
  const op = ops[0];
  const size = op.kind === "mem" ? (op.size ?? osize) : sizeOf(form.operands[0], osize);
  const signed = form.mnemonic === "idiv";
  const get = (): number => {
    if (op.kind === "mem")
      return size === 8 ? mem[0] & 0xff : size === 16 ? mem[0] & 0xffff : mem[0];
    const name = (op as { reg: string }).reg;
    const k = regIndex(name);
    if (size === 8) return R8.indexOf(name) >= 4 ? (regs[k] >> 8) & 0xff : regs[k] & 0xff;
    return size === 16 ? regs[k] & 0xffff : regs[k];
  };
  let d = get();
  if (d === 0) {
    if (op.kind === "mem") mem[0] |= 3;
    else {
      const name = (op as { reg: string }).reg;
      regs[regIndex(name)] |= R8.indexOf(name) >= 4 ? 0x300 : 3;
    }
    d = get();
  }
  const bits = size;
  const sd = bits === 32 ? d : (d << (32 - bits)) >> (32 - bits);
  if (signed) {
    // dividend = sign extension of the low half; quotient of a 1-operand-sized value always fits
    // except MIN / -1.
    if (bits === 8) {
      let al = (regs[0] << 24) >> 24;
      if (al === -128 && sd === -1) al = 5;
      regs[0] = (regs[0] & ~0xffff) | (al & 0xffff);
    } else if (bits === 16) {
      let ax = (regs[0] << 16) >> 16;
      if (ax === -32768 && sd === -1) ax = 7;
      regs[0] = (regs[0] & ~0xffff) | (ax & 0xffff);
      regs[2] = (regs[2] & ~0xffff) | ((ax >> 16) & 0xffff);
    } else {
      if (regs[0] === (0x80000000 | 0) && sd === -1) regs[0] = 9;
      regs[2] = regs[0] >> 31;
    }
    return true;
  }
  const ud = d >>> 0;
  if (bits === 8) regs[0] = (regs[0] & ~0xff00) | (((regs[0] >>> 8) % ud) << 8);
  else if (bits === 16) regs[2] = (regs[2] & ~0xffff) | ((regs[2] & 0xffff) % ud);
  else regs[2] = ((regs[2] >>> 0) % ud) | 0;
  return true;
}

export function generate(perForm: number, seed = 12345): Case[] {
  const r = new Random(seed);
  const cases: Case[] = [];
  for (const form of FORMS) {
    if (!isTested(form)) continue;
    for (let k = 0; k < perForm; k++) {
      const c = makeCase(form, r);
      if (c !== null) cases.push(c);
    }
  }
  return cases;
}

// ---- the program ----

function enc(mnemonic: string, operands: Operand[]): number[] {
  const e = encode({ mnemonic, operands }, { bits: 32, pc: 0 });
  if (!e.ok) throw new Error(`harness: ${mnemonic}: ${e.error}`);
  return e.bytes;
}
const reg = (name: string): Operand => ({ kind: "reg", reg: name as never });
const imm = (value: number): Operand => ({ kind: "imm", value });
const abs = (disp: number): Operand => ({ kind: "mem", disp, size: 32 });

function caseCode(c: Case, k: number): number[] {
  const out: number[] = [];
  const rec = RECORDS + k * RECORD_WORDS * 4;
  // The window: copy the 64 initial bytes, then the two case dwords at BUF.
  out.push(...enc("cld", []));
  out.push(...enc("mov", [reg("esi"), imm(INIT)]), ...enc("mov", [reg("edi"), imm(WINDOW)]));
  out.push(...enc("mov", [reg("ecx"), imm(16)]), 0xf3, 0xa5);
  out.push(...enc("mov", [abs(BUF), imm(c.mem[0])]), ...enc("mov", [abs(BUF + 4), imm(c.mem[1])]));
  R32.forEach((name) => out.push(...enc("mov", [reg(name), imm(c.regs[regIndex(name)])])));
  out.push(...enc("push", [imm(c.flags)]), ...enc("popfd", []));
  out.push(...c.bytes);
  out.push(...enc("pushfd", []), ...enc("pop", [abs(rec + 32)]));
  ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"].forEach((name, j) =>
    out.push(...enc("mov", [abs(rec + j * 4), reg(name)])),
  );
  out.push(...enc("cld", []));
  out.push(...enc("mov", [reg("esi"), imm(WINDOW)]), ...enc("mov", [reg("edi"), imm(rec + 36)]));
  out.push(...enc("mov", [reg("ecx"), imm(16)]), 0xf3, 0xa5);
  return out;
}

/** The whole program as an ELF file. */
export function program(cases: Case[]): Uint8Array {
  const code: number[] = [];
  cases.forEach((c, k) => code.push(...caseCode(c, k)));
  const total = cases.length * RECORD_WORDS * 4;
  // write(1, RECORDS, total) in a loop until everything is out, then exit(0)
  code.push(...enc("mov", [reg("esi"), imm(RECORDS)]), ...enc("mov", [reg("edi"), imm(total)]));
  const loop = code.length;
  code.push(...enc("mov", [reg("eax"), imm(4)]), ...enc("mov", [reg("ebx"), imm(1)]));
  code.push(...enc("mov", [reg("ecx"), reg("esi")]), ...enc("mov", [reg("edx"), reg("edi")]));
  code.push(0xcd, 0x80);
  code.push(...enc("add", [reg("esi"), reg("eax")]), ...enc("sub", [reg("edi"), reg("eax")]));
  code.push(...enc("test", [reg("eax"), reg("eax")]));
  code.push(0x7e, 0x04); // jle done (an error: give up)
  code.push(...enc("test", [reg("edi"), reg("edi")]));
  const back = loop - (code.length + 2);
  code.push(0x75, back & 0xff); // jnz loop
  if (back < -128) {
    // the loop body is short; this cannot happen, but say so if it does
    throw new Error("harness: write loop too long");
  }
  code.push(
    ...enc("mov", [reg("eax"), imm(1)]),
    ...enc("xor", [reg("ebx"), reg("ebx")]),
    0xcd,
    0x80,
  );
  const init = new Uint8Array(64);
  for (let k = 0; k < 64; k++) init[k] = (k * 37 + 11) & 0xff;
  return elf(new Uint8Array(code), init, 0x1000 + total);
}

/** ELF32 with a code segment at CODE and a data segment at DATA (INIT bytes at DATA + 0x100). */
function elf(code: Uint8Array, init: Uint8Array, dataSize: number): Uint8Array {
  const headers = 52 + 2 * 32;
  const codeOff = headers;
  const dataOff = (codeOff + code.length + 0xfff) & ~0xfff;
  const dataFile = 0x100 + init.length;
  const out = new Uint8Array(dataOff + dataFile);
  const v = new DataView(out.buffer);
  out.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1], 0);
  v.setUint16(16, 2, true); // ET_EXEC
  v.setUint16(18, 3, true); // EM_386
  v.setUint32(20, 1, true);
  v.setUint32(24, CODE + codeOff, true); // entry
  v.setUint32(28, 52, true); // phoff
  v.setUint16(40, 52, true);
  v.setUint16(42, 32, true);
  v.setUint16(44, 2, true);
  const ph = (
    at: number,
    offset: number,
    vaddr: number,
    filesz: number,
    memsz: number,
    flags: number,
  ) => {
    v.setUint32(at, 1, true);
    v.setUint32(at + 4, offset, true);
    v.setUint32(at + 8, vaddr, true);
    v.setUint32(at + 12, vaddr, true);
    v.setUint32(at + 16, filesz, true);
    v.setUint32(at + 20, memsz, true);
    v.setUint32(at + 24, flags, true);
    v.setUint32(at + 28, 0x1000, true);
  };
  ph(52, 0, CODE, codeOff + code.length, codeOff + code.length, 5);
  ph(84, dataOff, DATA, dataFile, Math.max(dataSize, dataFile), 6);
  out.set(code, codeOff);
  out.set(init, dataOff + 0x100);
  return out;
}

const NAMES = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "eflags"];

/** Differences between the native and emulated records, as readable lines. */
export function compare(cases: Case[], native: Uint8Array, emulated: Uint8Array): string[] {
  const problems: string[] = [];
  const words = RECORD_WORDS;
  if (native.length !== cases.length * words * 4) {
    return [`native output has ${native.length} bytes, expected ${cases.length * words * 4}`];
  }
  if (emulated.length !== native.length)
    return [`emulated output has ${emulated.length} bytes, native ${native.length}`];
  const n = new DataView(native.buffer, native.byteOffset, native.byteLength);
  const e = new DataView(emulated.buffer, emulated.byteOffset, emulated.byteLength);
  cases.forEach((c, k) => {
    if (undefinedResult(c)) return;
    const diffs: string[] = [];
    for (let w = 0; w < words; w++) {
      let a = n.getUint32((k * words + w) * 4, true);
      let b = e.getUint32((k * words + w) * 4, true);
      if (w === 4) continue; // esp: the two stacks differ
      if (w === 8) {
        const mask = ~undefinedFlags(c) >>> 0;
        a = (a & mask) >>> 0;
        b = (b & mask) >>> 0;
      }
      if (a !== b) {
        const name =
          w < 9 ? NAMES[w] : `mem[BUF${w * 4 - 36 - 32 >= 0 ? "+" : ""}${w * 4 - 36 - 32}]`;
        diffs.push(`${name}: native 0x${a.toString(16)} logos 0x${b.toString(16)}`);
      }
    }
    if (diffs.length > 0) {
      const inputs = c.regs
        .map((x, j) => (j === 4 ? "" : `${NAMES[j]}=0x${(x >>> 0).toString(16)}`))
        .filter(Boolean);
      problems.push(
        `${c.text}  [${c.bytes.map((b) => b.toString(16).padStart(2, "0")).join(" ")}]\n` +
          `    in: ${inputs.join(" ")} eflags=0x${c.flags.toString(16)} mem=0x${(c.mem[0] >>> 0).toString(16)},0x${(c.mem[1] >>> 0).toString(16)}\n` +
          `    ${diffs.join("\n    ")}`,
      );
    }
  });
  return problems;
}
