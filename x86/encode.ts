// The x86 encoder: one instruction, given as structured operands, to machine-code bytes.
//
// The assembler (compiler/asm) and the code generator both call `encode`; it picks the form
// nasm picks and returns the bytes plus, for every field that refers to a symbol, a fixup from
// which the caller makes a relocation. Errors a user can cause are values, never exceptions.
//
// THE API
//
//   encode(ins: Instruction, opts: { bits: 16 | 32; pc?: number }): EncodeResult
//
//   Instruction = { mnemonic: "add", operands: Operand[], prefixes?: Prefix[] }
//   Operand =
//     { kind: "reg", reg: "eax" }                              any register: r8/r16/r32, es...gs,
//                                                              cr0...cr7, dr0...dr7, tr0...tr7
//     { kind: "imm", value: 5, symbol?: "foo", size?: 8|16|32, strict?: true,
//       distance?: "short" | "near" }                          an immediate, or a branch target
//     { kind: "mem", disp: 0, base?: "ebx", index?: "esi", scale?: 1|2|3|4|5|8|9,
//       symbol?: "foo", size?: 8|16|32, far?: true, seg?: "es", addrSize?: 16|32,
//       dispSize?: 8|16|32 }                                   [seg:base+index*scale+symbol+disp]
//     { kind: "far", selector: 8, offset: 0x1000, symbol?: "start", size?: 16|32 }
//                                                              jmp/call 0x08:start
//   Prefix = "rep" | "repe" | "repz" | "repne" | "repnz" | "lock" | "o16" | "o32" | "a16" | "a32"
//            | "es" | "cs" | "ss" | "ds" | "fs" | "gs"
//
//   EncodeResult = { ok: true, bytes: number[], fixups: Fixup[], warnings: string[], form: Form }
//                | { ok: false, error: string }
//   Fixup = { offset, operand, size: 1|2|4, pcRelative, symbol, addend }
//
// Conventions, all as nasm:
// - `size` on a memory operand is the `byte`/`word`/`dword` keyword; on an immediate it is the
//   keyword before it (`push word 5` sets the operand size; `add eax, byte 5` asks for the
//   sign-extended byte form). `strict` makes the keyword the size of the field itself.
// - Memory: `base` is the first register written without a scale, `index` the other one (or the
//   one written with `*scale`). The encoder then does what nasm does: `[eax*1]` becomes `[eax]`,
//   `[eax*2]` becomes `[eax+eax]` (and `*3 *5 *9` likewise), `[eax+esp]` swaps so esp is the
//   base. Displacements are the shortest that fit (none, disp8, disp32/disp16) unless `dispSize`
//   (`[byte ebx]`, `[dword ebx+1]`) says otherwise; a symbolic displacement is always full-size.
//   16-bit addressing (`[bx+si+4]`) is chosen by the registers; `addrSize` decides when there are
//   none (`[a32 0x1234]`); the 0x67 prefix follows.
// - Branch targets are `imm` operands: `value` is the absolute target address (relative to
//   `opts.pc`, the address of this instruction), or, with `symbol`, the addend to the symbol.
//   Jumps are near unless `distance: "short"` (the assembler relaxes by asking for short first);
//   `loop`/`jcxz` have only the short form. A short jump out of range is an error.
// - A fixup says: the `size` bytes at `offset` in `bytes` must become S + addend (absolute) or
//   S + addend - P (pcRelative), where S is the symbol's address and P the address of the field
//   itself, as ELF's R_386_32 and R_386_PC32 compute them. The bytes already hold the addend (the
//   REL convention, as nasm writes it): for `call foo` that is -4, the field's distance to the
//   end of the instruction subtracted.
// - Immediates too large for their field are warnings ("byte data exceeds bounds"), as in nasm.
//   Errors: "unknown instruction", "invalid combination of opcode and operands" (with the forms
//   that exist), "operation size not specified", "short jump is out of range", "invalid
//   effective address".
//
// Hot path: the code generator and the assembler encode every instruction through here. The
// index from mnemonic to forms is built once, at module load, and the shortlist of forms for a
// mnemonic with given registers is cached the first time it is seen; per instruction the work
// is one lookup, matching two or three forms, one effective address and a few bytes. The forms
// that fit and the bytes of each form tried go into scratch arrays kept between calls (`encode`
// is not re-entered): what an instruction allocates is its result.
import {
  FORMS,
  REGISTERS,
  SEGMENT_PREFIX,
  formText,
  type Form,
  type OperandKind,
  type Register,
  type SegReg,
  type Size,
} from "./isa.ts";

export interface RegOperand {
  kind: "reg";
  reg: Register;
}

export interface ImmOperand {
  kind: "imm";
  value: number;
  symbol?: string;
  size?: Size;
  strict?: boolean;
  distance?: "short" | "near";
}

export interface MemOperand {
  kind: "mem";
  disp: number;
  base?: Register;
  index?: Register;
  scale?: number;
  symbol?: string;
  size?: Size;
  far?: boolean;
  seg?: SegReg;
  addrSize?: 16 | 32;
  dispSize?: 8 | 16 | 32;
}

export interface FarOperand {
  kind: "far";
  selector: number;
  offset: number;
  symbol?: string;
  size?: 16 | 32;
}

export type Operand = RegOperand | ImmOperand | MemOperand | FarOperand;

export type Prefix =
  "rep" | "repe" | "repz" | "repne" | "repnz" | "lock" | "o16" | "o32" | "a16" | "a32" | SegReg;

export interface Instruction {
  mnemonic: string;
  operands: Operand[];
  prefixes?: Prefix[];
}

export interface EncodeOptions {
  bits: 16 | 32;
  /** Address of the instruction's first byte: branch targets given as numbers are relative to it. */
  pc?: number;
}

export interface Fixup {
  /** Offset of the field within the instruction's bytes. */
  offset: number;
  /** The operand (index in `operands`) whose value the field holds (`encode` always says). */
  operand?: number;
  size: 1 | 2 | 4;
  pcRelative: boolean;
  symbol: string;
  addend: number;
}

export type EncodeResult =
  | { ok: true; bytes: number[]; fixups: Fixup[]; warnings: string[]; form: Form }
  | { ok: false; error: string };

/** The forms of each mnemonic, in table order. Built once at load (hot path). */
const BY_MNEMONIC: ReadonlyMap<string, readonly Form[]> = (() => {
  const m = new Map<string, Form[]>();
  for (const f of FORMS) {
    let list = m.get(f.mnemonic);
    if (!list) m.set(f.mnemonic, (list = []));
    list.push(f);
  }
  return m;
})();

/** The same, split by number of operands. */
const BY_ARITY: ReadonlyMap<string, readonly Form[][]> = (() => {
  const m = new Map<string, Form[][]>();
  for (const [name, forms] of BY_MNEMONIC) {
    const byCount: Form[][] = [[], [], [], []];
    for (const f of forms) byCount[f.operands.length].push(f);
    m.set(name, byCount);
  }
  return m;
})();

/** Mnemonics with a near (rel16/rel32) form: their rel8 form is taken only when asked (`short`). */
const HAS_NEAR: ReadonlySet<string> = new Set(
  FORMS.filter((f) => f.operands[0] === "rel16" || f.operands[0] === "rel32").map(
    (f) => f.mnemonic,
  ),
);

/** Whether `name` is an instruction mnemonic the encoder knows. */
export function isMnemonic(name: string): boolean {
  return BY_MNEMONIC.has(name.toLowerCase());
}

/** The mnemonic as the table spells it (lower case, one string shared by all), if it is one. */
export function mnemonicOf(name: string): string | undefined {
  return BY_MNEMONIC.get(name.toLowerCase())?.[0].mnemonic;
}

/** The forms that exist for a mnemonic (for messages and for the table-driven tests). */
export function formsOf(mnemonic: string): readonly Form[] {
  return BY_MNEMONIC.get(mnemonic.toLowerCase()) ?? [];
}

/** Whether `name` is a register, and which. */
export function parseRegister(name: string): Register | undefined {
  const n = name.toLowerCase();
  return REGISTERS.has(n) ? (n as Register) : undefined;
}

/** The instruction prefixes, as written. */
export const PREFIXES: readonly Prefix[] = [
  "rep", "repe", "repz", "repne", "repnz", "lock", "o16", "o32", "a16", "a32",
  "es", "cs", "ss", "ds", "fs", "gs",
]; // prettier-ignore

const PREFIX_NAMES: ReadonlySet<string> = new Set<string>(PREFIXES);

/** Whether `name` is an instruction prefix (`rep`, `lock`, `o16`, a segment register ...). */
export function isPrefix(name: string): boolean {
  return PREFIX_NAMES.has(name.toLowerCase());
}

const KIND_SIZE: Partial<Record<OperandKind, Size>> = {
  r8: 8, r16: 16, r32: 32, "r/m8": 8, "r/m16": 16, "r/m32": 32, m8: 8, m16: 16, m32: 32,
  moffs8: 8, moffs16: 16, moffs32: 32, imm8: 8, imm16: 16, imm32: 32, rel8: 8, rel16: 16,
  rel32: 32, al: 8, ax: 16, eax: 32, cl: 8, dx: 16,
}; // prettier-ignore

function regClassSize(reg: Register): Size | undefined {
  const cls = REGISTERS.get(reg)?.cls;
  return cls === "r8" ? 8 : cls === "r16" ? 16 : cls === "r32" ? 32 : undefined;
}

/** Does operand `op` fit operand kind `k` of form `f`? Ranges of numbers are checked at emit time. */
function matches(k: OperandKind, op: Operand, f: Form): boolean {
  switch (k) {
    case "r8":
    case "r16":
    case "r32":
      return op.kind === "reg" && REGISTERS.get(op.reg)?.cls === k;
    case "sreg":
    case "cr":
    case "dr":
    case "tr":
      return op.kind === "reg" && REGISTERS.get(op.reg)?.cls === k;
    case "al":
    case "ax":
    case "eax":
    case "cl":
    case "dx":
    case "es":
    case "cs":
    case "ss":
    case "ds":
    case "fs":
    case "gs":
      return op.kind === "reg" && op.reg === k;
    case "r/m8":
    case "r/m16":
    case "r/m32":
      if (op.kind === "reg") return REGISTERS.get(op.reg)?.cls === "r" + k.slice(3);
      return op.kind === "mem" && !op.far && (op.size === undefined || op.size === KIND_SIZE[k]);
    case "m":
      return op.kind === "mem" && !op.far;
    case "m8":
    case "m16":
    case "m32":
      return op.kind === "mem" && !op.far && (op.size === undefined || op.size === KIND_SIZE[k]);
    case "mfar":
      // `lds eax,[ebx]` needs no `far`; `jmp [eax]` without it is a near jump.
      return (
        op.kind === "mem" && (op.far === true || (f.modrm.kind === "r" && op.size === undefined))
      );
    case "moffs8":
    case "moffs16":
    case "moffs32":
      return (
        op.kind === "mem" &&
        !op.far &&
        op.base === undefined &&
        op.index === undefined &&
        op.dispSize === undefined &&
        (op.size === undefined || op.size === KIND_SIZE[k])
      );
    case "imm8":
    case "imm16":
    case "imm32":
      return (
        op.kind === "imm" &&
        op.distance === undefined &&
        (op.size === undefined || op.size === KIND_SIZE[k])
      );
    case "simm8":
      if (op.kind !== "imm" || op.distance !== undefined) return false;
      if (op.size === 8) return true;
      if (op.symbol !== undefined || op.strict) return false;
      if (op.size !== undefined && op.size !== f.osize) return false;
      return fitsSigned8(op.value, f.osize ?? 32);
    case "1":
      return (
        op.kind === "imm" &&
        op.value === 1 &&
        op.symbol === undefined &&
        op.distance === undefined &&
        (op.size === undefined || op.size === 8)
      );
    case "rel8":
      return (
        op.kind === "imm" &&
        op.size === undefined &&
        op.distance !== "near" &&
        (op.distance === "short" || !hasNear(f))
      );
    case "rel16":
    case "rel32":
      // `jmp word label` sets the operand size, as nasm reads it.
      return (
        op.kind === "imm" &&
        (op.size === undefined || op.size === KIND_SIZE[k]) &&
        op.distance !== "short"
      );
    case "ptr16:16":
      return op.kind === "far" && (op.size === undefined || op.size === 16);
    case "ptr16:32":
      return op.kind === "far" && (op.size === undefined || op.size === 32);
  }
}

/** `loop`, `jcxz` and friends have only a short form: they take a target without `short`. */
function hasNear(f: Form): boolean {
  return HAS_NEAR.has(f.mnemonic);
}

/** Does `value`, taken modulo 2^bits, sign-extend from a byte? (`add eax,0xffffffff` does.) */
function fitsSigned8(value: number, bits: number): boolean {
  const s = signed(value, bits);
  return s >= -128 && s <= 127;
}

function signed(value: number, bits: number): number {
  if (bits === 32) return value | 0;
  const m = 2 ** bits;
  let v = ((value % m) + m) % m;
  if (v >= m / 2) v -= m;
  return v;
}

/**
 * The bytes of one form being tried: the first `length` of `bytes`, a buffer `encode` keeps
 * for the next instruction (hot path: no array per form tried; the result gets a copy).
 */
interface Emitted {
  readonly bytes: number[];
  length: number;
  fixups: Fixup[];
  warnings: string[];
}

/** The two buffers `encode` tries forms in: the best so far, and the next. */
const TRIED: readonly [Emitted, Emitted] = [emitted(), emitted()];

function emitted(): Emitted {
  // The longest instruction is 15 bytes.
  return { bytes: new Array<number>(16).fill(0), length: 0, fixups: [], warnings: [] };
}

function put(out: Emitted, byte: number): void {
  out.bytes[out.length++] = byte;
}

/** The ModRM byte, SIB byte and displacement of a memory operand. */
interface EffectiveAddress {
  mod: number;
  rm: number;
  sib?: number;
  dispSize: 0 | 1 | 2 | 4;
  disp: number;
  symbol?: string;
  asize: 16 | 32;
}

const REG16_EA: Record<string, number> = {
  "bx+si": 0, "bx+di": 1, "bp+si": 2, "bp+di": 3, si: 4, di: 5, bp: 6, bx: 7,
}; // prettier-ignore

function effectiveAddress(
  m: MemOperand,
  bits: 16 | 32,
  prefixAsize?: 16 | 32,
): EffectiveAddress | string {
  let base = m.base;
  let index = m.index;
  let scale = m.scale ?? 1;
  const bs = base === undefined ? undefined : regClassSize(base);
  const is = index === undefined ? undefined : regClassSize(index);
  if (
    (base !== undefined && bs !== 16 && bs !== 32) ||
    (index !== undefined && is !== 16 && is !== 32) ||
    (bs !== undefined && is !== undefined && bs !== is) ||
    (m.seg !== undefined && !(m.seg in SEGMENT_PREFIX))
  ) {
    return "invalid effective address";
  }
  const asize: 16 | 32 = (bs ?? is ?? m.addrSize ?? prefixAsize ?? bits) as 16 | 32;
  const disp = m.disp;
  if (asize === 16) {
    if (scale !== 1) return "invalid effective address";
    const regs = [base, index].filter((r) => r !== undefined).sort();
    // `sort` puts bp/bx before si/di, which is the order of the key.
    const key = regs.join("+");
    if (regs.length === 0) {
      return { mod: 0, rm: 6, dispSize: 2, disp, symbol: m.symbol, asize };
    }
    const rm = REG16_EA[key];
    if (rm === undefined) return "invalid effective address";
    const size = dispChoice(disp, m, rm === 6, 16);
    return { mod: modOf(size), rm, dispSize: size, disp, symbol: m.symbol, asize };
  }
  // 32-bit addressing: nasm's rewrites first.
  if (index !== undefined && base === undefined) {
    if (scale === 1) {
      base = index;
      index = undefined;
    } else if (scale === 2 || scale === 3 || scale === 5 || scale === 9) {
      base = index;
      scale -= 1;
    }
  }
  if (scale === 3 || scale === 5 || scale === 9) return "invalid effective address";
  if (scale !== 1 && scale !== 2 && scale !== 4 && scale !== 8) return "invalid effective address";
  if (index === "esp") {
    if (scale !== 1 || base === "esp") return "invalid effective address";
    index = base;
    base = "esp";
  }
  if (base === undefined && index === undefined) {
    return { mod: 0, rm: 5, dispSize: 4, disp, symbol: m.symbol, asize };
  }
  const ss = scale === 1 ? 0 : scale === 2 ? 1 : scale === 4 ? 2 : 3;
  if (base === undefined) {
    // Index without base: SIB with base 101 and mod 00 means disp32, no base.
    const sib = (ss << 6) | (REGISTERS.get(index!)!.num << 3) | 5;
    return { mod: 0, rm: 4, sib, dispSize: 4, disp, symbol: m.symbol, asize };
  }
  const b = REGISTERS.get(base)!.num;
  const size = dispChoice(disp, m, b === 5, 32);
  if (index === undefined && b !== 4) {
    return { mod: modOf(size), rm: b, dispSize: size, disp, symbol: m.symbol, asize };
  }
  const x = index === undefined ? 4 : REGISTERS.get(index)!.num;
  return {
    mod: modOf(size),
    rm: 4,
    sib: (ss << 6) | (x << 3) | b,
    dispSize: size,
    disp,
    symbol: m.symbol,
    asize,
  };
}

/** The displacement's size for a based address: none, disp8, or the full size. */
function dispChoice(disp: number, m: MemOperand, bpBase: boolean, asize: 16 | 32): 0 | 1 | 2 | 4 {
  const full = asize === 16 ? 2 : 4;
  if (m.dispSize === 8) return 1;
  if (m.dispSize !== undefined) return full;
  if (m.symbol !== undefined) return full;
  const s = signed(disp, asize);
  if (s === 0 && !bpBase) return 0;
  if (s >= -128 && s <= 127) return 1;
  return full;
}

/** The ModRM mod of a based address with a displacement of that size. */
function modOf(dispSize: 0 | 1 | 2 | 4): number {
  return dispSize === 0 ? 0 : dispSize === 1 ? 1 : 2;
}

function putLE(out: Emitted, value: number, size: number): void {
  for (let i = 0; i < size; i++) put(out, (value >>> (8 * i)) & 0xff);
}

/** nasm's bounds for a field of n bits: -2^n to 2^n - 1 (any value that is n bits, either sign). */
const BOUNDS: Record<number, [number, number, string]> = {
  1: [-256, 255, "byte"],
  2: [-65536, 65535, "word"],
  4: [-4294967296, 4294967295, "dword"],
};

/** The shared empty array an `Emitted` starts with (never added to: see `warn`, `addFixup`). */
const NONE_YET: never[] = Object.freeze([]) as never[];

function warn(out: Emitted, message: string): void {
  if (out.warnings === NONE_YET) out.warnings = [];
  out.warnings.push(message);
}

function addFixup(out: Emitted, f: Fixup): void {
  if (out.fixups === NONE_YET) out.fixups = [];
  out.fixups.push(f);
}

/** Appends an immediate or displacement field, recording a fixup or a range warning. */
function field(
  out: Emitted,
  operand: number,
  value: number,
  size: 1 | 2 | 4,
  symbol: string | undefined,
  pcRelative: boolean,
): void {
  if (symbol !== undefined)
    addFixup(out, { offset: out.length, operand, size, pcRelative, symbol, addend: value });
  else if (!pcRelative) {
    const bounds = BOUNDS[size];
    if (value < bounds[0] || value > bounds[1]) warn(out, `${bounds[2]} data exceeds bounds`);
  }
  putLE(out, value, size);
}

/** What every form of one instruction shares: decided once per `encode`, not once per form. */
interface Shared {
  bits: 16 | 32;
  pc: number;
  ea: EffectiveAddress | undefined;
  /** The lock/rep and segment-override bytes, in nasm's order. */
  prefixBytes: readonly number[];
  /** `o16`/`o32` and `a16`/`a32` as written. */
  explicitO: 16 | 32 | undefined;
  explicitA: 16 | 32 | undefined;
}

/** Encodes `ins` with form `f` into `out`, or says why it cannot. */
function emit(f: Form, ins: Instruction, sh: Shared, out: Emitted): string | undefined {
  const bits = sh.bits;
  const ops = ins.operands;
  const ea = sh.ea;
  out.length = 0;
  // Most forms tried have no fixup and no warning: those arrays are made when first needed.
  out.fixups = NONE_YET;
  out.warnings = NONE_YET;
  // The effective address's size decides the 0x67 prefix.
  const asize: 16 | 32 = ea !== undefined ? ea.asize : (f.asize ?? sh.explicitA ?? bits);

  // Prefixes, in nasm's order: lock/rep, segment, operand size, address size.
  const prefixBytes = sh.prefixBytes;
  for (let i = 0; i < prefixBytes.length; i++) put(out, prefixBytes[i]);
  const osize = f.osize ?? sh.explicitO;
  if (osize !== undefined && osize !== bits) put(out, 0x66);
  if (asize !== bits) put(out, 0x67);

  // Opcode, with the register added for `+r` forms.
  const opcode = f.opcode;
  for (let i = 0; i < opcode.length - 1; i++) put(out, opcode[i]);
  let last = opcode[opcode.length - 1];
  if (f.modrm.kind === "plusr") last += REGISTERS.get((ops[f.reg] as RegOperand).reg)!.num;
  put(out, last);

  // ModRM, SIB, displacement.
  if (f.modrm.kind === "r" || f.modrm.kind === "digit") {
    const regField =
      f.modrm.kind === "digit" ? f.modrm.digit : REGISTERS.get((ops[f.reg] as RegOperand).reg)!.num;
    const rmIndex = f.rm;
    const rmOp = ops[rmIndex];
    if (rmOp.kind === "reg") {
      put(out, 0xc0 | (regField << 3) | REGISTERS.get(rmOp.reg)!.num);
    } else if (ea !== undefined) {
      put(out, (ea.mod << 6) | (regField << 3) | ea.rm);
      if (ea.sib !== undefined) put(out, ea.sib);
      if (ea.dispSize === 1 && ea.symbol === undefined) {
        // disp8 is sign-extended: what matters is the value at the address size (`[ebx-4]`
        // given as 0xfffffffc fits). `[byte ebx+300]` keeps the low byte, with nasm's warning.
        const v = signed(ea.disp, ea.asize);
        if (ea.disp < -256 || ea.disp > 255) warn(out, "byte data exceeds bounds");
        putLE(out, v, 1);
      } else if (ea.dispSize !== 0) field(out, rmIndex, ea.disp, ea.dispSize, ea.symbol, false);
    }
  }

  // Immediates, moffs, far pointers and branch displacements, in operand order.
  for (let i = 0; i < ops.length; i++) {
    const k = f.operands[i];
    const op = ops[i];
    if (op.kind === "imm") {
      if (k === "1") continue;
      if (k === "imm8" || k === "simm8") {
        if (k === "simm8" && op.symbol === undefined) {
          const s = signed(op.value, f.osize ?? 32);
          if (op.size === 8 && (op.value < -128 || op.value > 127) && (s < -128 || s > 127)) {
            warn(out, "signed byte value exceeds bounds");
          }
          field(out, i, s & 0xff, 1, undefined, false);
        } else field(out, i, op.value, 1, op.symbol, false);
      } else if (k === "imm16") field(out, i, op.value, 2, op.symbol, false);
      else if (k === "imm32") field(out, i, op.value, 4, op.symbol, false);
      else if (k === "rel8" || k === "rel16" || k === "rel32") {
        const size = k === "rel8" ? 1 : k === "rel16" ? 2 : 4;
        if (op.symbol !== undefined) {
          field(out, i, op.value - size, size, op.symbol, true);
        } else {
          const end = sh.pc + out.length + size;
          const rel = op.value - end;
          if (size === 1 && (rel < -128 || rel > 127)) return "short jump is out of range";
          putLE(out, rel, size);
        }
      }
    } else if (op.kind === "mem" && k.startsWith("moffs")) {
      field(out, i, op.disp, asize === 16 ? 2 : 4, op.symbol, false);
    } else if (op.kind === "far") {
      field(out, i, op.offset, k === "ptr16:16" ? 2 : 4, op.symbol, false);
      field(out, i, op.selector, 2, undefined, false);
    }
  }
  return undefined;
}

/** The size an unsized memory operand takes in a form: a number, or "any" for `m`/`mfar`. */
function unsizedMemKind(f: Form, ops: Operand[]): Size | "any" | undefined {
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op.kind === "mem" && op.size === undefined) {
      const k = f.operands[i];
      return KIND_SIZE[k] ?? "any";
    }
  }
  return undefined;
}

function hasUnsizedMemory(ops: Operand[]): boolean {
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op.kind === "mem" && op.size === undefined) return true;
  }
  return false;
}

/** Does any operand give the instruction an operand size? (`push 5` has none; `push eax` has.) */
function hasSizedOperand(ops: Operand[]): boolean {
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op.kind === "reg" && regClassSize(op.reg) !== undefined) return true;
    if (op.kind === "mem" && op.size !== undefined) return true;
    if (op.kind === "imm" && op.size !== undefined && op.size !== 8) return true;
    if (op.kind === "far" && op.size !== undefined) return true;
  }
  return false;
}

const NO_PREFIXES: Prefix[] = [];
const NO_PREFIX_BYTES: number[] = [];

// Hot path: the loops here index their arrays rather than use `for...of`, whose iterator is slow
// until the optimising compiler has seen the code (a large part of a run).

/**
 * The forms of a mnemonic that can take operands of these kinds and registers, cached per
 * mnemonic under a number that spells the operands (each register's id, or one code each for
 * memory, immediate and far pointer). Hot path: the full match then runs over two or three
 * forms, not thirty. The shortlist only prunes; `matches` still decides.
 */
const SHORTLISTS = new Map<string, Map<number, readonly Form[]>>();

function shortlist(mnemonic: string, ops: Operand[]): readonly Form[] {
  let key = 0;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    const code =
      op.kind === "reg"
        ? (REGISTERS.get(op.reg)?.id ?? 63)
        : op.kind === "mem"
          ? 60
          : op.kind === "imm"
            ? 61
            : 62;
    key = key * 64 + code;
  }
  let lists = SHORTLISTS.get(mnemonic);
  if (lists === undefined) SHORTLISTS.set(mnemonic, (lists = new Map()));
  let list = lists.get(key);
  if (list === undefined) {
    const sameArity = BY_ARITY.get(mnemonic)![ops.length] ?? [];
    list = sameArity.filter((f) => f.operands.every((k, i) => couldMatch(k, ops[i], f)));
    lists.set(key, list);
  }
  return list;
}

/** Could an operand of this kind (and register, if it is one) ever fit `k`? */
function couldMatch(k: OperandKind, op: Operand, f: Form): boolean {
  switch (op.kind) {
    case "reg":
      return matches(k, op, f);
    case "mem":
      return k.startsWith("r/m") || k.startsWith("m");
    case "imm":
      return k.startsWith("imm") || k === "simm8" || k === "1" || k.startsWith("rel");
    case "far":
      return k.startsWith("ptr");
  }
}

/** `encode`'s scratch: the forms that fit the instruction, and what they share. */
const CANDIDATES: Form[] = [];
const SHARED: Shared = {
  bits: 32,
  pc: 0,
  ea: undefined,
  prefixBytes: [],
  explicitO: undefined,
  explicitA: undefined,
};

/** Keeps (in place, in order) the first `count` forms of `cands` of the default operand size. */
function keepDefaultSize(cands: Form[], count: number, bits: 16 | 32): number {
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const f = cands[i];
    if (f.osize === undefined || f.osize === bits) cands[kept++] = f;
  }
  return kept;
}

/** Encodes one instruction the way nasm does: of all the forms that fit, the shortest. */
export function encode(ins: Instruction, opts: EncodeOptions): EncodeResult {
  let mnemonic = ins.mnemonic;
  let forms = BY_MNEMONIC.get(mnemonic);
  if (forms === undefined) {
    mnemonic = mnemonic.toLowerCase();
    forms = BY_MNEMONIC.get(mnemonic);
    if (forms === undefined) return { ok: false, error: `unknown instruction '${ins.mnemonic}'` };
  }
  const ops = ins.operands;
  const prefixes = ins.prefixes ?? NO_PREFIXES;
  let wantO: 16 | 32 | undefined;
  let explicitA: 16 | 32 | undefined;
  let prefixBytes: number[] = NO_PREFIX_BYTES;
  if (prefixes.length > 0) {
    for (const p of prefixes) {
      if (!PREFIX_NAMES.has(p)) return { ok: false, error: `unknown prefix '${String(p)}'` };
    }
    wantO = prefixes.includes("o16") ? 16 : prefixes.includes("o32") ? 32 : undefined;
    explicitA = prefixes.includes("a16") ? 16 : prefixes.includes("a32") ? 32 : undefined;
    prefixBytes = [];
    for (const p of prefixes) {
      if (p === "lock") prefixBytes.push(0xf0);
      else if (p === "rep" || p === "repe" || p === "repz") prefixBytes.push(0xf3);
      else if (p === "repne" || p === "repnz") prefixBytes.push(0xf2);
    }
    for (const p of prefixes)
      if (p in SEGMENT_PREFIX) prefixBytes.push(SEGMENT_PREFIX[p as SegReg]);
  }

  // The forms that fit: the first `count` of the scratch array `cands` (hot path: no array
  // per instruction; the filters below keep the forms they keep in order, in place).
  const cands = CANDIDATES;
  let count = 0;
  const list = shortlist(mnemonic, ops);
  for (let k = 0; k < list.length; k++) {
    const f = list[k];
    if (wantO !== undefined && f.osize !== undefined && f.osize !== wantO) continue;
    // Registers were matched when the shortlist was made (its key names them).
    let ok = true;
    for (let i = 0; i < ops.length && ok; i++) {
      if (ops[i].kind !== "reg") ok = matches(f.operands[i], ops[i], f);
    }
    if (ok) cands[count++] = f;
  }
  if (count === 0) return { ok: false, error: invalidCombination(ins, forms) };

  // An unsized memory operand: the forms must agree on its size, or take memory of any size.
  if (hasUnsizedMemory(ops)) {
    let any = false;
    let agree = true;
    const first = unsizedMemKind(cands[0], ops);
    for (let i = 0; i < count; i++) {
      const k = unsizedMemKind(cands[i], ops);
      if (k === "any") any = true;
      else if (k !== first) agree = false;
    }
    if (any) {
      let kept = 0;
      for (let i = 0; i < count; i++)
        if (unsizedMemKind(cands[i], ops) === "any") cands[kept++] = cands[i];
      count = kept;
    } else if (!agree) {
      const m = ins.mnemonic.toLowerCase();
      if (m !== "jmp" && m !== "call") return { ok: false, error: "operation size not specified" };
      count = keepDefaultSize(cands, count, opts.bits);
    }
  }
  // Nothing sized (`push 5`, `jmp label`): the operand size is the one of the current `bits`
  // (when some form has it).
  if (wantO === undefined && !hasSizedOperand(ops)) {
    let some = false;
    for (let i = 0; i < count && !some; i++)
      some = cands[i].osize === undefined || cands[i].osize === opts.bits;
    if (some) count = keepDefaultSize(cands, count, opts.bits);
  }

  // The memory operand's ModRM, SIB and displacement do not depend on the form: made once.
  let ea: EffectiveAddress | undefined;
  let seg: SegReg | undefined;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op.kind !== "mem") continue;
    const r = effectiveAddress(op, opts.bits, explicitA);
    if (typeof r === "string") return { ok: false, error: r };
    ea = r;
    seg = op.seg;
  }
  if (seg !== undefined) {
    prefixBytes = prefixBytes === NO_PREFIX_BYTES ? [] : prefixBytes;
    prefixBytes.push(SEGMENT_PREFIX[seg]);
  }
  const shared = SHARED;
  shared.bits = opts.bits;
  shared.pc = opts.pc ?? 0;
  shared.ea = ea;
  shared.prefixBytes = prefixBytes;
  shared.explicitO = wantO;
  shared.explicitA = explicitA;

  // Each form into one of the two buffers: the best so far stays, the next goes in the other.
  let best: Emitted | undefined;
  let bestForm: Form | undefined;
  let firstError: string | undefined;
  for (let k = 0; k < count; k++) {
    const f = cands[k];
    const out = best === TRIED[0] ? TRIED[1] : TRIED[0];
    const error = emit(f, ins, shared, out);
    if (error !== undefined) {
      firstError ??= error;
      continue;
    }
    if (best === undefined || out.length < best.length) {
      best = out;
      bestForm = f;
    }
  }
  if (best === undefined) return { ok: false, error: firstError! };
  return {
    ok: true,
    bytes: best.bytes.slice(0, best.length),
    fixups: best.fixups,
    warnings: best.warnings,
    form: bestForm!,
  };
}

function operandText(op: Operand): string {
  switch (op.kind) {
    case "reg":
      return op.reg;
    case "imm":
      return op.symbol ?? String(op.value);
    case "mem":
      return `${op.size ? (op.size === 8 ? "byte " : op.size === 16 ? "word " : "dword ") : ""}[\u2026]`;
    case "far":
      return `${op.selector}:${op.symbol ?? op.offset}`;
  }
}

function invalidCombination(ins: Instruction, forms: readonly Form[]): string {
  const seen = new Set<string>();
  for (const f of forms) seen.add(formText(f));
  return (
    `invalid combination of opcode and operands: '${ins.mnemonic} ${ins.operands.map(operandText).join(",")}'` +
    `; the forms are: ${[...seen].join("; ")}`
  );
}
