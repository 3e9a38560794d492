// Protected mode: segment descriptors and selectors, privilege checks, far control transfers,
// interrupt and exception delivery (real-mode IVT, protected-mode IDT with interrupt and trap
// gates, the TSS stack switch on a ring change, iret back to an outer ring), double and triple
// fault, control registers, descriptor-table instructions and the I/O permission check.
//
// Descriptor tables, the IDT and the TSS are read with supervisor accesses whatever the CPL, as
// the CPU's own accesses are. Task gates, far jumps and calls to a TSS and iret with NT switch
// tasks (task.ts). Not emulated (each raises #GP with a clear reason in the docs): call gates,
// 16-bit TSSs, and virtual-8086 mode.
import { CS, DS, ES, FS, GS, SS, ESP, STOP_SHUTDOWN, STOP_TRAP, type Cpu } from "./cpu.ts";
import { AC, IF, IOPL, NT, RF, TF, VM, getFlags, materialize } from "./flags.ts";
import { Fault } from "./mmu.ts";
import { switchTask, taskTarget, TASK_CALL, TASK_IRET, TASK_JMP } from "./task.ts";

// Descriptor access-byte bits (segAttr holds the access byte in bits 0-7 and the flags nibble
// of the descriptor -- AVL, L, D/B, G -- in bits 12-15).
export const A_PRESENT = 0x80;
export const A_SYSTEM_CLEAR = 0x10; // S: 1 = code/data, 0 = system
export const A_CODE = 0x08;
const A_CONFORMING_OR_DOWN = 0x04;
export const A_RW = 0x02; // readable code / writable data
const A_ACCESSED = 0x01;
const F_BIG = 0x4000; // D/B
const F_GRAN = 0x8000;

function gp(code: number): never {
  throw new Fault(13, code);
}

/** A descriptor as read from a table: the two dwords, and where it lives. */
export interface Descriptor {
  lo: number;
  hi: number;
  addr: number;
}

export function supervisorRead32(c: Cpu, lin: number): number {
  const saved = c.mmu.mask;
  c.mmu.mask = 1;
  try {
    return c.mmu.read32(lin);
  } finally {
    c.mmu.mask = saved;
  }
}

export function supervisorWrite32(c: Cpu, lin: number, v: number): void {
  const saved = c.mmu.mask;
  c.mmu.mask = 1;
  try {
    c.mmu.write32(lin, v);
  } finally {
    c.mmu.mask = saved;
  }
}

function supervisorRead16(c: Cpu, lin: number): number {
  return supervisorRead32(c, lin) & 0xffff;
}

/** Reads the descriptor for a (non-null) selector; #GP(selector) if it is outside its table. */
export function readDescriptor(c: Cpu, sel: number, vector = 13): Descriptor {
  const index = sel & ~7;
  let base: number;
  let limit: number;
  if ((sel & 4) !== 0) {
    if ((c.ldtSel & ~3) === 0) throw new Fault(vector, sel & ~3);
    base = c.ldtBase;
    limit = c.ldtLimit;
  } else {
    base = c.gdtBase;
    limit = c.gdtLimit;
  }
  if (index + 7 > limit >>> 0) throw new Fault(vector, sel & ~3);
  const addr = (base + index) | 0;
  return { lo: supervisorRead32(c, addr), hi: supervisorRead32(c, (addr + 4) | 0), addr };
}

export function descBase(d: Descriptor): number {
  return (d.lo >>> 16) | ((d.hi & 0xff) << 16) | (d.hi & 0xff000000) | 0;
}

export function descLimit(d: Descriptor): number {
  const raw = (d.lo & 0xffff) | (d.hi & 0xf0000);
  return (d.hi & 0x800000) !== 0 ? (raw << 12) | 0xfff | 0 : raw;
}

export function descAttr(d: Descriptor): number {
  return (d.hi >> 8) & 0xf0ff;
}

function setAccessed(c: Cpu, d: Descriptor): void {
  if ((d.hi & 0x100) === 0) {
    d.hi |= 0x100;
    supervisorWrite32(c, (d.addr + 4) | 0, d.hi);
  }
}

export function loadCache(c: Cpu, seg: number, sel: number, d: Descriptor): void {
  c.segSel[seg] = sel;
  c.segBase[seg] = descBase(d);
  c.segLimit[seg] = descLimit(d);
  c.segAttr[seg] = descAttr(d);
  if (seg === CS) {
    c.code32 = (c.segAttr[CS] & F_BIG) !== 0;
    c.code.gen++; // block links (cpu.ts) assumed the old CS
  }
  if (seg === SS) c.stack32 = (c.segAttr[SS] & F_BIG) !== 0;
}

/** CS:EIP = sel:off in real mode (the base is sel × 16; the cached limit and size stay). */
function realModeJump(c: Cpu, sel: number, off: number): void {
  c.segSel[CS] = sel;
  c.segBase[CS] = sel << 4;
  c.code.gen++; // block links (cpu.ts) assumed the old CS
  c.eip = off;
}

/** Loads a flat 4 GiB segment without a table (used to set up user mode directly). */
export function loadFlat(c: Cpu, seg: number, sel: number, code: boolean, dpl: number): void {
  c.segSel[seg] = sel;
  c.segBase[seg] = 0;
  c.segLimit[seg] = -1;
  c.segAttr[seg] =
    F_GRAN |
    F_BIG |
    A_PRESENT |
    (dpl << 5) |
    A_SYSTEM_CLEAR |
    (code ? A_CODE : 0) |
    A_RW |
    A_ACCESSED;
  if (seg === CS) {
    c.code32 = true;
    c.code.gen++;
  }
  if (seg === SS) c.stack32 = true;
}

/** mov sreg / pop sreg / lds ...: loads a data or stack segment register with the checks. */
export function loadSegment(c: Cpu, seg: number, sel: number): void {
  sel &= 0xffff;
  if (!c.protectedMode) {
    c.segSel[seg] = sel;
    c.segBase[seg] = sel << 4;
    if (seg === CS) {
      c.code32 = false;
      c.code.gen++;
    }
    return;
  }
  if ((sel & ~3) === 0) {
    if (seg === SS) gp(0);
    c.segSel[seg] = sel;
    c.segBase[seg] = 0;
    c.segLimit[seg] = 0;
    c.segAttr[seg] = 0; // unusable
    return;
  }
  const d = readDescriptor(c, sel);
  const attr = descAttr(d);
  const dpl = (attr >> 5) & 3;
  const rpl = sel & 3;
  if (seg === SS) {
    const writableData = (attr & (A_SYSTEM_CLEAR | A_CODE | A_RW)) === (A_SYSTEM_CLEAR | A_RW);
    if (rpl !== c.cpl || dpl !== c.cpl || !writableData) gp(sel & ~3);
    if ((attr & A_PRESENT) === 0) throw new Fault(12, sel & ~3);
  } else {
    if ((attr & A_SYSTEM_CLEAR) === 0) gp(sel & ~3);
    const code = (attr & A_CODE) !== 0;
    if (code && (attr & A_RW) === 0) gp(sel & ~3); // execute-only code
    const conformingCode = code && (attr & A_CONFORMING_OR_DOWN) !== 0;
    if (!conformingCode && (rpl > dpl || c.cpl > dpl)) gp(sel & ~3);
    if ((attr & A_PRESENT) === 0) throw new Fault(11, sel & ~3);
  }
  setAccessed(c, d);
  loadCache(c, seg, sel, d);
}

/** Checks a code-segment descriptor for a far jump/call/return to privilege `cpl`. */
function checkCode(c: Cpu, sel: number, d: Descriptor, newCpl: number, forReturn: boolean): void {
  const attr = descAttr(d);
  if ((attr & (A_SYSTEM_CLEAR | A_CODE)) !== (A_SYSTEM_CLEAR | A_CODE)) gp(sel & ~3);
  const dpl = (attr >> 5) & 3;
  const conforming = (attr & A_CONFORMING_OR_DOWN) !== 0;
  if (forReturn) {
    if (conforming ? dpl > (sel & 3) : dpl !== (sel & 3)) gp(sel & ~3);
  } else if (conforming ? dpl > newCpl : dpl !== newCpl || (sel & 3) > newCpl) gp(sel & ~3);
  if ((attr & A_PRESENT) === 0) throw new Fault(11, sel & ~3);
}

/**
 * A far jmp or call to a system descriptor: a TSS or a task gate switches tasks (the DPL must
 * allow the CPL and the RPL); call gates are not emulated (#GP).
 */
function farToSystem(c: Cpu, sel: number, d: Descriptor, source: number, next: number): void {
  const attr = descAttr(d);
  const type = attr & 0x1f;
  if (type !== 0x09 && type !== 0x05) gp(sel & ~3);
  const dpl = (attr >> 5) & 3;
  if (dpl < c.cpl || dpl < (sel & 3)) gp(sel & ~3);
  const t = taskTarget(c, sel, d);
  switchTask(c, t.sel, t.d, source, next);
}

export function farJump(c: Cpu, sel: number, off: number, size: number, next: number): void {
  if (size === 2) off &= 0xffff;
  if (!c.protectedMode) {
    realModeJump(c, sel, off);
    return;
  }
  if ((sel & ~3) === 0) gp(0);
  const d = readDescriptor(c, sel);
  if ((descAttr(d) & A_SYSTEM_CLEAR) === 0) {
    farToSystem(c, sel, d, TASK_JMP, next);
    return;
  }
  checkCode(c, sel, d, c.cpl, false);
  if (off >>> 0 > descLimit(d) >>> 0) gp(0);
  setAccessed(c, d);
  loadCache(c, CS, (sel & ~3) | c.cpl, d);
  c.eip = off;
}

export function farCall(c: Cpu, sel: number, off: number, size: number, next: number): void {
  if (size === 2) off &= 0xffff;
  if (!c.protectedMode) {
    const oldCs = c.segSel[CS];
    // Both pushes are checked before either lands: a stack fault leaves SP unchanged.
    c.peek(size, -2 * size);
    c.push(size, oldCs);
    c.push(size, next);
    realModeJump(c, sel, off);
    return;
  }
  if ((sel & ~3) === 0) gp(0);
  const d = readDescriptor(c, sel);
  if ((descAttr(d) & A_SYSTEM_CLEAR) === 0) {
    farToSystem(c, sel, d, TASK_CALL, next);
    return;
  }
  checkCode(c, sel, d, c.cpl, false);
  if (off >>> 0 > descLimit(d) >>> 0) gp(0);
  const oldEsp = c.regs[ESP];
  try {
    c.push(size, c.segSel[CS]);
    c.push(size, next);
  } catch (e) {
    c.regs[ESP] = oldEsp;
    throw e;
  }
  setAccessed(c, d);
  loadCache(c, CS, (sel & ~3) | c.cpl, d);
  c.eip = off;
}

/** Data segment registers an outer ring may not keep are nulled on a return to it. */
function nullInaccessible(c: Cpu): void {
  for (const seg of [ES, DS, FS, GS]) {
    const attr = c.segAttr[seg];
    const dpl = (attr >> 5) & 3;
    const conformingCode =
      (attr & (A_CODE | A_CONFORMING_OR_DOWN)) === (A_CODE | A_CONFORMING_OR_DOWN);
    if (attr !== 0 && !conformingCode && dpl < c.cpl) {
      c.segSel[seg] = 0;
      c.segAttr[seg] = 0;
      c.segBase[seg] = 0;
      c.segLimit[seg] = 0;
    }
  }
}

export function farReturn(c: Cpu, size: number, release: number): void {
  const off = c.peek(size, 0);
  const sel = c.peek(size, size) & 0xffff;
  if (!c.protectedMode) {
    c.release(2 * size + release);
    realModeJump(c, sel, size === 2 ? off & 0xffff : off);
    return;
  }
  if ((sel & ~3) === 0) gp(0);
  const rpl = sel & 3;
  if (rpl < c.cpl) gp(sel & ~3);
  const d = readDescriptor(c, sel);
  checkCode(c, sel, d, rpl, true);
  const target = size === 2 ? off & 0xffff : off;
  if (target >>> 0 > descLimit(d) >>> 0) gp(0);
  if (rpl === c.cpl) {
    c.release(2 * size + release);
    setAccessed(c, d);
    loadCache(c, CS, sel, d);
    c.eip = target;
    return;
  }
  // Return to an outer ring: the outer stack pointer is above the released parameters.
  const newEsp = c.peek(size, 2 * size + release);
  const newSs = c.peek(size, 3 * size + release) & 0xffff;
  const ssDesc = checkStackSegment(c, newSs, rpl, 13);
  setAccessed(c, d);
  loadCache(c, CS, sel, d);
  c.cpl = rpl;
  c.mmu.mask = rpl === 3 ? 2 : 1;
  loadCache(c, SS, newSs, ssDesc);
  if (c.stack32) c.regs[ESP] = (newEsp + release) | 0;
  else c.r16[ESP << 1] = newEsp + release;
  c.eip = target;
  nullInaccessible(c);
}

/** Validates a stack segment for privilege `pl`; faults with `vector` (#GP or #TS). */
function checkStackSegment(c: Cpu, sel: number, pl: number, vector: number): Descriptor {
  if ((sel & ~3) === 0) throw new Fault(vector, 0);
  const d = readDescriptor(c, sel, vector);
  const attr = descAttr(d);
  const writableData = (attr & (A_SYSTEM_CLEAR | A_CODE | A_RW)) === (A_SYSTEM_CLEAR | A_RW);
  if ((sel & 3) !== pl || ((attr >> 5) & 3) !== pl || !writableData)
    throw new Fault(vector, sel & ~3);
  if ((attr & A_PRESENT) === 0) throw new Fault(12, sel & ~3);
  return d;
}

export function iret(c: Cpu, size: number, next: number): void {
  if (!c.protectedMode) {
    const ip = c.peek(size, 0);
    const cs = c.peek(size, size) & 0xffff;
    const fl = c.peek(size, 2 * size);
    c.release(3 * size);
    realModeJump(c, cs, size === 2 ? ip & 0xffff : ip);
    writeFlags(c, fl, size, true);
    return;
  }
  materialize(c);
  if ((c.flags & NT) !== 0) {
    // Back to the task that called this one (its TSS is busy, named by the back link).
    const link = supervisorRead32(c, c.trBase) & 0xffff;
    if ((link & 4) !== 0) throw new Fault(10, link & ~3);
    const d = readDescriptor(c, link, 10);
    if ((descAttr(d) & 0x17) !== 0x03) throw new Fault(10, link & ~3);
    switchTask(c, link, d, TASK_IRET, next);
    return;
  }
  const off = c.peek(size, 0);
  const sel = c.peek(size, size) & 0xffff;
  const fl = c.peek(size, 2 * size);
  if ((fl & VM) !== 0 && size === 4 && c.cpl === 0) gp(0); // virtual-8086 mode: not emulated
  if ((sel & ~3) === 0) gp(0);
  const rpl = sel & 3;
  if (rpl < c.cpl) gp(sel & ~3);
  const d = readDescriptor(c, sel);
  checkCode(c, sel, d, rpl, true);
  const target = size === 2 ? off & 0xffff : off;
  if (target >>> 0 > descLimit(d) >>> 0) gp(0);
  const oldCpl = c.cpl;
  if (rpl === c.cpl) {
    c.release(3 * size);
    setAccessed(c, d);
    loadCache(c, CS, sel, d);
    c.eip = target;
    writeFlags(c, fl, size, oldCpl === 0, oldCpl <= (c.flags & IOPL) >> 12);
    return;
  }
  const newEsp = c.peek(size, 3 * size);
  const newSs = c.peek(size, 4 * size) & 0xffff;
  const ssDesc = checkStackSegment(c, newSs, rpl, 13);
  setAccessed(c, d);
  loadCache(c, CS, sel, d);
  writeFlags(c, fl, size, oldCpl === 0, oldCpl <= (c.flags & IOPL) >> 12);
  c.cpl = rpl;
  c.mmu.mask = rpl === 3 ? 2 : 1;
  loadCache(c, SS, newSs, ssDesc);
  if (c.stack32) c.regs[ESP] = newEsp;
  else c.r16[ESP << 1] = newEsp;
  c.eip = target;
  nullInaccessible(c);
}

/** EFLAGS from iret: IOPL only at CPL 0, IF only when CPL <= IOPL; VM and RF never here. */
function writeFlags(c: Cpu, v: number, size: number, mayIopl: boolean, mayIf = true): void {
  materialize(c);
  let writable =
    0x0001 | 0x0004 | 0x0010 | 0x0040 | 0x0080 | TF | 0x0400 | 0x0800 | NT | AC | 0x200000;
  if (mayIopl) writable |= IOPL;
  if (mayIf) writable |= IF;
  if (size === 2) writable &= 0xffff;
  c.flags = (c.flags & ~writable) | (v & writable) | 2;
}

// ---- interrupts and exceptions ----

/** Exceptions that push an error code. */
function hasErrorCode(vector: number): boolean {
  return vector === 8 || (vector >= 10 && vector <= 14) || vector === 17;
}

function contributory(vector: number): boolean {
  return vector === 0 || (vector >= 10 && vector <= 13);
}

/**
 * An exception raised by an instruction (EIP at it). Delivers it through the IDT/IVT, turning a
 * fault during delivery into #DF and a fault during #DF into a shutdown (triple fault).
 */
export function raise(c: Cpu, vector: number, code: number): void {
  if (c.trapAll) {
    c.trapVector = vector;
    c.trapCode = code;
    c.trapSoftware = false;
    c.stop = STOP_TRAP;
    return;
  }
  let v = vector;
  let e = hasErrorCode(vector) ? code : -1;
  let first = -1;
  const chain = [v, e];
  for (;;) {
    try {
      deliver(c, v, e, false, true);
      return;
    } catch (err) {
      if (!(err instanceof Fault)) throw err;
      const second = err.vector;
      chain.push(second, err.code);
      if (v === 8) {
        c.stop = STOP_SHUTDOWN;
        c.halted = true;
        c.shutdownChain = chain;
        return;
      }
      first = v;
      const df =
        (contributory(first) && contributory(second)) ||
        (first === 14 && (second === 14 || contributory(second)));
      if (df) {
        v = 8;
        e = 0;
        chain.push(8, 0);
      } else {
        v = second;
        e = hasErrorCode(second) ? err.code : -1;
      }
    }
  }
}

/** A maskable interrupt from the PC's interrupt controller (between instructions). */
export function deliverInterrupt(c: Cpu, vector: number): void {
  if (c.trapAll) {
    c.trapVector = vector;
    c.trapCode = -1;
    c.trapSoftware = false;
    c.stop = STOP_TRAP;
    return;
  }
  try {
    deliver(c, vector, -1, false, true);
  } catch (err) {
    if (!(err instanceof Fault)) throw err;
    raise(c, err.vector, err.code);
  }
}

/** int n / int3 / into / int1, with EIP already after the instruction. */
export function softwareInterrupt(c: Cpu, vector: number, checkDpl: boolean): void {
  if (c.trapAll) {
    c.trapVector = vector;
    c.trapCode = -1;
    c.trapSoftware = true;
    c.stop = STOP_TRAP;
    return;
  }
  // A BIOS written in TypeScript serves real-mode calls (int 10h, 13h ...) itself.
  if (!c.protectedMode && c.realModeService !== null && c.realModeService(vector)) return;
  deliver(c, vector, -1, checkDpl, false);
}

/**
 * Enters the handler for `vector`. `software`: an int n, whose gate DPL must allow the CPL.
 * `external`: the event did not come from an instruction (EXT bit in error codes).
 */
function deliver(
  c: Cpu,
  vector: number,
  errorCode: number,
  software: boolean,
  external: boolean,
): void {
  const ext = external ? 1 : 0;
  if (!c.protectedMode) {
    const entry = (c.idtBase + vector * 4) | 0;
    if (vector * 4 + 3 > c.idtLimit >>> 0) gp(0);
    const ip = c.mmu.read16(entry);
    const cs = c.mmu.read16((entry + 2) | 0);
    const fl = getFlags(c);
    c.push16(fl);
    c.push16(c.segSel[CS]);
    c.push16(c.eip);
    c.flags = fl & ~(IF | TF | AC | RF);
    c.lazyMask = 0;
    realModeJump(c, cs, ip);
    c.halted = false;
    return;
  }
  const idtCode = vector * 8 + 2 + ext;
  if (vector * 8 + 7 > c.idtLimit >>> 0) gp(idtCode);
  const gateLo = supervisorRead32(c, (c.idtBase + vector * 8) | 0);
  const gateHi = supervisorRead32(c, (c.idtBase + vector * 8 + 4) | 0);
  const type = (gateHi >> 8) & 0x1f;
  const gateDpl = (gateHi >> 13) & 3;
  const trapGate = type === 0x0f || type === 0x07;
  const gate32 = type === 0x0e || type === 0x0f;
  if (type !== 0x0e && type !== 0x0f && type !== 0x06 && type !== 0x07 && type !== 0x05)
    gp(idtCode);
  if (software && gateDpl < c.cpl) gp(idtCode);
  if ((gateHi & 0x8000) === 0) throw new Fault(11, idtCode);
  if (type === 0x05) {
    // A task gate: the handler is a task of its own, entered as by a far call; the error code
    // goes on its stack.
    const t = taskTarget(c, idtCode, { lo: gateLo, hi: gateHi, addr: 0 });
    switchTask(c, t.sel, t.d, TASK_CALL, c.eip);
    if (errorCode >= 0) c.push32(errorCode);
    c.halted = false;
    return;
  }
  const sel = gateLo >>> 16;
  const off = gate32 ? (gateHi & 0xffff0000) | (gateLo & 0xffff) : gateLo & 0xffff;
  if ((sel & ~3) === 0) gp(ext);
  const d = readDescriptor(c, sel);
  const attr = descAttr(d);
  const dpl = (attr >> 5) & 3;
  if ((attr & (A_SYSTEM_CLEAR | A_CODE)) !== (A_SYSTEM_CLEAR | A_CODE) || dpl > c.cpl)
    gp((sel & ~3) + ext);
  if ((attr & A_PRESENT) === 0) throw new Fault(11, (sel & ~3) + ext);
  const size = gate32 ? 4 : 2;
  const fl = getFlags(c);
  const conforming = (attr & A_CONFORMING_OR_DOWN) !== 0;
  if (!conforming && dpl < c.cpl) {
    // Inner privilege: switch to the stack the TSS gives for ring `dpl`.
    const [ss, esp] = tssStack(c, dpl, ext);
    const ssDesc = checkStackSegment(c, ss, dpl, 10);
    const oldSs = c.segSel[SS];
    const oldEsp = c.regs[ESP];
    const ssBase = descBase(ssDesc);
    const big = (descAttr(ssDesc) & F_BIG) !== 0;
    // Build the frame on the new stack first; nothing changes if a push faults.
    const frame = [oldSs, oldEsp, fl, c.segSel[CS], c.eip];
    if (errorCode >= 0) frame.push(errorCode);
    let sp = esp;
    const saved = c.mmu.mask;
    c.mmu.mask = 1;
    try {
      for (const v of frame) {
        sp = big ? (sp - size) | 0 : (sp - size) & 0xffff;
        c.mmu.write((ssBase + sp) | 0, size, v);
      }
    } catch (err) {
      c.mmu.mask = saved;
      if (err instanceof Fault && err.vector === 14) throw err;
      throw new Fault(12, ext);
    }
    setAccessed(c, d);
    loadCache(c, SS, ss, ssDesc);
    if (big) c.regs[ESP] = sp;
    else c.r16[ESP << 1] = sp;
    c.cpl = dpl;
    c.mmu.mask = dpl === 3 ? 2 : 1;
    loadCache(c, CS, (sel & ~3) | dpl, d);
  } else {
    const oldEsp = c.regs[ESP];
    try {
      c.push(size, fl);
      c.push(size, c.segSel[CS]);
      c.push(size, c.eip);
      if (errorCode >= 0) c.push(size, errorCode);
    } catch (err) {
      c.regs[ESP] = oldEsp;
      throw err;
    }
    setAccessed(c, d);
    loadCache(c, CS, (sel & ~3) | c.cpl, d);
  }
  c.flags = fl & ~(TF | NT | RF | VM | (trapGate ? 0 : IF));
  c.lazyMask = 0;
  c.eip = size === 2 ? off & 0xffff : off;
  c.halted = false;
}

/** SS:ESP for ring `pl` from the current TSS; #TS on a bad TSS. */
function tssStack(c: Cpu, pl: number, ext: number): [number, number] {
  if (c.trType === 0) throw new Fault(10, (c.trSel & ~3) + ext);
  if (c.trType === 9 || c.trType === 11) {
    const at = 4 + pl * 8;
    if (at + 5 > c.trLimit >>> 0) throw new Fault(10, (c.trSel & ~3) + ext);
    const esp = supervisorRead32(c, (c.trBase + at) | 0);
    const ss = supervisorRead16(c, (c.trBase + at + 4) | 0);
    return [ss, esp];
  }
  const at = 2 + pl * 4;
  if (at + 3 > c.trLimit >>> 0) throw new Fault(10, (c.trSel & ~3) + ext);
  const sp = supervisorRead16(c, (c.trBase + at) | 0);
  const ss = supervisorRead16(c, (c.trBase + at + 2) | 0);
  return [ss, sp];
}

// ---- system instructions ----

function requireRing0(c: Cpu): void {
  if (c.protectedMode && c.cpl !== 0) gp(0);
}

export function readCr(c: Cpu, n: number): number {
  requireRing0(c);
  switch (n) {
    case 0:
      return c.cr0;
    case 2:
      return c.mmu.cr2;
    case 3:
      return c.mmu.cr3;
    case 4:
      return c.cr4;
    default:
      throw new Fault(6, -1);
  }
}

export function writeCr(c: Cpu, n: number, v: number): void {
  requireRing0(c);
  switch (n) {
    case 0: {
      if ((v & 0x80000000) !== 0 && (v & 1) === 0) gp(0);
      if ((v & 0x20000000) === 0 && (v & 0x40000000) !== 0) gp(0); // NW without CD
      c.cr0 = v | 0x10; // ET: always 1
      c.protectedMode = (v & 1) !== 0;
      c.setPaging();
      return;
    }
    case 2:
      c.mmu.cr2 = v;
      return;
    case 3:
      c.mmu.cr3 = v;
      c.mmu.flush();
      return;
    case 4:
      if ((v & ~0xbf) !== 0) gp(0); // VME PVI TSD DE PSE PAE(not supported: rejected) MCE PGE
      if ((v & 0x20) !== 0) gp(0);
      c.cr4 = v;
      c.setPaging();
      return;
    default:
      throw new Fault(6, -1);
  }
}

export function lmsw(c: Cpu, v: number): void {
  requireRing0(c);
  // Sets PE MP EM TS; PE can be set but not cleared this way.
  const cr0 = (c.cr0 & ~0xe) | (v & 0xf) | (c.cr0 & 1);
  writeCr(c, 0, cr0);
}

/** sgdt sidt lgdt lidt (kind 0-3) with the 6-byte operand at `addr`. */
export function descriptorTable(c: Cpu, kind: number, addr: number, size: number): void {
  const mmu = c.mmu;
  if (kind < 2) {
    const limit = kind === 0 ? c.gdtLimit : c.idtLimit;
    const base = kind === 0 ? c.gdtBase : c.idtBase;
    mmu.read8((addr + 5) | 0); // both halves are checked before anything is stored
    mmu.write16(addr, limit);
    mmu.write32((addr + 2) | 0, base);
    return;
  }
  requireRing0(c);
  const limit = mmu.read16(addr);
  let base = mmu.read32((addr + 2) | 0);
  if (size === 2) base &= 0xffffff;
  if (kind === 2) {
    c.gdtBase = base;
    c.gdtLimit = limit;
  } else {
    c.idtBase = base;
    c.idtLimit = limit;
  }
}

/** sldt str lldt ltr verr verw (kind 0-5); `reg` is the register operand or -1 for memory. */
export function group6(c: Cpu, slot: number, reg: number, kind: number, size: number): void {
  if (!c.protectedMode) throw new Fault(6, -1);
  const mmu = c.mmu;
  const readOperand = (): number => (reg >= 0 ? c.r16[reg << 1] : mmu.read16(c.ea(slot)));
  switch (kind) {
    case 0:
    case 1: {
      const v = kind === 0 ? c.ldtSel : c.trSel;
      if (reg >= 0) c.setReg(size, reg, v);
      else mmu.write16(c.ea(slot), v);
      return;
    }
    case 2: {
      requireRing0(c);
      const sel = readOperand();
      if ((sel & ~3) === 0) {
        c.ldtSel = 0;
        c.ldtBase = 0;
        c.ldtLimit = 0;
        return;
      }
      if ((sel & 4) !== 0) gp(sel & ~3);
      const d = readDescriptor(c, sel);
      const attr = descAttr(d);
      if ((attr & 0x1f) !== 0x02) gp(sel & ~3);
      if ((attr & A_PRESENT) === 0) throw new Fault(11, sel & ~3);
      c.ldtSel = sel;
      c.ldtBase = descBase(d);
      c.ldtLimit = descLimit(d);
      return;
    }
    case 3: {
      requireRing0(c);
      const sel = readOperand();
      if ((sel & ~3) === 0 || (sel & 4) !== 0) gp(sel & ~3);
      const d = readDescriptor(c, sel);
      const type = descAttr(d) & 0x1f;
      if (type !== 0x09 && type !== 0x01) gp(sel & ~3); // an available TSS
      if ((descAttr(d) & A_PRESENT) === 0) throw new Fault(11, sel & ~3);
      d.hi |= 0x200; // busy
      supervisorWrite32(c, (d.addr + 4) | 0, d.hi);
      c.trSel = sel;
      c.trBase = descBase(d);
      c.trLimit = descLimit(d);
      c.trType = type | 2;
      return;
    }
    default: {
      const sel = readOperand();
      setZF(c, accessible(c, sel, kind === 5 ? "write" : "read"));
    }
  }
}

function setZF(c: Cpu, on: boolean): void {
  materialize(c);
  c.flags = on ? c.flags | 0x40 : c.flags & ~0x40;
}

/** verr/verw/lar/lsl: the selector's descriptor exists and the CPL and RPL may see it. */
function accessible(c: Cpu, sel: number, what: "read" | "write" | "any"): boolean {
  if ((sel & ~3) === 0) return false;
  let d: Descriptor;
  try {
    d = readDescriptor(c, sel);
  } catch (e) {
    if (e instanceof Fault && e.vector === 13) return false;
    throw e;
  }
  const attr = descAttr(d);
  const dpl = (attr >> 5) & 3;
  const codeOrData = (attr & A_SYSTEM_CLEAR) !== 0;
  const conformingCode =
    codeOrData && (attr & (A_CODE | A_CONFORMING_OR_DOWN)) === (A_CODE | A_CONFORMING_OR_DOWN);
  if (!conformingCode && (dpl < c.cpl || dpl < (sel & 3))) return false;
  if (what === "any") {
    if (codeOrData) return true;
    const type = attr & 0xf;
    return [1, 2, 3, 4, 5, 9, 11, 12].includes(type);
  }
  if (!codeOrData) return false;
  if (what === "read") return (attr & A_CODE) === 0 || (attr & A_RW) !== 0;
  return (attr & (A_CODE | A_RW)) === A_RW;
}

export function larLsl(
  c: Cpu,
  slot: number,
  reg: number,
  rm: number,
  size: number,
  lsl: boolean,
): void {
  if (!c.protectedMode) throw new Fault(6, -1);
  const sel = rm >= 0 ? c.r16[rm << 1] : c.mmu.read16(c.ea(slot));
  let ok = accessible(c, sel, "any");
  if (ok && lsl) {
    const type = descAttr(readDescriptor(c, sel)) & 0x1f;
    ok = (type & 0x10) !== 0 || [1, 2, 3, 9, 11].includes(type);
  }
  setZF(c, ok);
  if (!ok) return;
  const d = readDescriptor(c, sel);
  c.setReg(size, reg, lsl ? descLimit(d) : d.hi & 0x00f0ff00);
}

export function arpl(c: Cpu, slot: number, src: number, dst: number): void {
  if (!c.protectedMode) throw new Fault(6, -1);
  const addr = dst >= 0 ? 0 : c.ea(slot);
  const d = dst >= 0 ? c.r16[dst << 1] : c.mmu.read16(addr);
  const s = c.r16[src << 1];
  if ((d & 3) < (s & 3)) {
    const v = (d & ~3) | (s & 3);
    if (dst >= 0) c.r16[dst << 1] = v;
    else c.mmu.write16(addr, v);
    setZF(c, true);
  } else setZF(c, false);
}

/** in/out/ins/outs: at CPL > IOPL the TSS I/O permission bitmap must allow every byte port. */
export function checkIo(c: Cpu, port: number, size: number): void {
  if (!c.protectedMode || c.cpl <= (c.flags & IOPL) >> 12) return;
  if (c.trType !== 9 && c.trType !== 11) gp(0);
  if (c.trLimit >>> 0 < 0x67) gp(0);
  const mapBase = supervisorRead16(c, (c.trBase + 0x66) | 0);
  const at = mapBase + (port >> 3);
  if (at + 1 > c.trLimit >>> 0) gp(0);
  const bits = supervisorRead16(c, (c.trBase + at) | 0);
  if (((bits >> (port & 7)) & ((1 << size) - 1)) !== 0) gp(0);
}

/** rdmsr/wrmsr for the few MSRs a 32-bit kernel touches (TSC, SYSENTER_*); others #GP. */
export function msr(c: Cpu, write: boolean): void {
  const regs = c.regs;
  const n = regs[1] >>> 0;
  if (n !== 0x10 && n !== 0x174 && n !== 0x175 && n !== 0x176 && n !== 0x1b) gp(0);
  if (write) c.msrs.set(n, regs[0] >>> 0);
  else {
    regs[0] = n === 0x10 ? c.instructions | 0 : (c.msrs.get(n) ?? 0) | 0;
    regs[2] = n === 0x10 ? Math.floor(c.instructions / 4294967296) | 0 : 0;
  }
}
