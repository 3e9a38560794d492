// The general executor: every decoded op, at every operand size and addressing form.
//
// The hot loop in cpu.ts handles the commonest 32-bit cases itself and sends everything else here
// with `cpu.eip` at the instruction; `execute` leaves `cpu.eip` at the next instruction (or the
// branch target). Results are written only after the last access that can fault, so a fault leaves
// the registers as they were before the instruction. Protected-mode operations (segment loads, far
// transfers, interrupts, descriptor tables) are in system.ts.
import * as A from "./alu.ts";
import { CS, EAX, EBP, EBX, ECX, EDI, EDX, ES, ESI, ESP, type Cpu } from "./cpu.ts";
import {
  AC,
  AF,
  ARITH,
  CF,
  DF,
  ID,
  IF,
  IOPL,
  NT,
  OF,
  PF,
  SF,
  TF,
  ZF,
  condition,
  getCF,
  getFlags,
  getOF,
  getZF,
  materialize,
  setCF,
  setSome,
} from "./flags.ts";
import { Fault } from "./mmu.ts";
import * as O from "./ops.ts";
import * as S from "./system.ts";

function ud(): never {
  throw new Fault(6, -1);
}

function gp0(): never {
  throw new Fault(13, 0);
}

export function execute(c: Cpu, slot: number): void {
  const code = c.code;
  const op = code.op[slot];
  const next = (c.eip + code.len[slot]) | 0;
  if (op < 0xa0) return binop(c, slot, op, next);
  if (op < 0xe0) return shiftGroup(c, slot, op, next);
  if (op < 0x120) return unaryGroup(c, slot, op, next);
  const a = code.a[slot];
  const b = code.b[slot];
  const imm = code.imm[slot];
  const size = code.size[slot];
  const regs = c.regs;
  const mmu = c.mmu;
  const sc = size === 4 ? 2 : size === 2 ? 1 : 0;
  switch (op) {
    case 0x120: // MOVZX8_R
      c.setReg(size, a, c.r8[b]);
      break;
    case 0x121: // MOVZX8_M
      c.setReg(size, a, mmu.read8(c.ea(slot)));
      break;
    case 0x122: // MOVZX16_R
      c.setReg(size, a, c.r16[b << 1]);
      break;
    case 0x123: // MOVZX16_M
      c.setReg(size, a, mmu.read16(c.ea(slot)));
      break;
    case 0x124: // MOVSX8_R
      c.setReg(size, a, (c.r8[b] << 24) >> 24);
      break;
    case 0x125: // MOVSX8_M
      c.setReg(size, a, (mmu.read8(c.ea(slot)) << 24) >> 24);
      break;
    case 0x126: // MOVSX16_R
      c.setReg(size, a, (c.r16[b << 1] << 16) >> 16);
      break;
    case 0x127: // MOVSX16_M
      c.setReg(size, a, (mmu.read16(c.ea(slot)) << 16) >> 16);
      break;
    case 0x128: // LEA
      c.setReg(size, a, c.offset(slot));
      break;
    case 0x129: // PUSH_R32
      c.push32(regs[a]);
      break;
    case 0x12a: // POP_R32
      regs[a] = c.pop32();
      break;
    case 0x12e: // PUSH_R16
      c.push16(c.r16[a << 1]);
      break;
    case 0x12f: // POP_R16
      c.r16[a << 1] = c.pop16();
      break;
    case 0x12b: // PUSH_I
      c.push(size, imm);
      break;
    case 0x12c: // PUSH_M
      c.push(size, mmu.read(c.ea(slot), size));
      break;
    case 0x12d: {
      // POP_M: the address is computed with ESP already incremented
      const v = c.peek(size, 0);
      const oldEsp = regs[ESP];
      c.release(size);
      try {
        mmu.write(c.ea(slot), size, v);
      } catch (e) {
        regs[ESP] = oldEsp;
        throw e;
      }
      break;
    }
    case 0x130: // JCC
      if (condition(c, a)) return jump(c, (next + imm) | 0, size);
      break;
    case 0x131: // JMP
      return jump(c, (next + imm) | 0, size);
    case 0x132: // CALL
      c.push(size, next);
      return jump(c, (next + imm) | 0, size);
    case 0x133: {
      // RET
      const target = c.peek(size, 0);
      checkCsLimit(c, target);
      c.release(size + imm);
      c.eip = size === 2 ? target & 0xffff : target;
      return;
    }
    case 0x134: // JMP_R
      return jump(c, c.getReg(size, a), size);
    case 0x135: // JMP_M
      return jump(c, mmu.read(c.ea(slot), size), size);
    case 0x136: {
      // CALL_R
      const target = c.getReg(size, a);
      checkCsLimit(c, target);
      c.push(size, next);
      return jump(c, target, size);
    }
    case 0x137: {
      // CALL_M
      const target = mmu.read(c.ea(slot), size);
      checkCsLimit(c, target);
      c.push(size, next);
      return jump(c, target, size);
    }
    case 0x138: {
      // LOOP: a = 0 loopne 1 loope 2 loop 3 jcxz; b = address size (ECX or CX)
      let count: number;
      if (a === 3) count = b === 4 ? regs[ECX] : c.r16[ECX << 1];
      else if (b === 4) count = regs[ECX] = (regs[ECX] - 1) | 0;
      else count = c.r16[ECX << 1] = c.r16[ECX << 1] - 1;
      let taken: boolean;
      if (a === 3) taken = count === 0;
      else if (a === 2) taken = count !== 0;
      else taken = count !== 0 && getZF(c) === (a === 1);
      if (taken) return jump(c, (next + imm) | 0, size);
      break;
    }
    case 0x139: // SETCC_R
      c.r8[a] = condition(c, b) ? 1 : 0;
      break;
    case 0x13a: // SETCC_M
      mmu.write8(c.ea(slot), condition(c, b) ? 1 : 0);
      break;
    case 0x13b: // CMOV_R
      if (condition(c, b)) c.setReg(size, a, c.getReg(size, imm));
      break;
    case 0x13c: {
      // CMOV_M: the source is read (and may fault) whether or not the move happens
      const v = mmu.read(c.ea(slot), size);
      if (condition(c, b)) c.setReg(size, a, v);
      break;
    }
    case 0x13d: {
      // LEAVE
      const sp = c.stack32 ? regs[EBP] : c.r16[EBP << 1];
      const v = mmu.read((c.segBase[2] + sp) | 0, size);
      if (c.stack32) regs[ESP] = (regs[EBP] + size) | 0;
      else c.r16[ESP << 1] = sp + size;
      c.setReg(size, EBP, v);
      break;
    }
    case 0x13e: // ENTER
      enter(c, size, imm, code.imm2[slot] & 31);
      break;
    case 0x13f: {
      // XCHG_RR
      const t = c.getReg(size, a);
      c.setReg(size, a, c.getReg(size, b));
      c.setReg(size, b, t);
      break;
    }
    case 0x140: {
      // XCHG_RM
      const addr = c.ea(slot);
      const v = mmu.read(addr, size);
      mmu.write(addr, size, c.getReg(size, a));
      c.setReg(size, a, v);
      break;
    }
    case 0x141: // IMUL3_R
      c.setReg(size, a, A.imulTrunc(c, sc, c.getReg(size, b), imm));
      break;
    case 0x142: // IMUL3_M
      c.setReg(size, a, A.imulTrunc(c, sc, mmu.read(c.ea(slot), size), imm));
      break;
    case 0x143: // IMUL2_R
      c.setReg(size, a, A.imulTrunc(c, sc, c.getReg(size, a), c.getReg(size, b)));
      break;
    case 0x144: // IMUL2_M
      c.setReg(size, a, A.imulTrunc(c, sc, c.getReg(size, a), mmu.read(c.ea(slot), size)));
      break;
    case 0x145: // CWD
      if (size === 4) regs[EDX] = regs[EAX] >> 31;
      else c.r16[EDX << 1] = (c.r16[0] & 0x8000) !== 0 ? 0xffff : 0;
      break;
    case 0x146: // CBW
      if (size === 4) regs[EAX] = (c.r16[0] << 16) >> 16;
      else c.r16[0] = (c.r8[0] << 24) >> 24;
      break;
    case 0x147: // NOP
      break;
    case 0x148: // STRING
      if (a >= O.STR_INS) c.checkInterrupts = true;
      if (!stringOp(c, slot, a, b, size, imm, code.imm2[slot])) return; // stopped part-way
      break;
    case 0x149: // MOV_R_SREG
      c.setReg(size, a, c.segSel[b]);
      break;
    case 0x14a: // MOV_M_SREG
      mmu.write16(c.ea(slot), c.segSel[b]);
      break;
    case 0x14b: // MOV_SREG_R
      S.loadSegment(c, b, c.r16[a << 1]);
      if (b === 2) c.shadow = true;
      break;
    case 0x14c: // MOV_SREG_M
      S.loadSegment(c, b, mmu.read16(c.ea(slot)));
      if (b === 2) c.shadow = true;
      break;
    case 0x14d: // PUSH_SREG
      if (size === 4 && c.stack32) {
        // A 32-bit push of a segment register writes only the low 16 bits on modern CPUs.
        const sp = (regs[ESP] - 4) | 0;
        mmu.write16((c.segBase[2] + sp) | 0, c.segSel[b]);
        regs[ESP] = sp;
      } else c.push(size, c.segSel[b]);
      break;
    case 0x14e: {
      // POP_SREG
      const v = c.peek(size, 0) & 0xffff;
      S.loadSegment(c, b, v);
      c.release(size);
      if (b === 2) c.shadow = true;
      break;
    }
    case 0x14f: // PUSHF
      if (c.protectedMode && (c.flags & 0x20000) !== 0 && (c.flags & IOPL) >> 12 < 3) gp0();
      c.push(size, getFlags(c) & 0x00fcffff); // VM and RF read as 0
      break;
    case 0x150: {
      // POPF
      const v = c.peek(size, 0);
      c.release(size);
      popFlags(c, v, size);
      c.checkInterrupts = true;
      break;
    }
    case 0x151: // SAHF
      setSome(c, SF | ZF | AF | PF | CF, c.r8[1]);
      break;
    case 0x152: // LAHF
      c.r8[1] = getFlags(c) & 0xff;
      break;
    case 0x153: // CLC
      setCF(c, false);
      break;
    case 0x154: // STC
      setCF(c, true);
      break;
    case 0x155: // CMC
      setCF(c, !getCF(c));
      break;
    case 0x156: // CLD
      c.flags &= ~DF;
      break;
    case 0x157: // STD
      c.flags |= DF;
      break;
    case 0x158: // CLI
      if (c.protectedMode && c.cpl > (c.flags & IOPL) >> 12) gp0();
      c.flags &= ~IF;
      break;
    case 0x159: // STI
      if (c.protectedMode && c.cpl > (c.flags & IOPL) >> 12) gp0();
      if ((c.flags & IF) === 0) c.shadow = true;
      c.flags |= IF;
      c.checkInterrupts = true;
      break;
    case 0x15a: // HLT
      if (c.cpl !== 0) gp0();
      c.halted = true;
      c.eip = next;
      c.stop = 1;
      return;
    case 0x15b: // INT
      c.eip = next;
      S.softwareInterrupt(c, imm & 0xff, true);
      return;
    case 0x15c: // INT3
      c.eip = next;
      S.softwareInterrupt(c, 3, true);
      return;
    case 0x15d: // INTO
      if (getOF(c)) {
        c.eip = next;
        S.softwareInterrupt(c, 4, true);
        return;
      }
      break;
    case 0x1b2: // INT1
      c.eip = next;
      S.softwareInterrupt(c, 1, false);
      return;
    case 0x15e: // IRET
      S.iret(c, size, next);
      c.checkInterrupts = true;
      return;
    case 0x15f: // CALLF_I
      S.farCall(c, code.imm2[slot], imm, size, next);
      return;
    case 0x160: // JMPF_I
      S.farJump(c, code.imm2[slot], imm, size, next);
      return;
    case 0x161: {
      // CALLF_M
      const addr = c.ea(slot);
      const off = mmu.read(addr, size);
      const sel = mmu.read16((addr + size) | 0);
      S.farCall(c, sel, off, size, next);
      return;
    }
    case 0x162: {
      // JMPF_M
      const addr = c.ea(slot);
      const off = mmu.read(addr, size);
      const sel = mmu.read16((addr + size) | 0);
      S.farJump(c, sel, off, size, next);
      return;
    }
    case 0x163: // RETF
      S.farReturn(c, size, imm);
      return;
    case 0x180: // BSF_R
    case 0x181: // BSF_M
    case 0x182: // BSR_R
    case 0x183: {
      // BSR_M
      const v = (op & 1) === 0 ? c.getReg(size, b) : mmu.read(c.ea(slot), size);
      if (v === 0) {
        // ZF = 1; the destination is unchanged on Intel and AMD CPUs alike
        setSome(c, ZF, ZF);
        break;
      }
      setSome(c, ZF, 0);
      c.setReg(size, a, op < 0x182 ? 31 - Math.clz32(v & -v) : 31 - Math.clz32(v));
      break;
    }
    case 0x184: // SHLD_R
    case 0x185: // SHLD_M
    case 0x186: // SHRD_R
    case 0x187: {
      // SHRD_M
      const count = imm < 0 ? regs[ECX] & 31 : imm & 31;
      const mem = (op & 1) === 1;
      const addr = mem ? c.ea(slot) : 0;
      const d = mem ? mmu.read(addr, size) : c.getReg(size, a);
      const r = A.shiftDouble(c, op < 0x186, sc, d, c.getReg(size, b), count);
      if (mem) mmu.write(addr, size, r);
      else c.setReg(size, a, r);
      break;
    }
    case 0x188: // BSWAP (16-bit operand: undefined; real CPUs give 0)
      if (size === 4) {
        const v = regs[a];
        regs[a] = (v >>> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
      } else c.r16[a << 1] = 0;
      break;
    case 0x189: // XADD_R
    case 0x18a: {
      // XADD_M
      const mem = op === 0x18a;
      const addr = mem ? c.ea(slot) : 0;
      const d = mem ? mmu.read(addr, size) : c.getReg(size, a);
      const s = c.getReg(size, b);
      const r = A.alu(c, 0, sc, d, s);
      if (mem) mmu.write(addr, size, r);
      c.setReg(size, b, d);
      if (!mem) c.setReg(size, a, r);
      break;
    }
    case 0x18b: // CMPXCHG_R
    case 0x18c: {
      // CMPXCHG_M
      const mem = op === 0x18c;
      const addr = mem ? c.ea(slot) : 0;
      const d = mem ? mmu.read(addr, size) : c.getReg(size, a);
      const acc = c.getReg(size, 0);
      A.alu(c, 7, sc, acc, d);
      if (acc === d) {
        if (mem) mmu.write(addr, size, c.getReg(size, b));
        else c.setReg(size, a, c.getReg(size, b));
      } else {
        if (mem) mmu.write(addr, size, d); // the destination is always written back
        c.setReg(size, 0, d);
      }
      break;
    }
    case 0x18d: {
      // CMPXCHG8B
      const addr = c.ea(slot);
      const lo = mmu.read32(addr);
      const hi = mmu.read32((addr + 4) | 0);
      if (lo === regs[EAX] && hi === regs[EDX]) {
        mmu.write32(addr, regs[EBX]);
        mmu.write32((addr + 4) | 0, regs[ECX]);
        setSome(c, ZF, ZF);
      } else {
        mmu.write32(addr, lo);
        mmu.write32((addr + 4) | 0, hi);
        regs[EAX] = lo;
        regs[EDX] = hi;
        setSome(c, ZF, 0);
      }
      break;
    }
    case 0x18e: // CPUID
      cpuid(c);
      break;
    case 0x18f: {
      // RDTSC (time stamp = instructions executed, a deterministic clock)
      if ((c.cr4 & 4) !== 0 && c.cpl !== 0) gp0();
      const t = c.instructions;
      regs[EAX] = t | 0;
      regs[EDX] = Math.floor(t / 4294967296) | 0;
      break;
    }
    case 0x190: {
      // IN
      const port = imm < 0 ? c.r16[EDX << 1] : imm;
      S.checkIo(c, port, size);
      c.setReg(size, EAX, c.bus.in(port, size));
      c.checkInterrupts = true; // the device may have raised an interrupt
      break;
    }
    case 0x191: {
      // OUT
      const port = imm < 0 ? c.r16[EDX << 1] : imm;
      S.checkIo(c, port, size);
      c.bus.out(port, size, c.getReg(size, EAX));
      c.checkInterrupts = true; // the device may have raised an interrupt
      break;
    }
    case 0x192: {
      // XLAT
      const m = code.mem[slot];
      const off =
        ((m & 0x8000) !== 0 ? (c.r16[EBX << 1] + c.r8[0]) & 0xffff : (regs[EBX] + c.r8[0]) | 0) | 0;
      c.r8[0] = mmu.read8((c.segBase[(m >> 12) & 7] + off) | 0);
      break;
    }
    case 0x193: // DAA
      c.r8[0] = A.daa(c, c.r8[0]);
      break;
    case 0x194: // DAS
      c.r8[0] = A.das(c, c.r8[0]);
      break;
    case 0x195: // AAA
      c.r16[0] = A.aaa(c, c.r16[0], false);
      break;
    case 0x196: // AAS
      c.r16[0] = A.aaa(c, c.r16[0], true);
      break;
    case 0x197: // AAM
      c.r16[0] = A.aam(c, c.r8[0], imm);
      break;
    case 0x198: // AAD
      c.r16[0] = A.aad(c, c.r16[0], imm);
      break;
    case 0x199: // SALC
      c.r8[0] = getCF(c) ? 0xff : 0;
      break;
    case 0x19a: {
      // BOUND
      const addr = c.ea(slot);
      const v = c.getReg(size, a);
      const lo = mmu.read(addr, size);
      const hi = mmu.read((addr + size) | 0, size);
      const sv = size === 2 ? (v << 16) >> 16 : v;
      const slo = size === 2 ? (lo << 16) >> 16 : lo;
      const shi = size === 2 ? (hi << 16) >> 16 : hi;
      if (sv < slo || sv > shi) throw new Fault(5, -1);
      break;
    }
    case 0x19b: // ARPL
      S.arpl(c, slot, a, b);
      break;
    case 0x19c: {
      // LOAD_FAR (les lds lss lfs lgs)
      const addr = c.ea(slot);
      const off = mmu.read(addr, size);
      const sel = mmu.read16((addr + size) | 0);
      S.loadSegment(c, b, sel);
      c.setReg(size, a, off);
      if (b === 2) c.shadow = true;
      break;
    }
    case 0x19d: // DESC_TABLE
      S.descriptorTable(c, b, c.ea(slot), size);
      break;
    case 0x19e: // SMSW
      if (a >= 0) c.setReg(size, a, c.cr0 & (size === 4 ? -1 : 0xffff));
      else mmu.write16(c.ea(slot), c.cr0 & 0xffff);
      break;
    case 0x19f: // LMSW
      S.lmsw(c, a >= 0 ? c.r16[a << 1] : mmu.read16(c.ea(slot)));
      break;
    case 0x1a0: // INVLPG
      if (c.cpl !== 0) gp0();
      mmu.invlpg(c.ea(slot));
      break;
    case 0x1a1: // MOV_R_CR
      regs[a] = S.readCr(c, b);
      break;
    case 0x1a2: // MOV_CR_R
      S.writeCr(c, b, regs[a]);
      break;
    case 0x1a3: // MOV_R_DR
      if (c.cpl !== 0) gp0();
      regs[a] = b === 4 || b === 5 ? c.dr[b + 2] : c.dr[b];
      break;
    case 0x1a4: // MOV_DR_R
      if (c.cpl !== 0) gp0();
      c.dr[b === 4 || b === 5 ? b + 2 : b] = regs[a];
      break;
    case 0x1a5: // CLTS
      if (c.cpl !== 0) gp0();
      c.cr0 &= ~8;
      break;
    case 0x1a6: // GROUP6
      S.group6(c, slot, a, b, size);
      break;
    case 0x1a7: // LAR
    case 0x1a8: // LSL
      S.larLsl(c, slot, a, b, size, op === 0x1a8);
      break;
    case 0x1a9: // WBINVD
      if (c.cpl !== 0) gp0();
      break;
    case 0x1aa: // RDMSR
    case 0x1ab: // WRMSR
      if (c.cpl !== 0) gp0();
      S.msr(c, op === 0x1ab);
      break;
    case 0x1ac: // UD
      ud();
      break;
    case 0x1ad: // FPU: no x87 here; CR0.EM or TS gives #NM, as with the FPU absent
      if ((c.cr0 & 0xc) !== 0) throw new Fault(7, -1);
      ud();
      break;
    case 0x1ae: // WAIT
      if ((c.cr0 & 0xa) === 0xa) throw new Fault(7, -1);
      break;
    case 0x1af: // PUSHA
      pusha(c, size);
      break;
    case 0x1b0: // POPA
      popa(c, size);
      break;
    case 0x1b1: // SLOW: decode into scratch slot 0 and run that
      c.decodeSlow(c.eip);
      execute(c, 0);
      return;
    default:
      if (op >= O.BT && op < O.BT + 16) {
        bitTest(c, slot, op - O.BT, size);
        break;
      }
      ud();
  }
  c.eip = c.code32 ? next : next & 0xffff;
}

function checkCsLimit(c: Cpu, target: number): void {
  if (c.protectedMode && target >>> 0 > c.segLimit[CS] >>> 0) gp0();
}

function jump(c: Cpu, target: number, size: number): void {
  if (size === 2) target &= 0xffff;
  checkCsLimit(c, target);
  c.eip = target;
}

/** The binop family: ADD ... MOV in the forms RR RM MR RI MI. */
function binop(c: Cpu, slot: number, op: number, next: number): void {
  const kind = op >> 4;
  const f = op & 15;
  const form = (f / 3) | 0;
  const sc = f - form * 3;
  const size = 1 << sc;
  const code = c.code;
  const a = code.a[slot];
  const writes = kind < 7 || kind === 9;
  switch (form) {
    case O.FORM_RR: {
      const r = A.alu(
        c,
        kind,
        sc,
        kind === 9 ? 0 : c.getReg(size, a),
        c.getReg(size, code.b[slot]),
      );
      if (writes) c.setReg(size, a, r);
      break;
    }
    case O.FORM_RM: {
      const s = c.mmu.read(c.ea(slot), size);
      const r = A.alu(c, kind, sc, kind === 9 ? 0 : c.getReg(size, a), s);
      if (writes) c.setReg(size, a, r);
      break;
    }
    case O.FORM_MR: {
      const addr = c.ea(slot);
      const s = c.getReg(size, a);
      if (kind === 9) c.mmu.write(addr, size, s);
      else {
        const r = A.alu(c, kind, sc, c.mmu.read(addr, size), s);
        if (writes) c.mmu.write(addr, size, r);
      }
      break;
    }
    case O.FORM_RI: {
      const r = A.alu(c, kind, sc, kind === 9 ? 0 : c.getReg(size, a), code.imm[slot]);
      if (writes) c.setReg(size, a, r);
      break;
    }
    default: {
      const addr = c.ea(slot);
      if (kind === 9) c.mmu.write(addr, size, code.imm[slot]);
      else {
        const r = A.alu(c, kind, sc, c.mmu.read(addr, size), code.imm[slot]);
        if (writes) c.mmu.write(addr, size, r);
      }
    }
  }
  c.eip = c.code32 ? next : next & 0xffff;
}

function shiftGroup(c: Cpu, slot: number, op: number, next: number): void {
  const x = op - 0xa0;
  const kind = x >> 3;
  const mem = (x & 7) >= 3;
  const sc = (x & 7) - (mem ? 3 : 0);
  const size = 1 << sc;
  const code = c.code;
  const imm = code.imm[slot];
  const count = (imm < 0 ? c.regs[ECX] : imm) & 31;
  if (mem) {
    const addr = c.ea(slot);
    const d = c.mmu.read(addr, size);
    const r = A.shift(c, kind, sc, d, count);
    if (count !== 0) c.mmu.write(addr, size, r);
  } else {
    const a = code.a[slot];
    c.setReg(size, a, A.shift(c, kind, sc, c.getReg(size, a), count));
  }
  c.eip = c.code32 ? next : next & 0xffff;
}

function unaryGroup(c: Cpu, slot: number, op: number, next: number): void {
  const x = op - 0xe0;
  const kind = x >> 3;
  const mem = (x & 7) >= 3;
  const sc = (x & 7) - (mem ? 3 : 0);
  const size = 1 << sc;
  const a = c.code.a[slot];
  const addr = mem ? c.ea(slot) : 0;
  const d = mem ? c.mmu.read(addr, size) : c.getReg(size, a);
  let r: number;
  switch (kind) {
    case 0:
      r = ~d;
      break;
    case 1:
      r = A.neg(c, sc, d);
      break;
    case 6:
    case 7:
      r = A.incdec(c, kind === 7, sc, d);
      break;
    default:
      multiplyDivide(c, kind, sc, d);
      c.eip = c.code32 ? next : next & 0xffff;
      return;
  }
  if (mem) c.mmu.write(addr, size, r);
  else c.setReg(size, a, r);
  c.eip = c.code32 ? next : next & 0xffff;
}

/** MUL IMUL DIV IDIV (group 3 kinds 2-5) with the accumulator. */
function multiplyDivide(c: Cpu, kind: number, sc: number, s: number): void {
  const regs = c.regs;
  if (sc === 0) {
    const al = c.r8[0];
    switch (kind) {
      case 2: {
        const p = al * s;
        c.r16[0] = p;
        A.mulFlags(c, 0, p & 0xff, p > 0xff);
        return;
      }
      case 3: {
        const p = ((al << 24) >> 24) * ((s << 24) >> 24);
        c.r16[0] = p;
        A.mulFlags(c, 0, p & 0xff, p !== (p << 24) >> 24);
        return;
      }
      case 4: {
        if (s === 0) A.divideError();
        const ax = c.r16[0];
        const q = Math.floor(ax / s);
        if (q > 0xff) A.divideError();
        c.r16[0] = ((ax % s) << 8) | q;
        return;
      }
      default: {
        const sd = (s << 24) >> 24;
        if (sd === 0) A.divideError();
        const ax = (c.r16[0] << 16) >> 16;
        const q = Math.trunc(ax / sd);
        if (q > 127 || q < -128) A.divideError();
        c.r16[0] = ((ax - q * sd) << 8) | (q & 0xff);
        return;
      }
    }
  }
  if (sc === 1) {
    const ax = c.r16[0];
    switch (kind) {
      case 2: {
        const p = ax * s;
        c.r16[0] = p;
        c.r16[EDX << 1] = p >>> 16;
        A.mulFlags(c, 1, p & 0xffff, p > 0xffff);
        return;
      }
      case 3: {
        const p = ((ax << 16) >> 16) * ((s << 16) >> 16);
        c.r16[0] = p;
        c.r16[EDX << 1] = p >> 16;
        A.mulFlags(c, 1, p & 0xffff, p !== (p << 16) >> 16);
        return;
      }
      case 4: {
        if (s === 0) A.divideError();
        const n = ((c.r16[EDX << 1] << 16) | ax) >>> 0;
        const q = Math.floor(n / s);
        if (q > 0xffff) A.divideError();
        c.r16[0] = q;
        c.r16[EDX << 1] = n % s;
        return;
      }
      default: {
        const sd = (s << 16) >> 16;
        if (sd === 0) A.divideError();
        const n = (c.r16[EDX << 1] << 16) | ax;
        const q = Math.trunc(n / sd);
        if (q > 32767 || q < -32768) A.divideError();
        c.r16[0] = q;
        c.r16[EDX << 1] = n - q * sd;
        return;
      }
    }
  }
  const eax = regs[EAX];
  switch (kind) {
    case 2: {
      const hi = A.mulHigh(eax, s);
      regs[EAX] = Math.imul(eax, s);
      regs[EDX] = hi;
      A.mulFlags(c, 2, regs[EAX], hi !== 0);
      return;
    }
    case 3: {
      const hi = A.imulHigh(eax, s);
      const lo = Math.imul(eax, s);
      regs[EAX] = lo;
      regs[EDX] = hi;
      A.mulFlags(c, 2, lo, hi !== lo >> 31);
      return;
    }
    case 4: {
      const [q, r] = A.div64(regs[EDX], eax, s);
      regs[EAX] = q;
      regs[EDX] = r;
      return;
    }
    default: {
      const [q, r] = A.idiv64(regs[EDX], eax, s);
      regs[EAX] = q;
      regs[EDX] = r;
    }
  }
}

/** BT BTS BTR BTC (kind = x >> 2) with a register or immediate bit offset. */
function bitTest(c: Cpu, slot: number, x: number, size: number): void {
  const kind = x >> 2;
  const form = x & 3;
  const code = c.code;
  const a = code.a[slot];
  const bits = size * 8;
  const mem = (form & 1) === 1;
  const fromReg = form < 2;
  let offset = fromReg ? c.getReg(size, code.b[slot]) : code.imm[slot];
  if (size === 2 && fromReg) offset = (offset << 16) >> 16;
  let addr = 0;
  let bit: number;
  let v: number;
  if (mem) {
    addr = c.ea(slot);
    if (fromReg) {
      // A register bit offset reaches outside the operand: it selects the word or dword too.
      addr = (addr + (offset >> (size === 4 ? 5 : 4)) * size) | 0;
    }
    bit = offset & (bits - 1);
    v = c.mmu.read(addr, size);
  } else {
    bit = offset & (bits - 1);
    v = c.getReg(size, a);
  }
  const on = ((v >>> bit) & 1) !== 0;
  setSome(c, CF, on ? CF : 0);
  if (kind === 0) return;
  const m = 1 << bit;
  const r = kind === 1 ? v | m : kind === 2 ? v & ~m : v ^ m;
  if (mem) c.mmu.write(addr, size, r);
  else c.setReg(size, a, r);
}

function enter(c: Cpu, size: number, frame: number, level: number): void {
  const regs = c.regs;
  const mask = c.stack32 ? -1 : 0xffff;
  const ssBase = c.segBase[2];
  let sp = regs[ESP];
  let bp = regs[EBP];
  sp = (sp - size) & mask;
  c.mmu.write((ssBase + sp) | 0, size, bp);
  const frameTemp = sp;
  for (let k = 1; k < level; k++) {
    bp = (bp - size) & mask;
    const v = c.mmu.read((ssBase + bp) | 0, size);
    sp = (sp - size) & mask;
    c.mmu.write((ssBase + sp) | 0, size, v);
  }
  if (level > 0) {
    sp = (sp - size) & mask;
    c.mmu.write((ssBase + sp) | 0, size, frameTemp);
  }
  sp = (sp - frame) & mask;
  // Touch the bottom of the new frame: a real CPU faults here if the stack cannot hold it.
  c.mmu.read8((ssBase + sp) | 0);
  c.setReg(size, EBP, frameTemp);
  if (c.stack32) regs[ESP] = sp;
  else c.r16[ESP << 1] = sp;
}

function pusha(c: Cpu, size: number): void {
  const regs = c.regs;
  const mask = c.stack32 ? -1 : 0xffff;
  const base = c.segBase[2];
  let sp = regs[ESP] & mask;
  const original = c.getReg(size, ESP);
  for (let r = 0; r < 8; r++) {
    sp = (sp - size) & mask;
    c.mmu.write((base + sp) | 0, size, r === ESP ? original : c.getReg(size, r));
  }
  if (c.stack32) regs[ESP] = sp;
  else c.r16[ESP << 1] = sp;
}

function popa(c: Cpu, size: number): void {
  const values = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let r = 7; r >= 0; r--) values[r] = c.peek(size, (7 - r) * size);
  for (let r = 0; r < 8; r++) if (r !== ESP) c.setReg(size, r, values[r]);
  c.release(8 * size);
}

function popFlags(c: Cpu, v: number, size: number): void {
  materialize(c);
  let writable = CF | PF | AF | ZF | SF | TF | DF | OF | NT | AC | ID;
  if (!c.protectedMode || c.cpl === 0) writable |= IOPL | IF;
  else if (c.cpl <= (c.flags & IOPL) >> 12) writable |= IF;
  if (size === 2) writable &= 0xffff;
  c.flags = (c.flags & ~writable) | (v & writable) | 2;
}

function cpuid(c: Cpu): void {
  const regs = c.regs;
  switch (regs[EAX]) {
    case 0:
      regs[EAX] = 1;
      // "LogosVirtCPU"
      regs[EBX] = 0x6f676f4c;
      regs[EDX] = 0x72695673;
      regs[ECX] = 0x55504374;
      return;
    case 1:
      regs[EAX] = 0x00000633; // family 6, model 3, stepping 3
      regs[EBX] = 0;
      regs[ECX] = 0;
      // PSE(3) TSC(4) MSR(5) CX8(8) CMOV(15); no FPU: x87 is not emulated
      regs[EDX] = (1 << 3) | (1 << 4) | (1 << 5) | (1 << 8) | (1 << 15);
      return;
    default:
      regs[EAX] = 0;
      regs[EBX] = 0;
      regs[ECX] = 0;
      regs[EDX] = 0;
  }
}

/**
 * String instructions with their rep prefixes. Returns false when a rep stopped part-way (EIP stays
 * on the instruction so that it resumes after any pending interrupt).
 */
function stringOp(
  c: Cpu,
  slot: number,
  kind: number,
  rep: number,
  size: number,
  as: number,
  seg: number,
): boolean {
  const regs = c.regs;
  const mmu = c.mmu;
  const amask = as === 4 ? -1 : 0xffff;
  const step = (c.flags & DF) !== 0 ? -size : size;
  const srcBase = c.segBase[seg];
  const dstBase = c.segBase[ES];
  let count = rep !== 0 ? regs[ECX] & amask : 1;
  if (rep !== 0 && count === 0) return true;
  // At most this many iterations per run so that interrupts are not held off for long.
  let budget = 0x10000;
  let si = regs[ESI];
  let di = regs[EDI];
  const commit = () => {
    if (as === 4) {
      regs[ESI] = si;
      regs[EDI] = di;
      if (rep !== 0) regs[ECX] = count;
    } else {
      c.r16[ESI << 1] = si;
      c.r16[EDI << 1] = di;
      if (rep !== 0) c.r16[ECX << 1] = count;
    }
  };
  try {
    while (count !== 0) {
      switch (kind) {
        case O.STR_MOVS:
          mmu.write(
            (dstBase + (di & amask)) | 0,
            size,
            mmu.read((srcBase + (si & amask)) | 0, size),
          );
          si = (si + step) & amask;
          di = (di + step) & amask;
          break;
        case O.STR_STOS:
          mmu.write((dstBase + (di & amask)) | 0, size, c.getReg(size, EAX));
          di = (di + step) & amask;
          break;
        case O.STR_LODS:
          c.setReg(size, EAX, mmu.read((srcBase + (si & amask)) | 0, size));
          si = (si + step) & amask;
          break;
        case O.STR_CMPS: {
          const x = mmu.read((srcBase + (si & amask)) | 0, size);
          const y = mmu.read((dstBase + (di & amask)) | 0, size);
          A.alu(c, 7, size === 4 ? 2 : size === 2 ? 1 : 0, x, y);
          si = (si + step) & amask;
          di = (di + step) & amask;
          break;
        }
        case O.STR_SCAS: {
          const y = mmu.read((dstBase + (di & amask)) | 0, size);
          A.alu(c, 7, size === 4 ? 2 : size === 2 ? 1 : 0, c.getReg(size, EAX), y);
          di = (di + step) & amask;
          break;
        }
        case O.STR_INS: {
          const port = c.r16[EDX << 1];
          S.checkIo(c, port, size);
          mmu.write((dstBase + (di & amask)) | 0, size, c.bus.in(port, size));
          di = (di + step) & amask;
          break;
        }
        default: {
          const port = c.r16[EDX << 1];
          S.checkIo(c, port, size);
          c.bus.out(port, size, mmu.read((srcBase + (si & amask)) | 0, size));
          si = (si + step) & amask;
        }
      }
      if (rep === 0) break;
      count = (count - 1) & amask;
      if ((kind === O.STR_CMPS || kind === O.STR_SCAS) && getZF(c) !== (rep === 1)) break;
      if (--budget === 0 && count !== 0) {
        commit();
        return false;
      }
    }
  } catch (e) {
    commit(); // the iterations done so far stand; EIP stays on the instruction
    throw e;
  }
  commit();
  return true;
}
