// Hardware task switching: the 80386's switch from one task (a TSS) to another, as a task gate in
// the IDT (an exception or interrupt, #DF for instance), a far `jmp` or `call` to a TSS descriptor
// or a task gate, and an `iret` with EFLAGS.NT set (back to the task that called) perform it.
//
// The switch follows Intel's order (SDM vol. 3, "Task Switching"), with the error codes qemu gives:
// everything that can fault in the old task's context -- the target descriptor, the new TSS's
// limit, reading the new TSS, the old TSS's limit -- is checked first; then the old task's dynamic
// state (EIP, EFLAGS, the general and segment registers) is saved in its TSS, the busy bits and
// the back link are updated, TR, CR0.TS, CR3, EFLAGS, EIP and the registers are loaded; last the
// LDT and the segment registers are loaded with their checks, and a fault there (#TS, #NP) is
// raised in the new task. Only 32-bit TSSs are switched to or from; a 16-bit TSS raises #GP.
//
// 32-bit TSS layout: 00 back link, 04 ESP0, 08 SS0 ... 1C CR3, 20 EIP, 24 EFLAGS, 28 EAX ECX EDX
// EBX ESP EBP ESI EDI (4 bytes each), 48 ES CS SS DS FS GS (4 bytes each, selector in the low
// word), 60 LDT selector, 64 T bit, 66 I/O map base.
import { CS, DS, ES, FS, GS, SS, type Cpu } from "./cpu.ts";
import { NT, getFlags } from "./flags.ts";
import { Fault } from "./mmu.ts";
import {
  A_CODE,
  A_PRESENT,
  A_RW,
  A_SYSTEM_CLEAR,
  type Descriptor,
  descAttr,
  descBase,
  descLimit,
  loadCache,
  readDescriptor,
  supervisorRead32,
  supervisorWrite32,
} from "./system.ts";

/** What started the switch: it decides the busy bits, the back link and NT. */
export const TASK_JMP = 0;
export const TASK_CALL = 1; // far call, or an interrupt or exception through a task gate
export const TASK_IRET = 2;

const BUSY = 0x200; // in a TSS descriptor's high dword
const TSS32_MIN_LIMIT = 0x67;

function ts(sel: number): never {
  throw new Fault(10, sel & ~3);
}

/**
 * A far jmp/call (or an IDT entry) names a task gate or a TSS descriptor `d` for selector `sel`:
 * resolves a gate to its TSS and checks that the TSS may be entered (available, present).
 */
export function taskTarget(c: Cpu, sel: number, d: Descriptor): { sel: number; d: Descriptor } {
  let type = descAttr(d) & 0x1f;
  if (type === 0x05) {
    if ((descAttr(d) & A_PRESENT) === 0) throw new Fault(11, sel & ~3);
    sel = d.lo >>> 16;
    if ((sel & 4) !== 0) ts(sel);
    d = readDescriptor(c, sel);
    type = descAttr(d) & 0x1f;
  }
  // An available TSS only; a busy one (already in the chain of nested tasks) is #GP.
  if (type !== 0x09) throw new Fault(13, sel & ~3);
  return { sel, d };
}

/**
 * Switches to the task whose (checked) TSS descriptor is `d`, selector `sel`. `next` is the EIP
 * saved for the old task: after the instruction for jmp, call and iret, the faulting
 * instruction's for an exception.
 */
export function switchTask(c: Cpu, sel: number, d: Descriptor, source: number, next: number): void {
  const attr = descAttr(d);
  if ((attr & A_PRESENT) === 0) throw new Fault(11, sel & ~3);
  const base = descBase(d);
  const limit = descLimit(d);
  if ((sel & 4) !== 0 || limit >>> 0 < TSS32_MIN_LIMIT) ts(sel);
  if (c.trType !== 9 && c.trType !== 11) ts(c.trSel); // no (or a 16-bit) current TSS
  if (c.trLimit >>> 0 < TSS32_MIN_LIMIT) ts(c.trSel);

  // Read the whole new TSS first: a page fault here leaves the old task untouched.
  const read = (off: number): number => supervisorRead32(c, (base + off) | 0);
  const cr3 = read(0x1c);
  const eip = read(0x20);
  let eflags = read(0x24);
  const regs: number[] = [];
  for (let r = 0; r < 8; r++) regs.push(read(0x28 + r * 4));
  const segs: number[] = [];
  for (let s = 0; s < 6; s++) segs.push(read(0x48 + s * 4) & 0xffff);
  const ldt = read(0x60) & 0xffff;
  // And touch both ends of the old TSS, so that saving into it cannot fault half-way.
  supervisorWrite32(c, c.trBase, supervisorRead32(c, c.trBase));
  supervisorWrite32(c, (c.trBase + 0x64) | 0, supervisorRead32(c, (c.trBase + 0x64) | 0));

  // The old task leaves: not busy any more unless it is nested under the new one.
  if (source === TASK_JMP || source === TASK_IRET) setBusy(c, c.trSel, false);
  let oldFlags = getFlags(c);
  if (source === TASK_IRET) oldFlags &= ~NT;
  const old = c.trBase;
  const write = (off: number, v: number): void => supervisorWrite32(c, (old + off) | 0, v);
  write(0x20, next);
  write(0x24, oldFlags);
  for (let r = 0; r < 8; r++) write(0x28 + r * 4, c.regs[r]);
  for (let s = 0; s < 6; s++) write(0x48 + s * 4, c.segSel[s]);

  // From here on a fault belongs to the new task.
  if (source === TASK_CALL) {
    const link = supervisorRead32(c, base);
    supervisorWrite32(c, base, (link & ~0xffff) | c.trSel);
    eflags |= NT;
  }
  if (source !== TASK_IRET) setBusy(c, sel, true);
  c.cr0 |= 8; // TS: the next FPU instruction may save the old task's FPU state
  c.trSel = sel;
  c.trBase = base;
  c.trLimit = limit;
  c.trType = 11;
  if (c.mmu.paging) {
    c.mmu.cr3 = cr3;
    c.mmu.flush();
  }
  c.flags = (eflags & 0x3d7fd5) | 2; // VM (virtual-8086 mode) is not emulated
  c.lazyMask = 0;
  c.checkInterrupts = true; // IF may have changed
  c.eip = eip;
  for (let r = 0; r < 8; r++) c.regs[r] = regs[r];
  // The selectors first, with unusable caches, so that a fault below leaves them as the TSS says.
  for (let s = 0; s < 6; s++) {
    c.segSel[s] = segs[s];
    c.segAttr[s] = 0;
  }
  c.cpl = segs[CS] & 3;
  c.mmu.mask = c.cpl === 3 ? 2 : 1;
  c.code.gen++; // CS changed under the block links
  loadLdt(c, ldt);
  for (const s of [CS, SS, ES, DS, FS, GS]) loadTaskSegment(c, s, segs[s]);
  if (eip >>> 0 > c.segLimit[CS] >>> 0) throw new Fault(13, 0);
}

/** The busy bit of the TSS descriptor `sel` in the GDT. */
function setBusy(c: Cpu, sel: number, busy: boolean): void {
  const addr = (c.gdtBase + (sel & ~7)) | 0;
  const hi = supervisorRead32(c, (addr + 4) | 0);
  supervisorWrite32(c, (addr + 4) | 0, busy ? hi | BUSY : hi & ~BUSY);
}

function loadLdt(c: Cpu, sel: number): void {
  c.ldtSel = sel & ~4;
  c.ldtBase = 0;
  c.ldtLimit = 0;
  if ((sel & 4) !== 0) ts(sel);
  if ((sel & ~3) === 0) return;
  const d = readDescriptor(c, sel, 10);
  const attr = descAttr(d);
  if ((attr & 0x1f) !== 0x02 || (attr & A_PRESENT) === 0) ts(sel);
  c.ldtBase = descBase(d);
  c.ldtLimit = descLimit(d);
}

/** A segment register of the new task, with the checks of a task switch (#TS, #NP). */
function loadTaskSegment(c: Cpu, seg: number, sel: number): void {
  if ((sel & ~3) === 0) {
    if (seg === CS || seg === SS) ts(sel);
    c.segBase[seg] = 0;
    c.segLimit[seg] = 0;
    return;
  }
  const d = readDescriptor(c, sel, 10);
  const attr = descAttr(d);
  if ((attr & A_SYSTEM_CLEAR) === 0) ts(sel);
  const rpl = sel & 3;
  const dpl = (attr >> 5) & 3;
  const code = (attr & A_CODE) !== 0;
  if (seg === CS) {
    if (!code || dpl !== rpl) ts(sel);
  } else if (seg === SS) {
    if (code || (attr & A_RW) === 0 || dpl !== c.cpl || dpl !== rpl) ts(sel);
  } else {
    if (code && (attr & A_RW) === 0) ts(sel); // execute-only code
    // Data and non-conforming code: the new CPL and the RPL may use it.
    if ((attr & 0xc) !== 0xc && (dpl < c.cpl || dpl < rpl)) ts(sel);
  }
  if ((attr & A_PRESENT) === 0) throw new Fault(11, sel & ~3);
  loadCache(c, seg, sel, d);
}
