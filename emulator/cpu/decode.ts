// The instruction decoder: x86 bytes to decoded instructions, once per code byte.
//
// Decoding is the expensive half of interpreting x86 (prefixes, ModRM, SIB, immediates), so the
// CPU decodes each instruction once and keeps the result in `DecodedCode`, a structure of typed
// arrays indexed by a slot number: op (ops.ts), length, operand fields and a packed effective
// address. Instructions are decoded a basic block at a time (up to a control transfer, the end of
// the physical page, or MAX_BLOCK instructions) into consecutive slots, and `remain[slot]` says how
// many instructions of the block are left from that slot on, so the executor runs a block with no
// per-instruction bookkeeping. Blocks are indexed by physical page: `pages[page][offset]` is the
// slot of the instruction that starts at that byte (0 = not decoded). A write to a page that holds
// decoded code drops the page's index (see mmu.ts), so code is decoded again after it changes.
//
// A packed effective address (`mem[slot]`) is
//   base (bits 0-3, 8 = none) | index << 4 (8 = none) | scale << 8 | segment << 12 | a16 << 15
// and the displacement is in `disp[slot]`. For register operands, `a`/`b` hold the register
// number; for byte registers the byte's index in the register file (AL=0, CL=4 ... AH=1, CH=5 ...).
import type { CompiledRegion } from "./compile.ts";
import * as O from "./ops.ts";

export const MAX_BLOCK = 128;
export const SLOTS = 1 << 18;

export const SEG_ES = 0;
export const SEG_CS = 1;
export const SEG_SS = 2;
export const SEG_DS = 3;
export const SEG_FS = 4;
export const SEG_GS = 5;

export const NO_REG = 8;

/** Thrown by the decoder when an instruction runs past the bytes it was given. */
export const NEED_MORE = { reason: "instruction continues past the available bytes" };
/** Thrown when an instruction is longer than 15 bytes (#GP on a real CPU). */
export const TOO_LONG = { reason: "instruction longer than 15 bytes" };

/** Decoded instructions, structure-of-arrays, indexed by slot. Slot 0 is a scratch slot. */
export class DecodedCode {
  readonly op: Uint16Array;
  /** The hot loop's dense case number for the op (ops.ts HOT_INDEX; 0 = general executor). */
  readonly hot: Uint8Array;
  readonly len: Uint8Array;
  readonly size: Uint8Array; // operand size in bytes (1, 2, 4)
  readonly remain: Uint16Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly mem: Int32Array;
  readonly disp: Int32Array;
  readonly imm: Int32Array;
  readonly imm2: Int32Array;
  readonly capacity: number;
  /** Compiled blocks by entry slot (compile.ts); null = not worth compiling. */
  compiled: (CompiledRegion | null | undefined)[];
  /** How often each entry slot has started a block, until it is compiled. */
  readonly heat: Uint16Array;
  /**
   * Bumped whenever a decoded block may no longer be what an EIP leads to: code dropped, the
   * TLB flushed, CS changed. Block links (cpu.ts) remember the generation they were made in.
   */
  gen = 0;
  /** Each entry slot's last two successors: their EIPs, slots and generations. */
  readonly linkEip: Int32Array;
  readonly linkSlot: Int32Array;
  readonly linkGen: Int32Array;
  /** Next free slot. */
  used = 1;
  /**
   * pages[physical page number] = slot per byte offset, or undefined when nothing is decoded.
   * This and `compiled` are allocated at full length up front: a JavaScript array filled at
   * scattered indexes would fall back to a slow dictionary representation.
   */
  pages: (Int32Array | undefined)[];
  /** The code size (16 or 32) each page was decoded for. */
  readonly pageMode: Uint8Array;
  /**
   * The range of each page's bytes that decoded instructions came from, [codeLo, codeHi): a
   * write outside it (data next to code, as in boot sectors and small kernels) keeps the code.
   */
  readonly codeLo: Uint16Array;
  readonly codeHi: Uint16Array;
  /** Pages that hold decoded code, for flushing. */
  pageList: number[] = [];

  constructor(capacity = SLOTS, physicalPages = 1 << 20) {
    this.capacity = capacity;
    this.pages = new Array<Int32Array | undefined>(physicalPages).fill(undefined);
    this.pageMode = new Uint8Array(physicalPages);
    this.codeLo = new Uint16Array(physicalPages);
    this.codeHi = new Uint16Array(physicalPages);
    this.compiled = new Array(capacity).fill(undefined);
    this.op = new Uint16Array(capacity);
    this.hot = new Uint8Array(capacity);
    this.len = new Uint8Array(capacity);
    this.size = new Uint8Array(capacity);
    this.remain = new Uint16Array(capacity);
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.mem = new Int32Array(capacity);
    this.disp = new Int32Array(capacity);
    this.imm = new Int32Array(capacity);
    this.imm2 = new Int32Array(capacity);
    this.heat = new Uint16Array(capacity);
    this.linkEip = new Int32Array(capacity * 2);
    this.linkSlot = new Int32Array(capacity * 2);
    this.linkGen = new Int32Array(capacity * 2).fill(-1);
  }

  /** Forgets everything (when slots run out, or on a mode change that affects decoding). */
  flush(): void {
    for (const p of this.pageList) this.pages[p] = undefined;
    this.pageList.length = 0;
    this.used = 1;
    this.compiled.fill(undefined);
    this.heat.fill(0);
    this.gen++;
  }

  /** Forgets the code of one physical page (it was written to). */
  invalidate(page: number): void {
    if (this.pages[page] !== undefined) {
      this.pages[page] = undefined;
      this.gen++;
      const k = this.pageList.indexOf(page);
      if (k >= 0) this.pageList.splice(k, 1);
    }
  }
}

/** Byte-register number (0-7 as in ModRM) to its index in the register file's byte view. */
export function reg8(r: number): number {
  return ((r & 3) << 2) | (r >> 2);
}

/**
 * Decodes one instruction at a time into a slot. Not reentrant; one per CPU.
 */
export class Decoder {
  private bytes: Uint8Array = new Uint8Array(0);
  private p = 0;
  private start = 0;
  private end = 0;
  private os = 4; // operand size
  private as = 4; // address size
  private seg = -1; // segment override
  private rep = 0;
  private mod = 0;
  private regf = 0;
  private rm = 0;
  readonly code: DecodedCode;

  constructor(code: DecodedCode) {
    this.code = code;
  }

  private u8(): number {
    if (this.p >= this.end) throw NEED_MORE;
    if (this.p - this.start >= 15) throw TOO_LONG;
    return this.bytes[this.p++];
  }
  private s8(): number {
    return (this.u8() << 24) >> 24;
  }
  private u16(): number {
    const lo = this.u8();
    return lo | (this.u8() << 8);
  }
  private s16(): number {
    return (this.u16() << 16) >> 16;
  }
  private i32(): number {
    const lo = this.u16();
    return lo | (this.u16() << 16);
  }
  /** An immediate of the operand size (sign-extended for 16 bits is not wanted: zero-extend). */
  private immv(): number {
    return this.os === 4 ? this.i32() : this.u16();
  }

  /**
   * Decodes the instruction at bytes[pos] (pos < end) into `slot`; returns its op.
   * `code32` is the default operand/address size of the code segment.
   */
  decode(bytes: Uint8Array, pos: number, end: number, slot: number, code32: boolean): number {
    this.bytes = bytes;
    this.p = pos;
    this.start = pos;
    this.end = end;
    this.os = code32 ? 4 : 2;
    this.as = code32 ? 4 : 2;
    this.seg = -1;
    this.rep = 0;
    const c = this.code;
    c.a[slot] = 0;
    c.b[slot] = 0;
    c.mem[slot] = 0;
    c.disp[slot] = 0;
    c.imm[slot] = 0;
    c.imm2[slot] = 0;
    c.size[slot] = 0;
    let b: number;
    for (;;) {
      b = this.u8();
      if (b === 0x66) this.os = code32 ? 2 : 4;
      else if (b === 0x67) this.as = code32 ? 2 : 4;
      else if (b === 0x26 || b === 0x2e || b === 0x36 || b === 0x3e) this.seg = (b >> 3) & 3;
      else if (b === 0x64 || b === 0x65) this.seg = b - 0x60;
      else if (b === 0xf3) this.rep = 1;
      else if (b === 0xf2) this.rep = 2;
      else if (b !== 0xf0) break; // lock: accepted, no effect on a single CPU
    }
    const op = b === 0x0f ? this.twoByte(slot) : this.oneByte(b, slot);
    c.op[slot] = op;
    c.hot[slot] = O.HOT_INDEX[op];
    c.len[slot] = this.p - pos;
    if (c.size[slot] === 0) c.size[slot] = this.os;
    return op;
  }

  /** Reads ModRM (and SIB, displacement); for memory operands fills mem/disp of the slot. */
  private modrm(slot: number): void {
    const m = this.u8();
    this.mod = m >> 6;
    this.regf = (m >> 3) & 7;
    this.rm = m & 7;
    if (this.mod === 3) return;
    const c = this.code;
    let base = NO_REG;
    let index = NO_REG;
    let scale = 0;
    let disp = 0;
    let seg = SEG_DS;
    let a16 = 0;
    if (this.as === 4) {
      if (this.rm === 4) {
        const sib = this.u8();
        scale = sib >> 6;
        index = (sib >> 3) & 7;
        if (index === 4) index = NO_REG;
        base = sib & 7;
        if (base === 5 && this.mod === 0) {
          base = NO_REG;
          disp = this.i32();
        }
      } else if (this.rm === 5 && this.mod === 0) {
        disp = this.i32();
      } else base = this.rm;
      if (this.mod === 1) disp = this.s8();
      else if (this.mod === 2) disp = this.i32();
      if (base === 4 || base === 5) seg = SEG_SS;
    } else {
      a16 = 1;
      switch (this.rm) {
        case 0:
          base = 3;
          index = 6;
          break;
        case 1:
          base = 3;
          index = 7;
          break;
        case 2:
          base = 5;
          index = 6;
          seg = SEG_SS;
          break;
        case 3:
          base = 5;
          index = 7;
          seg = SEG_SS;
          break;
        case 4:
          base = 6;
          break;
        case 5:
          base = 7;
          break;
        case 6:
          if (this.mod === 0) disp = this.u16();
          else {
            base = 5;
            seg = SEG_SS;
          }
          break;
        default:
          base = 3;
      }
      if (this.mod === 1) disp = this.s8();
      else if (this.mod === 2) disp = this.s16();
    }
    if (this.seg >= 0) seg = this.seg;
    c.mem[slot] = base | (index << 4) | (scale << 8) | (seg << 12) | (a16 << 15);
    c.disp[slot] = disp;
  }

  /** A memory operand with only a displacement (moffs forms). */
  private moffs(slot: number): void {
    const disp = this.as === 4 ? this.i32() : this.u16();
    const seg = this.seg >= 0 ? this.seg : SEG_DS;
    this.code.mem[slot] = NO_REG | (NO_REG << 4) | (seg << 12) | ((this.as === 2 ? 1 : 0) << 15);
    this.code.disp[slot] = disp;
  }

  private sizeCode(byteOp: boolean): number {
    return byteOp ? 0 : this.os === 2 ? 1 : 2;
  }

  /** Register operand number for the size: byte registers map to the byte view. */
  private regOf(r: number, byteOp: boolean): number {
    return byteOp ? reg8(r) : r;
  }

  /** A ModRM instruction "op rm, reg" or "op reg, rm" in the binop family. */
  private binopModrm(kind: number, slot: number, byteOp: boolean, regIsDst: boolean): number {
    this.modrm(slot);
    const c = this.code;
    const size = this.sizeCode(byteOp);
    if (byteOp) c.size[slot] = 1;
    if (this.mod === 3) {
      c.a[slot] = this.regOf(regIsDst ? this.regf : this.rm, byteOp);
      c.b[slot] = this.regOf(regIsDst ? this.rm : this.regf, byteOp);
      return O.binop(kind, O.FORM_RR, size);
    }
    c.a[slot] = this.regOf(this.regf, byteOp);
    return O.binop(kind, regIsDst ? O.FORM_RM : O.FORM_MR, size);
  }

  /** "op rm, imm" in the binop family (imm already read by the caller via `readImm`). */
  private binopImm(kind: number, slot: number, byteOp: boolean, readImm: () => number): number {
    const c = this.code;
    const size = this.sizeCode(byteOp);
    if (byteOp) c.size[slot] = 1;
    if (this.mod === 3) {
      c.a[slot] = this.regOf(this.rm, byteOp);
      c.imm[slot] = readImm();
      return O.binop(kind, O.FORM_RI, size);
    }
    c.imm[slot] = readImm();
    return O.binop(kind, O.FORM_MI, size);
  }

  private immFor(byteOp: boolean): () => number {
    return byteOp ? () => this.u8() : () => this.immv();
  }

  private oneByte(b: number, slot: number): number {
    const c = this.code;
    if (b < 0x40 && (b & 7) < 6) {
      const kind = b >> 3;
      const byteOp = (b & 1) === 0;
      switch (b & 7) {
        case 0:
        case 1:
          return this.binopModrm(kind, slot, byteOp, false);
        case 2:
        case 3:
          return this.binopModrm(kind, slot, byteOp, true);
        default:
          if (byteOp) c.size[slot] = 1;
          c.a[slot] = 0;
          c.imm[slot] = byteOp ? this.u8() : this.immv();
          return O.binop(kind, O.FORM_RI, this.sizeCode(byteOp));
      }
    }
    switch (b) {
      case 0x06:
      case 0x0e:
      case 0x16:
      case 0x1e:
        c.b[slot] = b >> 3;
        return O.PUSH_SREG;
      case 0x07:
      case 0x17:
      case 0x1f:
        c.b[slot] = b >> 3;
        return O.POP_SREG;
      case 0x27:
        return O.DAA;
      case 0x2f:
        return O.DAS;
      case 0x37:
        return O.AAA;
      case 0x3f:
        return O.AAS;
    }
    if (b >= 0x40 && b < 0x50) {
      c.a[slot] = b & 7;
      return O.unaryOp(b < 0x48 ? 6 : 7, false, this.sizeCode(false));
    }
    if (b >= 0x50 && b < 0x58) {
      c.a[slot] = b & 7;
      return this.os === 4 ? O.PUSH_R32 : O.PUSH_R16;
    }
    if (b >= 0x58 && b < 0x60) {
      c.a[slot] = b & 7;
      return this.os === 4 ? O.POP_R32 : O.POP_R16;
    }
    if (b >= 0x70 && b < 0x80) {
      c.a[slot] = b & 15;
      c.imm[slot] = this.s8();
      return O.JCC;
    }
    if (b >= 0x91 && b < 0x98) {
      c.a[slot] = 0;
      c.b[slot] = b & 7;
      return O.XCHG_RR;
    }
    if (b >= 0xb0 && b < 0xb8) {
      c.size[slot] = 1;
      c.a[slot] = reg8(b & 7);
      c.imm[slot] = this.u8();
      return O.binop(9, O.FORM_RI, 0);
    }
    if (b >= 0xb8 && b < 0xc0) {
      c.a[slot] = b & 7;
      c.imm[slot] = this.immv();
      return O.binop(9, O.FORM_RI, this.sizeCode(false));
    }
    if (b >= 0xd8 && b < 0xe0) {
      this.modrm(slot);
      return O.FPU;
    }
    switch (b) {
      case 0x60:
        return O.PUSHA;
      case 0x61:
        return O.POPA;
      case 0x62:
        this.modrm(slot);
        if (this.mod === 3) return O.UD;
        c.a[slot] = this.regf;
        return O.BOUND;
      case 0x63:
        this.modrm(slot);
        c.a[slot] = this.regf;
        c.b[slot] = this.mod === 3 ? this.rm : -1;
        return O.ARPL;
      case 0x68:
        c.imm[slot] = this.immv();
        return O.PUSH_I;
      case 0x6a:
        c.imm[slot] = this.s8();
        return O.PUSH_I;
      case 0x69:
      case 0x6b:
        this.modrm(slot);
        c.a[slot] = this.regf;
        c.b[slot] = this.rm;
        c.imm[slot] = b === 0x6b ? this.s8() : this.os === 4 ? this.i32() : this.s16();
        return this.mod === 3 ? O.IMUL3_R : O.IMUL3_M;
      case 0x6c:
      case 0x6d:
        return this.string(slot, O.STR_INS, b === 0x6c);
      case 0x6e:
      case 0x6f:
        return this.string(slot, O.STR_OUTS, b === 0x6e);
      case 0x80:
      case 0x81:
      case 0x82:
      case 0x83: {
        this.modrm(slot);
        const byteOp = b !== 0x81 && b !== 0x83;
        const read = b === 0x83 ? () => this.s8() : this.immFor(byteOp);
        return this.binopImm(this.regf, slot, byteOp, read);
      }
      case 0x84:
      case 0x85:
        return this.binopModrm(8, slot, b === 0x84, false);
      case 0x86:
      case 0x87: {
        this.modrm(slot);
        const byteOp = b === 0x86;
        if (byteOp) c.size[slot] = 1;
        c.a[slot] = this.regOf(this.regf, byteOp);
        if (this.mod === 3) {
          c.b[slot] = this.regOf(this.rm, byteOp);
          return O.XCHG_RR;
        }
        return O.XCHG_RM;
      }
      case 0x88:
      case 0x89:
        return this.binopModrm(9, slot, b === 0x88, false);
      case 0x8a:
      case 0x8b:
        return this.binopModrm(9, slot, b === 0x8a, true);
      case 0x8c:
        this.modrm(slot);
        c.b[slot] = this.regf;
        if (this.regf > 5) return O.UD;
        if (this.mod === 3) {
          c.a[slot] = this.rm;
          return O.MOV_R_SREG;
        }
        c.size[slot] = 2;
        return O.MOV_M_SREG;
      case 0x8d:
        this.modrm(slot);
        if (this.mod === 3) return O.UD;
        c.a[slot] = this.regf;
        return O.LEA;
      case 0x8e:
        this.modrm(slot);
        c.b[slot] = this.regf;
        if (this.regf > 5 || this.regf === 1) return O.UD;
        c.size[slot] = 2;
        if (this.mod === 3) {
          c.a[slot] = this.rm;
          return O.MOV_SREG_R;
        }
        return O.MOV_SREG_M;
      case 0x8f:
        this.modrm(slot);
        if (this.mod === 3) {
          c.a[slot] = this.rm;
          return this.os === 4 ? O.POP_R32 : O.POP_R16;
        }
        return O.POP_M;
      case 0x90:
        return O.NOP; // also pause (f3 90)
      case 0x98:
        return O.CBW;
      case 0x99:
        return O.CWD;
      case 0x9a:
        c.imm[slot] = this.immv();
        c.imm2[slot] = this.u16();
        return O.CALLF_I;
      case 0x9b:
        return O.WAIT;
      case 0x9c:
        return O.PUSHF;
      case 0x9d:
        return O.POPF;
      case 0x9e:
        return O.SAHF;
      case 0x9f:
        return O.LAHF;
      case 0xa0:
      case 0xa1:
        this.moffs(slot);
        c.a[slot] = 0;
        if (b === 0xa0) c.size[slot] = 1;
        return O.binop(9, O.FORM_RM, this.sizeCode(b === 0xa0));
      case 0xa2:
      case 0xa3:
        this.moffs(slot);
        c.a[slot] = 0;
        if (b === 0xa2) c.size[slot] = 1;
        return O.binop(9, O.FORM_MR, this.sizeCode(b === 0xa2));
      case 0xa4:
      case 0xa5:
        return this.string(slot, O.STR_MOVS, b === 0xa4);
      case 0xa6:
      case 0xa7:
        return this.string(slot, O.STR_CMPS, b === 0xa6);
      case 0xa8:
        c.size[slot] = 1;
        c.a[slot] = 0;
        c.imm[slot] = this.u8();
        return O.binop(8, O.FORM_RI, 0);
      case 0xa9:
        c.a[slot] = 0;
        c.imm[slot] = this.immv();
        return O.binop(8, O.FORM_RI, this.sizeCode(false));
      case 0xaa:
      case 0xab:
        return this.string(slot, O.STR_STOS, b === 0xaa);
      case 0xac:
      case 0xad:
        return this.string(slot, O.STR_LODS, b === 0xac);
      case 0xae:
      case 0xaf:
        return this.string(slot, O.STR_SCAS, b === 0xae);
      case 0xc0:
      case 0xc1:
      case 0xd0:
      case 0xd1:
      case 0xd2:
      case 0xd3: {
        this.modrm(slot);
        const byteOp = (b & 1) === 0;
        if (byteOp) c.size[slot] = 1;
        c.a[slot] = this.regOf(this.rm, byteOp);
        c.imm[slot] = b < 0xd0 ? this.u8() : b < 0xd2 ? 1 : -1;
        return O.shiftOp(this.regf, this.mod !== 3, this.sizeCode(byteOp));
      }
      case 0xc2:
        c.imm[slot] = this.u16();
        return O.RET;
      case 0xc3:
        return O.RET;
      case 0xc4:
      case 0xc5:
        this.modrm(slot);
        if (this.mod === 3) return O.UD;
        c.a[slot] = this.regf;
        c.b[slot] = b === 0xc4 ? SEG_ES : SEG_DS;
        return O.LOAD_FAR;
      case 0xc6:
      case 0xc7: {
        this.modrm(slot);
        const byteOp = b === 0xc6;
        return this.binopImm(9, slot, byteOp, this.immFor(byteOp));
      }
      case 0xc8:
        c.imm[slot] = this.u16();
        c.imm2[slot] = this.u8();
        return O.ENTER;
      case 0xc9:
        return O.LEAVE;
      case 0xca:
        c.imm[slot] = this.u16();
        return O.RETF;
      case 0xcb:
        return O.RETF;
      case 0xcc:
        return O.INT3;
      case 0xcd:
        c.imm[slot] = this.u8();
        return O.INT;
      case 0xce:
        return O.INTO;
      case 0xcf:
        return O.IRET;
      case 0xd4:
        c.imm[slot] = this.u8();
        return O.AAM;
      case 0xd5:
        c.imm[slot] = this.u8();
        return O.AAD;
      case 0xd6:
        return O.SALC;
      case 0xd7:
        this.moffsSegOnly(slot);
        return O.XLAT;
      case 0xe0:
      case 0xe1:
      case 0xe2:
      case 0xe3:
        c.a[slot] = b - 0xe0;
        c.b[slot] = this.as;
        c.imm[slot] = this.s8();
        return O.LOOP;
      case 0xe4:
      case 0xe5:
      case 0xe6:
      case 0xe7:
        if ((b & 1) === 0) c.size[slot] = 1;
        c.imm[slot] = this.u8();
        return b < 0xe6 ? O.IN : O.OUT;
      case 0xe8:
        c.imm[slot] = this.os === 4 ? this.i32() : this.s16();
        return O.CALL;
      case 0xe9:
        c.imm[slot] = this.os === 4 ? this.i32() : this.s16();
        return O.JMP;
      case 0xea:
        c.imm[slot] = this.immv();
        c.imm2[slot] = this.u16();
        return O.JMPF_I;
      case 0xeb:
        c.imm[slot] = this.s8();
        return O.JMP;
      case 0xec:
      case 0xed:
      case 0xee:
      case 0xef:
        if ((b & 1) === 0) c.size[slot] = 1;
        c.imm[slot] = -1;
        return b < 0xee ? O.IN : O.OUT;
      case 0xf1:
        return O.INT1;
      case 0xf4:
        return O.HLT;
      case 0xf5:
        return O.CMC;
      case 0xf6:
      case 0xf7: {
        this.modrm(slot);
        const byteOp = b === 0xf6;
        if (byteOp) c.size[slot] = 1;
        if (this.regf < 2) return this.binopImm(8, slot, byteOp, this.immFor(byteOp));
        c.a[slot] = this.regOf(this.rm, byteOp);
        return O.unaryOp(this.regf - 2, this.mod !== 3, this.sizeCode(byteOp));
      }
      case 0xf8:
        return O.CLC;
      case 0xf9:
        return O.STC;
      case 0xfa:
        return O.CLI;
      case 0xfb:
        return O.STI;
      case 0xfc:
        return O.CLD;
      case 0xfd:
        return O.STD;
      case 0xfe:
        this.modrm(slot);
        c.size[slot] = 1;
        if (this.regf > 1) return O.UD;
        c.a[slot] = reg8(this.rm);
        return O.unaryOp(6 + this.regf, this.mod !== 3, 0);
      case 0xff:
        return this.group5(slot);
    }
    return O.UD;
  }

  /** xlat: a memory operand [ebx + al] in DS (or the override); the executor adds AL. */
  private moffsSegOnly(slot: number): void {
    const seg = this.seg >= 0 ? this.seg : SEG_DS;
    this.code.mem[slot] = 3 | (NO_REG << 4) | (seg << 12) | ((this.as === 2 ? 1 : 0) << 15);
  }

  private string(slot: number, kind: number, byteOp: boolean): number {
    const c = this.code;
    if (byteOp) c.size[slot] = 1;
    c.a[slot] = kind;
    // cmps/scas distinguish repe (1) from repne (2); the others treat both as rep.
    c.b[slot] = this.rep;
    c.imm[slot] = this.as;
    c.imm2[slot] = this.seg >= 0 ? this.seg : SEG_DS;
    return O.STRING;
  }

  private group5(slot: number): number {
    const c = this.code;
    this.modrm(slot);
    const mem = this.mod !== 3;
    c.a[slot] = this.rm;
    switch (this.regf) {
      case 0:
      case 1:
        return O.unaryOp(6 + this.regf, mem, this.sizeCode(false));
      case 2:
        return mem ? O.CALL_M : O.CALL_R;
      case 3:
        return mem ? O.CALLF_M : O.UD;
      case 4:
        return mem ? O.JMP_M : O.JMP_R;
      case 5:
        return mem ? O.JMPF_M : O.UD;
      case 6:
        if (mem) return O.PUSH_M;
        return this.os === 4 ? O.PUSH_R32 : O.PUSH_R16;
      default:
        return O.UD;
    }
  }

  private twoByte(slot: number): number {
    const c = this.code;
    const b = this.u8();
    if (b >= 0x80 && b < 0x90) {
      c.a[slot] = b & 15;
      c.imm[slot] = this.os === 4 ? this.i32() : this.s16();
      return O.JCC;
    }
    if (b >= 0x90 && b < 0xa0) {
      this.modrm(slot);
      c.size[slot] = 1;
      c.b[slot] = b & 15;
      c.a[slot] = reg8(this.rm);
      return this.mod === 3 ? O.SETCC_R : O.SETCC_M;
    }
    if (b >= 0x40 && b < 0x50) {
      this.modrm(slot);
      c.b[slot] = b & 15;
      c.a[slot] = this.regf;
      c.imm[slot] = this.rm;
      return this.mod === 3 ? O.CMOV_R : O.CMOV_M;
    }
    if (b >= 0xc8 && b < 0xd0) {
      c.a[slot] = b & 7;
      return O.BSWAP;
    }
    if (b >= 0x18 && b < 0x20) {
      this.modrm(slot); // hint nops, endbr32 (f3 0f 1e fb)
      return O.NOP;
    }
    switch (b) {
      case 0x00:
        this.modrm(slot);
        c.b[slot] = this.regf;
        c.a[slot] = this.mod === 3 ? this.rm : -1;
        if (this.regf > 5) return O.UD;
        c.size[slot] = 2;
        return O.GROUP6;
      case 0x01:
        this.modrm(slot);
        c.b[slot] = this.regf;
        c.a[slot] = this.mod === 3 ? this.rm : -1;
        if (this.regf < 4) return this.mod === 3 ? O.UD : O.DESC_TABLE;
        if (this.regf === 4) return O.SMSW;
        if (this.regf === 6) return O.LMSW;
        if (this.regf === 7 && this.mod !== 3) return O.INVLPG;
        return O.UD;
      case 0x02:
      case 0x03:
        this.modrm(slot);
        c.a[slot] = this.regf;
        c.b[slot] = this.mod === 3 ? this.rm : -1;
        return b === 0x02 ? O.LAR : O.LSL;
      case 0x06:
        return O.CLTS;
      case 0x08:
      case 0x09:
        return O.WBINVD;
      case 0x0d:
        this.modrm(slot);
        return O.NOP;
      case 0x20:
      case 0x21:
      case 0x22:
      case 0x23:
        // mov to/from control and debug registers: the mod field is ignored (always registers).
        this.modRegOnly();
        c.a[slot] = this.rm;
        c.b[slot] = this.regf;
        c.size[slot] = 4;
        return [O.MOV_R_CR, O.MOV_R_DR, O.MOV_CR_R, O.MOV_DR_R][b - 0x20];
      case 0x24:
      case 0x26:
        // The 386's test registers: gone since the 486, invalid here too (ModRM still consumed).
        this.modRegOnly();
        return O.UD;
      case 0x30:
        return O.WRMSR;
      case 0x31:
        return O.RDTSC;
      case 0x32:
        return O.RDMSR;
      case 0xa0:
      case 0xa8:
        c.b[slot] = b === 0xa0 ? SEG_FS : SEG_GS;
        return O.PUSH_SREG;
      case 0xa1:
      case 0xa9:
        c.b[slot] = b === 0xa1 ? SEG_FS : SEG_GS;
        return O.POP_SREG;
      case 0xa2:
        return O.CPUID;
      case 0xa3:
      case 0xab:
      case 0xb3:
      case 0xbb: {
        this.modrm(slot);
        const kind = [0xa3, 0xab, 0xb3, 0xbb].indexOf(b);
        c.a[slot] = this.rm;
        c.b[slot] = this.regf;
        return O.BT + kind * 4 + (this.mod === 3 ? 0 : 1);
      }
      case 0xba:
        this.modrm(slot);
        if (this.regf < 4) return O.UD;
        c.a[slot] = this.rm;
        c.imm[slot] = this.u8();
        return O.BT + (this.regf - 4) * 4 + (this.mod === 3 ? 2 : 3);
      case 0xa4:
      case 0xa5:
      case 0xac:
      case 0xad:
        this.modrm(slot);
        c.a[slot] = this.rm;
        c.b[slot] = this.regf;
        c.imm[slot] = (b & 1) === 0 ? this.u8() : -1;
        if (b < 0xac) return this.mod === 3 ? O.SHLD_R : O.SHLD_M;
        return this.mod === 3 ? O.SHRD_R : O.SHRD_M;
      case 0xaf:
        this.modrm(slot);
        c.a[slot] = this.regf;
        c.b[slot] = this.rm;
        return this.mod === 3 ? O.IMUL2_R : O.IMUL2_M;
      case 0xb0:
      case 0xb1: {
        this.modrm(slot);
        const byteOp = b === 0xb0;
        if (byteOp) c.size[slot] = 1;
        c.a[slot] = this.regOf(this.rm, byteOp);
        c.b[slot] = this.regOf(this.regf, byteOp);
        return this.mod === 3 ? O.CMPXCHG_R : O.CMPXCHG_M;
      }
      case 0xb2:
      case 0xb4:
      case 0xb5:
        this.modrm(slot);
        if (this.mod === 3) return O.UD;
        c.a[slot] = this.regf;
        c.b[slot] = b === 0xb2 ? SEG_SS : b === 0xb4 ? SEG_FS : SEG_GS;
        return O.LOAD_FAR;
      case 0xb6:
      case 0xb7:
      case 0xbe:
      case 0xbf: {
        this.modrm(slot);
        const src8 = (b & 1) === 0;
        c.a[slot] = this.regf;
        c.b[slot] = this.mod === 3 ? (src8 ? reg8(this.rm) : this.rm) : 0;
        const base = b < 0xb8 ? (src8 ? O.MOVZX8_R : O.MOVZX16_R) : src8 ? O.MOVSX8_R : O.MOVSX16_R;
        return base + (this.mod === 3 ? 0 : 1);
      }
      case 0xbc:
      case 0xbd:
        this.modrm(slot);
        c.a[slot] = this.regf;
        c.b[slot] = this.rm;
        return (b === 0xbc ? O.BSF_R : O.BSR_R) + (this.mod === 3 ? 0 : 1);
      case 0xc0:
      case 0xc1: {
        this.modrm(slot);
        const byteOp = b === 0xc0;
        if (byteOp) c.size[slot] = 1;
        c.a[slot] = this.regOf(this.rm, byteOp);
        c.b[slot] = this.regOf(this.regf, byteOp);
        return this.mod === 3 ? O.XADD_R : O.XADD_M;
      }
      case 0xc7:
        this.modrm(slot);
        if (this.regf !== 1 || this.mod === 3) return O.UD;
        return O.CMPXCHG8B;
    }
    return O.UD;
  }

  /** ModRM whose rm always names a register (mov cr/dr). */
  private modRegOnly(): void {
    const m = this.u8();
    this.mod = 3;
    this.regf = (m >> 3) & 7;
    this.rm = m & 7;
  }
}
