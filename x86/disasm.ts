// The x86 disassembler: machine-code bytes to instructions, and instructions to Intel-syntax text
// as `objdump -d -M intel` prints it.
//
// Decoding uses the same table as the encoder (isa.ts). At module load every form is filed under
// its first opcode byte (in the one-byte map, or the 0F map for two-byte opcodes; a `+r` form
// under all eight bytes). To decode, the prefixes are read, the opcode byte picks a short list of
// forms, and the first form in table order whose operand size, ModRM reg digit and register or
// memory operands fit is the answer -- so the table's order is also the choice of spelling
// (`je` before `jz`, `shl` before `sal`). Bytes that match no form decode as objdump's `(bad)`.
//
// Hot path: the emulator's trace and `logosc objdump` call `decode` for every instruction. The
// maps are built once; decoding allocates one small object per instruction and no strings;
// `formatIntel` makes the text only when someone prints it.
import { FORMS, REG16, REG32, REG8, SREG, type Form, type OperandKind } from "./isa.ts";

export type DecodedOperand =
  | { kind: "reg"; name: string }
  | { kind: "imm"; value: number }
  /** The constant 1 of `shl eax,1`, which objdump prints in decimal. */
  | { kind: "one" }
  | { kind: "rel"; target: number }
  | { kind: "far"; selector: number; offset: number }
  | { kind: "mem"; mem: DecodedMemory };

export interface DecodedMemory {
  /** `BYTE`, `WORD`, `DWORD`, `FWORD`, `QWORD`, or "" when objdump prints no size (`lea`). */
  ptr: string;
  /** The segment printed before the address: an override prefix, or the string default. */
  seg?: string;
  base?: string;
  index?: string;
  scale: number;
  disp: number;
  /** Bytes of displacement encoded: 0, 1, 2 or 4 (printed even when 0: `[ebp+0x0]`). */
  dispSize: 0 | 1 | 2 | 4;
  asize: 16 | 32;
}

export interface Decoded {
  address: number;
  /** Bytes consumed, prefixes included. */
  length: number;
  /** The table form, or undefined for bytes that are no instruction (`(bad)`). */
  form?: Form;
  /** The mnemonic as objdump spells it (`movs`, `sete`, `lgdtd`), prefixes apart. */
  mnemonic: string;
  /** Prefixes printed before the mnemonic: `lock`, `rep`, `repz`, `repnz`, or an unused segment. */
  prefixes: string[];
  operands: DecodedOperand[];
  /** For relative branches: the target address (for symbol names in listings). */
  target?: number;
}

export interface DecodeOptions {
  bits: 16 | 32;
}

/** The opcode bytes after a mandatory prefix (`F3 0F 1E FB` -> `0F 1E FB`). */
function opcodeOf(f: Form): number[] {
  return f.mandatory !== undefined ? f.opcode.slice(1) : f.opcode;
}

/** What the decoder needs to know about a form, precomputed so the hot loop only compares numbers. */
interface DecodeInfo {
  form: Form;
  /** Opcode bytes after the key byte (`D4 0A`: the 0A). */
  extra: number[];
  modrm: boolean;
  /** The r/m operand must be memory (`lea`, `lgdt`), or must be a register (`mov eax,cr0`). */
  memOnly: boolean;
  regOnly: boolean;
  /** The reg field names a segment register: 6 and 7 are no instruction. */
  sreg: boolean;
  /** The printed operands show the operand size although the form has none (`mfar`, `mov ds,eax`). */
  opsizeShown: boolean;
  /** `push es`...: with 0x66 objdump writes `pushw es`. */
  sregPushPop: boolean;
}

// The opcode maps: per key byte (one-byte map, or the byte after 0F) and per ModRM reg field,
// the forms that can match, in table order. A `/digit` form is filed under its digit only; other
// forms under all eight. Built once, at load: decoding is a lookup and a short scan.
const ONE_BYTE: DecodeInfo[][][] = Array.from({ length: 256 }, () =>
  Array.from({ length: 8 }, () => []),
);
const TWO_BYTE: DecodeInfo[][][] = Array.from({ length: 256 }, () =>
  Array.from({ length: 8 }, () => []),
);
const INFO: DecodeInfo[] = FORMS.map((f) => {
  const rmKind = f.rm >= 0 ? f.operands[f.rm] : undefined;
  return {
    form: f,
    extra: opcodeOf(f).slice(opcodeOf(f)[0] === 0x0f ? 2 : 1),
    modrm: f.modrm.kind === "r" || f.modrm.kind === "digit",
    memOnly: rmKind !== undefined && (rmKind === "m" || /^m\d|^mfar/.test(rmKind)),
    regOnly: rmKind === "r8" || rmKind === "r16" || rmKind === "r32",
    sreg: f.reg >= 0 && f.operands[f.reg] === "sreg",
    opsizeShown:
      f.operands.includes("mfar") ||
      (f.operands.includes("sreg") && f.operands.includes("r32")) ||
      /^[ls][gi]dt$/.test(f.mnemonic),
    sregPushPop:
      (f.mnemonic === "push" || f.mnemonic === "pop") && /^[c-gs]s$/.test(f.operands[0] ?? ""),
  };
});
for (const info of INFO) {
  const f = info.form;
  if (f.encodeOnly) continue;
  const opcode = opcodeOf(f);
  const twoByte = opcode[0] === 0x0f;
  const map = twoByte ? TWO_BYTE : ONE_BYTE;
  const key = twoByte ? opcode[1] : opcode[0];
  // `+r` forms have their register in the last opcode byte, which is the key byte here.
  const n = f.modrm.kind === "plusr" ? 8 : 1;
  for (let i = 0; i < n; i++) {
    for (let digit = 0; digit < 8; digit++) {
      if (f.modrm.kind === "digit" && f.modrm.digit !== digit) continue;
      // A form with a mandatory prefix goes first: with F3, `F3 90` is `pause`, not `repz nop`.
      if (f.mandatory !== undefined) map[key + i][digit].unshift(info);
      else map[key + i][digit].push(info);
    }
  }
}

const STRING_OPS: Record<string, string> = {
  movsb: "movs", movsw: "movs", movsd: "movs", cmpsb: "cmps", cmpsw: "cmps", cmpsd: "cmps",
  stosb: "stos", stosw: "stos", stosd: "stos", lodsb: "lods", lodsw: "lods", lodsd: "lods",
  scasb: "scas", scasw: "scas", scasd: "scas", insb: "ins", insw: "ins", insd: "ins",
  outsb: "outs", outsw: "outs", outsd: "outs", xlatb: "xlat",
}; // prettier-ignore

/** Segment-override prefix bytes, as a 256-entry array for the prefix loop. */
const SEG_PREFIX: (string | undefined)[] = new Array(256).fill(undefined);
SEG_PREFIX[0x26] = "es";
SEG_PREFIX[0x2e] = "cs";
SEG_PREFIX[0x36] = "ss";
SEG_PREFIX[0x3e] = "ds";
SEG_PREFIX[0x64] = "fs";
SEG_PREFIX[0x65] = "gs";

function gpr(size: number, n: number): string {
  return size === 8 ? REG8[n] : size === 16 ? REG16[n] : REG32[n];
}

const KIND_BITS: Partial<Record<OperandKind, number>> = {
  r8: 8, r16: 16, r32: 32, "r/m8": 8, "r/m16": 16, "r/m32": 32, m8: 8, m16: 16, m32: 32,
}; // prettier-ignore

function kindSize(k: OperandKind): number {
  return KIND_BITS[k] ?? 0;
}

/**
 * Decodes the instruction at `offset` in `code`, which sits at `address`. Never throws: bytes
 * that are no instruction (or run past the end) come back as `(bad)`, one byte long.
 */
export function decode(
  code: Uint8Array,
  offset: number,
  address: number,
  opts: DecodeOptions,
): Decoded {
  const bits = opts.bits;
  let p = offset;
  let opsize: 16 | 32 = bits;
  let adsize: 16 | 32 = bits;
  let has66 = false;
  let seg: string | undefined;
  let rep: number | undefined;
  for (; p < code.length && p - offset < 14; p++) {
    const b = code[p];
    if (b === 0x66) {
      has66 = true;
      opsize = bits === 32 ? 16 : 32;
    } else if (b === 0x67) adsize = bits === 32 ? 16 : 32;
    else if (b === 0xf0) continue;
    else if (b === 0xf2 || b === 0xf3) rep = b;
    else if (SEG_PREFIX[b] !== undefined) seg = SEG_PREFIX[b];
    else break;
  }
  const bad = (): Decoded => ({
    address,
    length: 1,
    mnemonic: "(bad)",
    prefixes: [],
    operands: [],
  });
  if (p >= code.length) return bad();
  let op = code[p++];
  let map = ONE_BYTE;
  if (op === 0x0f) {
    if (p >= code.length) return bad();
    op = code[p++];
    map = TWO_BYTE;
  }
  const modrm = p < code.length ? code[p] : -1;
  const mod = modrm >> 6;
  const regField = (modrm >> 3) & 7;
  const cands = map[op][regField];

  let info: DecodeInfo | undefined;
  // With a 0x66 prefix, a form that asks for that operand size wins over one that does not care
  // (`66 60` is `pushaw`, not `pusha`); without one, table order decides (`60` is `pusha`).
  for (let pass = has66 ? 0 : 1; pass < 2 && info === undefined; pass++) {
    for (let c = 0; c < cands.length; c++) {
      const x = cands[c];
      const f = x.form;
      if (f.osize !== undefined ? f.osize !== opsize : pass === 0 && f.mandatory === undefined)
        continue;
      if (f.mandatory !== undefined && f.mandatory !== rep) continue;
      if (f.asize !== undefined && f.asize !== adsize) continue;
      const extra = x.extra;
      let ok = true;
      for (let i = 0; i < extra.length && ok; i++) ok = code[p + i] === extra[i];
      if (!ok) continue;
      if (x.modrm) {
        if (modrm < 0) continue;
        if (x.memOnly && mod === 3) continue;
        if (x.regOnly && mod !== 3) continue;
        if (x.sreg && regField > 5) continue;
      }
      info = x;
      break;
    }
  }
  if (info === undefined) return bad();
  const form = info.form;
  p += info.extra.length;

  const operands: DecodedOperand[] = new Array(form.operands.length);
  let segUsed = false;
  // ModRM, SIB and displacement.
  let memory: DecodedMemory | undefined;
  let rmReg = -1;
  if (info.modrm) {
    p++;
    if (mod === 3) rmReg = modrm & 7;
    else {
      const m = decodeMemory(code, p, mod, modrm & 7, adsize, seg);
      if (m === undefined) return bad();
      memory = m.mem;
      p = m.next;
      segUsed = seg !== undefined;
    }
  }
  const osz = form.osize ?? opsize;
  const read = (size: number): number => {
    let v = 0;
    for (let i = 0; i < size; i++) v |= code[p + i] << (8 * i);
    p += size;
    return size === 4 ? v >>> 0 : v;
  };
  let target: number | undefined;
  for (let i = 0; i < form.operands.length; i++) {
    const k = form.operands[i];
    let o: DecodedOperand;
    switch (k) {
      case "r8":
      case "r16":
      case "r32": {
        const n = form.modrm.kind === "plusr" ? code[p - 1] & 7 : i === form.rm ? rmReg : regField;
        // `8E D8` is `mov ds,eax` in 32-bit code and `mov ds,ax` in 16-bit code.
        const size =
          form.osize === undefined &&
          k === "r32" &&
          form.reg >= 0 &&
          form.operands[form.reg] === "sreg"
            ? opsize
            : kindSize(k);
        o = { kind: "reg", name: gpr(size, n) };
        break;
      }
      case "r/m8":
      case "r/m16":
      case "r/m32":
      case "m":
      case "m8":
      case "m16":
      case "m32":
      case "mfar":
        o =
          rmReg >= 0
            ? { kind: "reg", name: gpr(kindSize(k), rmReg) }
            : { kind: "mem", mem: withPtr(memory!, ptrOf(form, k, osz)) };
        break;
      case "sreg":
        o = { kind: "reg", name: SREG[regField] };
        break;
      case "cr":
      case "dr":
      case "tr":
        o = { kind: "reg", name: `${k}${regField}` };
        break;
      case "imm8":
        o = { kind: "imm", value: read(1) };
        break;
      case "simm8": {
        const v = (read(1) << 24) >> 24;
        o = { kind: "imm", value: osz === 32 ? v >>> 0 : v & 0xffff };
        break;
      }
      case "imm16":
        o = { kind: "imm", value: read(2) };
        break;
      case "imm32":
        o = { kind: "imm", value: read(4) };
        break;
      case "rel8":
      case "rel16":
      case "rel32": {
        const size = k === "rel8" ? 1 : k === "rel16" ? 2 : 4;
        let d = read(size);
        d = size === 1 ? (d << 24) >> 24 : size === 2 ? (d << 16) >> 16 : d | 0;
        const t = address + (p - offset) + d;
        // objdump wraps 16-bit displacements within the 64 KiB segment, and nothing else.
        target = size === 2 ? t & 0xffff : t >>> 0;
        o = { kind: "rel", target };
        break;
      }
      case "ptr16:16":
      case "ptr16:32": {
        const offset = read(k === "ptr16:16" ? 2 : 4);
        o = { kind: "far", selector: read(2), offset };
        break;
      }
      case "moffs8":
      case "moffs16":
      case "moffs32":
        segUsed = seg !== undefined;
        o = {
          kind: "mem",
          mem: {
            ptr: "",
            seg: seg ?? "ds",
            scale: 1,
            disp: read(adsize / 8),
            dispSize: adsize === 16 ? 2 : 4,
            asize: adsize,
          },
        };
        break;
      case "1":
        o = { kind: "one" };
        break;
      default:
        o = { kind: "reg", name: k };
    }
    operands[i] = o;
  }
  if (p > code.length) return bad();

  let mnemonic = form.mnemonic;
  let repName = rep === 0xf3 ? "repz" : "repnz";
  const str = STRING_OPS[mnemonic];
  let used66 = form.osize !== undefined || info.opsizeShown;
  // objdump counts 0x67 as used only when the address has registers to show (`addr16 mov
  // al,ds:0x12` and `addr32 shld WORD PTR ds:0x7c1f3ec6,...` keep the prefix's name).
  let used67 =
    (memory !== undefined &&
      (memory.base !== undefined || memory.index !== undefined || memory.asize === 16)) ||
    form.asize !== undefined;
  if (str !== undefined) {
    mnemonic = str;
    operands.push(...stringOperands(str, form, opsize, adsize, seg));
    // stos, scas and ins address es:[edi] only: a segment override is not theirs.
    if (str !== "stos" && str !== "scas" && str !== "ins") segUsed = seg !== undefined;
    used67 = true;
    if (rep === 0xf3 && str !== "cmps" && str !== "scas") repName = "rep";
  } else if (form.mandatory !== undefined) rep = undefined;
  if (info.sregPushPop && has66) {
    mnemonic += opsize === 32 ? "d" : "w";
    used66 = true;
  }
  const spelled = spelling(mnemonic, form, opsize, bits);
  if (has66 && (spelled !== mnemonic || (SUFFIXED.has(mnemonic) && form.operands.length === 0)))
    used66 = true;
  if (has66 && (mnemonic === "ret" || mnemonic === "retf")) used66 = true;
  mnemonic = spelled;
  // 3E before a near indirect call or jump is CET's `notrack`, not a segment override.
  const notrack =
    seg === "ds" &&
    (mnemonic === "call" || mnemonic === "jmp") &&
    form.modrm.kind === "digit" &&
    !form.operands.includes("mfar");
  if (notrack) {
    segUsed = true;
    if (memory !== undefined && (memory.base !== undefined || memory.index !== undefined))
      delete memory.seg;
  }
  // Prefixes as objdump prints them, in the order of their bytes: lock and rep always, the
  // others only when the instruction does not use them (`data16 add al,0x8`, `ss ins ...`).
  const prefixes: string[] = [];
  for (let i = offset; i < p; i++) {
    const b = code[i];
    if (b === 0xf0) prefixes.push("lock");
    else if ((b === 0xf2 || b === 0xf3) && rep !== undefined)
      prefixes.push(b === 0xf2 ? "repnz" : repName);
    else if (b === 0x66 && !used66) prefixes.push(opsize === 16 ? "data16" : "data32");
    else if (b === 0x67 && !used67) prefixes.push(adsize === 16 ? "addr16" : "addr32");
    else if (b === 0x3e && notrack) prefixes.push("notrack");
    else if (SEG_PREFIX[b] !== undefined && !segUsed) prefixes.push(SEG_PREFIX[b]!);
    else if (b !== 0x66 && b !== 0x67 && b !== 0xf2 && b !== 0xf3 && SEG_PREFIX[b] === undefined)
      break;
  }
  const d: Decoded = { address, length: p - offset, form, mnemonic, prefixes, operands };
  if (target !== undefined) d.target = target;
  return d;
}

/** An instruction has one memory operand: the decoded address is fresh, so it is filled in place. */
function withPtr(m: DecodedMemory, ptr: string): DecodedMemory {
  m.ptr = ptr;
  return m;
}

/** The `PTR` word objdump prints for a memory operand of kind `k`. */
function ptrOf(f: Form, k: OperandKind, osize: number): string {
  switch (k) {
    case "r/m8":
    case "m8":
      return "BYTE";
    case "r/m16":
    case "m16":
      return "WORD";
    case "r/m32":
    case "m32":
      return "DWORD";
    case "mfar":
      return osize === 32 ? "FWORD" : "DWORD";
    default:
      // `m`: lea, lgdt and friends print no size; bound reads two words, invlpg a byte.
      return f.mnemonic === "bound"
        ? osize === 32
          ? "QWORD"
          : "DWORD"
        : f.mnemonic === "invlpg"
          ? "BYTE"
          : "";
  }
}

const SUFFIXED = new Set(["push", "pop", "call", "jmp", "ret", "retn", "retf", "leave", "enter"]);

/**
 * objdump's mnemonic: the operand size as a suffix where nothing else shows it -- `lgdtd`,
 * `pushw 0x5`, `retw`, `callw` (a conditional jump never has one).
 */
function spelling(m: string, f: Form, opsize: number, bits: number): string {
  if (m === "lgdt" || m === "lidt" || m === "sgdt" || m === "sidt")
    return m + (opsize === 32 ? "d" : "w");
  if (opsize === bits || !SUFFIXED.has(m)) return m;
  const bare = (k: OperandKind) =>
    k === "simm8" || k.startsWith("imm") || k === "rel16" || k === "rel32";
  if (f.operands.every(bare)) return m + (opsize === 32 ? "d" : "w");
  return m;
}

/** The operands objdump shows for string instructions: `movs BYTE PTR es:[edi],BYTE PTR ds:[esi]`. */
function stringOperands(
  str: string,
  f: Form,
  opsize: number,
  adsize: 16 | 32,
  seg: string | undefined,
): DecodedOperand[] {
  const last = f.mnemonic[f.mnemonic.length - 1];
  const size = last === "b" ? 8 : last === "w" ? 16 : opsize;
  const ptr = size === 8 ? "BYTE" : size === 16 ? "WORD" : "DWORD";
  const acc: DecodedOperand = { kind: "reg", name: gpr(size, 0) };
  const r = (n: number) => (adsize === 16 ? REG16[n] : REG32[n]);
  const mem = (s: string, reg: string): DecodedOperand => ({
    kind: "mem",
    mem: { ptr, seg: s, base: reg, scale: 1, disp: 0, dispSize: 0, asize: adsize },
  });
  const src = mem(seg ?? "ds", r(6));
  const dst = mem("es", r(7));
  switch (str) {
    case "movs":
      return [dst, src];
    case "cmps":
      return [src, dst];
    case "stos":
      return [dst, acc];
    case "lods":
      return [acc, src];
    case "scas":
      return [acc, dst];
    case "ins":
      return [dst, { kind: "reg", name: "dx" }];
    case "outs":
      return [{ kind: "reg", name: "dx" }, src];
    default: // xlat
      return [
        {
          kind: "mem",
          mem: {
            ptr: "BYTE",
            seg: seg ?? "ds",
            base: r(3),
            scale: 1,
            disp: 0,
            dispSize: 0,
            asize: adsize,
          },
        },
      ];
  }
}

const REG16_EA: readonly (readonly [string | undefined, string | undefined])[] = [
  ["bx", "si"],
  ["bx", "di"],
  ["bp", "si"],
  ["bp", "di"],
  ["si", undefined],
  ["di", undefined],
  ["bp", undefined],
  ["bx", undefined],
];

function decodeMemory(
  code: Uint8Array,
  p: number,
  mod: number,
  rm: number,
  asize: 16 | 32,
  seg: string | undefined,
): { mem: DecodedMemory; next: number } | undefined {
  const readSigned = (size: number): number => {
    if (size === 1) return (code[p++] << 24) >> 24;
    if (size === 2) {
      const v = code[p] | (code[p + 1] << 8);
      p += 2;
      return (v << 16) >> 16;
    }
    const v = code[p] | (code[p + 1] << 8) | (code[p + 2] << 16) | (code[p + 3] << 24);
    p += 4;
    return v;
  };
  const mem: DecodedMemory = { ptr: "", scale: 1, disp: 0, dispSize: 0, asize };
  if (seg !== undefined) mem.seg = seg;
  if (asize === 16) {
    if (mod === 0 && rm === 6) {
      mem.disp = readSigned(2) & 0xffff;
      mem.dispSize = 2;
      mem.seg ??= "ds";
    } else {
      const [b, x] = REG16_EA[rm];
      if (b !== undefined) mem.base = b;
      if (x !== undefined) mem.index = x;
      if (mod !== 0) {
        mem.dispSize = mod === 1 ? 1 : 2;
        mem.disp = readSigned(mem.dispSize);
      }
    }
  } else {
    let base: number | undefined = rm;
    if (rm === 4) {
      if (p >= code.length) return undefined;
      const sib = code[p++];
      const idx = (sib >> 3) & 7;
      mem.scale = 1 << (sib >> 6);
      if (idx !== 4) mem.index = REG32[idx];
      else if (mem.scale !== 1 || (sib & 7) !== 4) mem.index = "eiz";
      base = sib & 7;
      if (base === 5 && mod === 0) {
        base = undefined;
        mem.disp = readSigned(4);
        mem.dispSize = 4;
      }
    } else if (rm === 5 && mod === 0) {
      base = undefined;
      mem.disp = readSigned(4) >>> 0;
      mem.dispSize = 4;
      mem.seg ??= "ds";
    }
    if (base !== undefined) mem.base = REG32[base];
    if (mod !== 0) {
      mem.dispSize = mod === 1 ? 1 : 4;
      mem.disp = readSigned(mem.dispSize);
    }
  }
  if (p > code.length) return undefined;
  return { mem, next: p };
}

const hex = (n: number): string => "0x" + n.toString(16);

function memoryText(m: DecodedMemory): string {
  const ptr = m.ptr === "" ? "" : `${m.ptr} PTR `;
  const seg = m.seg !== undefined ? `${m.seg}:` : "";
  if (m.base === undefined && m.index === undefined) return `${ptr}${seg}${hex(m.disp >>> 0)}`;
  let s = m.base ?? "";
  if (m.index !== undefined) s += `${s ? "+" : ""}${m.index}${m.asize === 32 ? "*" + m.scale : ""}`;
  if (m.dispSize !== 0) s += m.disp < 0 ? `-${hex(-m.disp)}` : `+${hex(m.disp)}`;
  return `${ptr}${seg}[${s}]`;
}

/** One operand as objdump prints it; `symbol` names a branch target if it can. */
export function operandText(
  o: DecodedOperand,
  symbol?: (address: number) => string | undefined,
): string {
  switch (o.kind) {
    case "reg":
      return o.name;
    case "imm":
      return hex(o.value);
    case "one":
      return "1";
    case "rel": {
      const name = symbol?.(o.target);
      return name === undefined ? hex(o.target) : `${o.target.toString(16)} <${name}>`;
    }
    case "far":
      return `${hex(o.selector)}:${hex(o.offset)}`;
    case "mem":
      return memoryText(o.mem);
  }
}

/** The instruction as `objdump -d -M intel` prints it: `mov    eax,DWORD PTR [ebx+0x4]`. */
export function formatIntel(d: Decoded, symbol?: (address: number) => string | undefined): string {
  let head = d.mnemonic;
  for (let i = d.prefixes.length - 1; i >= 0; i--) head = d.prefixes[i] + " " + head;
  const ops = d.operands;
  if (ops.length === 0) return head;
  // Hot path for listings and traces: plain concatenation, no arrays.
  let text = head.length < 6 ? head + "      ".slice(head.length) + " " : head + " ";
  for (let i = 0; i < ops.length; i++) text += (i > 0 ? "," : "") + operandText(ops[i], symbol);
  return text;
}

/** Decodes `code` from start to end, as objdump does: one instruction after the other. */
export function disassemble(code: Uint8Array, address: number, opts: DecodeOptions): Decoded[] {
  const out: Decoded[] = [];
  for (let off = 0; off < code.length;) {
    const d = decode(code, off, address + off, opts);
    out.push(d);
    off += d.length;
  }
  return out;
}
