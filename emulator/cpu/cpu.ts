// The i386 CPU: its state and the fetch-decode-execute loop.
//
// Hot path. `run` executes decoded blocks (decode.ts) one after another: it looks up the block for
// CS:EIP by physical address, then runs the block's instructions in a tight loop whose switch on
// the op is a jump table (numeric case labels, see ops.ts). The commonest 32-bit instructions are
// written out in that switch with the registers in a local Int32Array and the flags left lazy
// (flags.ts); everything else goes to `execute` (execute.ts), which implements every op. Nothing is
// allocated per instruction. Interrupts, the instruction budget and the halt state are looked at
// between blocks only. A fault is a thrown `Fault` (mmu.ts): the loop catches it with EIP still at
// the faulting instruction -- instructions commit their results only after their last access that
// can fault -- so exceptions are precise, and hands it to `raise` (system.ts).
//
// Registers are one Int32Array with Uint16Array and Uint8Array views over the same bytes, so AX,
// AL and AH are the right bytes of EAX on a little-endian host (which is what Node runs on).
import { Bus } from "../bus.ts";
import { DecodedCode, Decoder, MAX_BLOCK, NEED_MORE, TOO_LONG } from "./decode.ts";
import { COMPILE_AFTER, regionFor } from "./compile.ts";
import { execute } from "./execute.ts";
import {
  ARITH,
  CF,
  IF,
  L_ADD,
  L_DEC,
  L_INC,
  L_LOGIC,
  L_RESULT,
  L_SUB,
  PF,
  SF,
  TF,
  ZF,
  condition,
  getCF,
  getFlags,
} from "./flags.ts";
import { Fault, Mmu } from "./mmu.ts";
import { endsBlock, SLOW, STRING } from "./ops.ts";
import { deliverInterrupt, raise } from "./system.ts";

export const EAX = 0;
export const ECX = 1;
export const EDX = 2;
export const EBX = 3;
export const ESP = 4;
export const EBP = 5;
export const ESI = 6;
export const EDI = 7;

export const ES = 0;
export const CS = 1;
export const SS = 2;
export const DS = 3;
export const FS = 4;
export const GS = 5;

/** Why `run` returned. */
export const STOP_BUDGET = 0; // executed the instructions asked for
export const STOP_HLT = 1; // halted, waiting for an interrupt
export const STOP_TRAP = 2; // an interrupt or exception for the host (`trapAll` mode)
export const STOP_SHUTDOWN = 3; // triple fault
export const STOP_HOST = 4; // a device asked the host to look now (power off, reset)

/**
 * Where a PC plugs its interrupt controller in. The CPU asks between blocks, after instructions
 * that set IF (sti, popf, iret) and after port I/O; a device that raises an interrupt from
 * anywhere else (a timer between `run` calls, an MMIO write) sets `cpu.checkInterrupts = true`.
 */
export interface InterruptSource {
  /** A maskable interrupt is waiting (checked between blocks when IF = 1). */
  pending(): boolean;
  /** Acknowledges the interrupt and returns its vector. */
  acknowledge(): number;
}

const RECENT = 4;

export class Cpu {
  readonly bus: Bus;
  readonly code: DecodedCode;
  readonly decoder: Decoder;
  readonly mmu: Mmu;

  readonly regs = new Int32Array(8);
  readonly r16 = new Uint16Array(this.regs.buffer);
  readonly r8 = new Uint8Array(this.regs.buffer);
  eip = 0;

  // Lazy flags (flags.ts).
  flags = 2;
  lazyMask = 0;
  lazyOp = 0;
  lazyDst = 0;
  lazySrc = 0;
  lazyRes = 0;

  // Segment registers: the selector and the descriptor cache.
  readonly segSel = new Int32Array(6);
  readonly segBase = new Int32Array(6);
  readonly segLimit = new Int32Array(6); // byte-granular limit (0xffffffff as -1)
  readonly segAttr = new Int32Array(6); // descriptor bits 40-55 (access byte, flags), 0 = unusable
  cpl = 0;
  code32 = false; // CS.D
  stack32 = false; // SS.B
  protectedMode = false;

  cr0 = 0x60000010; // CD, NW, ET as after reset
  cr4 = 0;
  readonly dr = new Int32Array(8);
  /** The model-specific registers a kernel may write (SYSENTER_*, APIC base); see system.ts. */
  readonly msrs = new Map<number, number>();
  gdtBase = 0;
  gdtLimit = 0xffff;
  idtBase = 0;
  idtLimit = 0x3ff;
  ldtSel = 0;
  ldtBase = 0;
  ldtLimit = 0;
  trSel = 0;
  trBase = 0;
  trLimit = 0;
  trType = 0; // 0 none, 9/11 = 32-bit TSS available/busy, 1/3 = 16-bit

  halted = false;
  /** An STI or MOV SS just ran: no interrupt before the next instruction. */
  shadow = false;
  /** Set by instructions that must stop `run` (hlt, host traps, shutdown); -1 = keep going. */
  stop = -1;
  /** When true every interrupt and exception stops `run` with STOP_TRAP (user-mode runner). */
  trapAll = false;
  trapVector = 0;
  trapCode = -1;
  /** True when the trap came from an int instruction (EIP is after it) rather than a fault. */
  trapSoftware = false;
  /**
   * Where compiled code faulted (set by it): the instruction's index in its block, the block's
   * entry slot and EIP.
   */
  faultIndex = 0;
  faultSlot = 0;
  faultEip = 0;
  /** Instructions a compiled region ran (completed blocks), set when it returns or faults. */
  ran = 0;
  /** Compile hot blocks (compile.ts); off, everything is interpreted. */
  compile = true;
  /** Set when an interrupt may have become deliverable: the hot loop returns to look. */
  checkInterrupts = false;
  /**
   * After a shutdown: the exceptions that led to it, as (vector, error code or -1) pairs in the
   * order they happened -- the first fault, the one raised delivering it, the double fault ...
   */
  shutdownChain: number[] = [];
  /** Exceptions being delivered, for double and triple fault. */
  delivering = 0;
  interrupts: InterruptSource | null = null;
  /**
   * Called for `int n` in real mode before the IVT is used: returning true means the host
   * performed the call (registers and flags set as the service defines) and execution goes on
   * after the `int`. This is how a BIOS written in TypeScript answers int 10h, 13h, 16h ...
   */
  realModeService: ((vector: number) => boolean) | null = null;
  /** Instructions executed so far. */
  instructions = 0;
  /**
   * The linear addresses (CS base + EIP) where the last four blocks started, newest first, for
   * fault reports (linear, so that blocks run under another CS -- a BIOS's -- read back right).
   */
  readonly recentEip = new Int32Array(RECENT);

  constructor(bus: Bus) {
    this.bus = bus;
    this.code = new DecodedCode(undefined, bus.size >>> 12);
    this.decoder = new Decoder(this.code);
    this.mmu = new Mmu(bus, this.code);
    if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) {
      throw new Error("the emulator needs a little-endian host");
    }
    this.reset();
  }

  /** The state after RESET: real mode, CS:IP = F000:FFF0. */
  reset(): void {
    this.regs.fill(0);
    this.regs[EDX] = 0x600; // family 6
    this.flags = 2;
    this.lazyMask = 0;
    for (let s = 0; s < 6; s++) {
      this.segSel[s] = 0;
      this.segBase[s] = 0;
      this.segLimit[s] = 0xffff;
      this.segAttr[s] = 0x93; // present, writable data, accessed
    }
    this.segSel[CS] = 0xf000;
    this.segBase[CS] = 0xffff0000 | 0;
    this.segAttr[CS] = 0x9b;
    this.eip = 0xfff0;
    this.cpl = 0;
    this.code32 = false;
    this.stack32 = false;
    this.protectedMode = false;
    this.cr0 = 0x60000010;
    this.cr4 = 0;
    this.halted = false;
    this.setPaging();
  }

  /** Brings the MMU in line with CR0/CR3/CR4 and the CPL after any of them changed. */
  setPaging(): void {
    const m = this.mmu;
    m.paging = (this.cr0 & 0x80000001) === (0x80000001 | 0);
    m.wp = (this.cr0 & 0x10000) !== 0;
    m.pse = (this.cr4 & 0x10) !== 0;
    m.mask = this.cpl === 3 ? 2 : 1;
    m.flush();
  }

  getFlags(): number {
    return getFlags(this);
  }

  // ---- operands ----

  /** The linear address of a decoded memory operand. */
  ea(slot: number): number {
    const m = this.code.mem[slot];
    let a = this.code.disp[slot];
    const base = m & 15;
    if (base !== 8) a = (a + this.regs[base]) | 0;
    const index = (m >> 4) & 15;
    if (index !== 8) a = (a + (this.regs[index] << ((m >> 8) & 3))) | 0;
    if ((m & 0x8000) !== 0) a &= 0xffff;
    return (a + this.segBase[(m >> 12) & 7]) | 0;
  }

  /** The offset (without the segment base) of a decoded memory operand: for LEA. */
  offset(slot: number): number {
    const m = this.code.mem[slot];
    let a = this.code.disp[slot];
    const base = m & 15;
    if (base !== 8) a = (a + this.regs[base]) | 0;
    const index = (m >> 4) & 15;
    if (index !== 8) a = (a + (this.regs[index] << ((m >> 8) & 3))) | 0;
    return (m & 0x8000) !== 0 ? a & 0xffff : a | 0;
  }

  getReg(size: number, r: number): number {
    return size === 4 ? this.regs[r] : size === 2 ? this.r16[r << 1] : this.r8[r];
  }

  setReg(size: number, r: number, v: number): void {
    if (size === 4) this.regs[r] = v;
    else if (size === 2) this.r16[r << 1] = v;
    else this.r8[r] = v;
  }

  // ---- the stack ----

  push32(v: number): void {
    if (this.stack32) {
      const sp = (this.regs[ESP] - 4) | 0;
      this.mmu.write32((this.segBase[SS] + sp) | 0, v);
      this.regs[ESP] = sp;
    } else {
      const sp = (this.regs[ESP] - 4) & 0xffff;
      this.mmu.write32((this.segBase[SS] + sp) | 0, v);
      this.r16[ESP << 1] = sp;
    }
  }

  push16(v: number): void {
    if (this.stack32) {
      const sp = (this.regs[ESP] - 2) | 0;
      this.mmu.write16((this.segBase[SS] + sp) | 0, v);
      this.regs[ESP] = sp;
    } else {
      const sp = (this.regs[ESP] - 2) & 0xffff;
      this.mmu.write16((this.segBase[SS] + sp) | 0, v);
      this.r16[ESP << 1] = sp;
    }
  }

  push(size: number, v: number): void {
    if (size === 4) this.push32(v);
    else this.push16(v);
  }

  /** The stack slot `k` bytes above the top, read without popping. */
  peek(size: number, k: number): number {
    const sp = this.stack32 ? (this.regs[ESP] + k) | 0 : (this.regs[ESP] + k) & 0xffff;
    return this.mmu.read((this.segBase[SS] + sp) | 0, size);
  }

  /** Adds n to the stack pointer (ESP or SP). */
  release(n: number): void {
    if (this.stack32) this.regs[ESP] = (this.regs[ESP] + n) | 0;
    else this.r16[ESP << 1] = this.regs[ESP] + n;
  }

  pop32(): number {
    const v = this.peek(4, 0);
    this.release(4);
    return v;
  }

  pop16(): number {
    const v = this.peek(2, 0);
    this.release(2);
    return v;
  }

  pop(size: number): number {
    return size === 4 ? this.pop32() : this.pop16();
  }

  // ---- decoded blocks ----

  /** The slot of the instruction at CS:EIP, decoding its block if needed. May fault (#PF). */
  lookup(eip: number): number {
    const lin = (this.segBase[CS] + eip) | 0;
    const phys = this.mmu.translateCode(lin);
    const page = phys >>> 12;
    const code = this.code;
    const mode = this.code32 ? 32 : 16;
    let slots = code.pages[page];
    if (slots !== undefined && code.pageMode[page] === mode) {
      const slot = slots[phys & 4095];
      if (slot !== 0) return slot;
    } else {
      if (slots !== undefined) code.invalidate(page);
      if (!this.bus.isRam(page)) return this.slowSlot();
      slots = new Int32Array(4096);
      code.pages[page] = slots;
      code.pageMode[page] = mode;
      code.codeLo[page] = 4096;
      code.codeHi[page] = 0;
      code.pageList.push(page);
      // The page now holds code: writes to it must take the slow path from now on.
      this.mmu.flushWrites();
    }
    return this.decodeBlock(page, phys & 4095, slots);
  }

  private decodeBlock(page: number, offset: number, slots: Int32Array): number {
    const code = this.code;
    if (code.used + MAX_BLOCK + 1 > code.capacity) {
      code.flush();
      code.pages[page] = slots;
      code.pageList.push(page);
      code.codeLo[page] = 4096;
      code.codeHi[page] = 0;
      slots.fill(0);
    }
    const mem = this.bus.mem;
    const end = (page + 1) << 12;
    let pos = (page << 12) | offset;
    const first = code.used;
    let s = first;
    for (let n = 0; n < MAX_BLOCK; n++) {
      let op: number;
      try {
        op = this.decoder.decode(mem, pos, end, s, this.code32);
      } catch (e) {
        if (e !== NEED_MORE && e !== TOO_LONG) throw e;
        // Crosses into the next page (or is too long): decoded each time it runs.
        op = SLOW;
        code.op[s] = SLOW;
        code.hot[s] = 0;
        code.len[s] = 1;
        code.codeHi[page] = 4096; // it read the page up to its end
      }
      slots[pos & 4095] = s;
      pos += code.len[s];
      s++;
      if (endsBlock(op) || (op === STRING && code.b[s - 1] !== 0) || pos >= end) break;
    }
    for (let k = first; k < s; k++) code.remain[k] = s - k;
    code.used = s;
    // The bytes of the page that decoded code depends on: writes elsewhere in it leave it be.
    if (offset < code.codeLo[page]) code.codeLo[page] = offset;
    if (pos - (page << 12) > code.codeHi[page]) code.codeHi[page] = pos - (page << 12);
    return first;
  }

  /** Scratch slot 0 holding a SLOW op: the executor decodes the real instruction then. */
  private slowSlot(): number {
    this.code.op[0] = SLOW;
    this.code.hot[0] = 0;
    this.code.remain[0] = 1;
    this.code.len[0] = 1;
    return 0;
  }

  /**
   * Decodes the instruction at CS:EIP byte by byte through the MMU into scratch slot 0 (for an
   * instruction that crosses a page, or code outside RAM). Faults as the real fetch would.
   */
  decodeSlow(eip: number): void {
    const bytes = new Uint8Array(16);
    const lin0 = (this.segBase[CS] + eip) | 0;
    let have = 0;
    for (;;) {
      try {
        this.decoder.decode(bytes, 0, have, 0, this.code32);
        return;
      } catch (e) {
        if (e === TOO_LONG) throw new Fault(13, 0);
        if (e !== NEED_MORE) throw e;
        if (have >= 15) throw new Fault(13, 0);
        bytes[have] = this.mmu.read8((lin0 + have) | 0);
        have++;
      }
    }
  }

  // ---- the loop ----

  /**
   * Runs up to `budget` instructions; returns a STOP_* reason. Between calls to `runBlocks` it
   * delivers interrupts and stops for hlt; `runBlocks` is the hot loop.
   */
  run(budget: number): number {
    let done = 0;
    this.stop = -1;
    while (done < budget && this.stop < 0) {
      this.checkInterrupts = false;
      if (this.shadow) this.shadow = false;
      else if (this.interrupts !== null && (this.flags & IF) !== 0 && this.interrupts.pending()) {
        this.halted = false;
        deliverInterrupt(this, this.interrupts.acknowledge());
        if (this.stop >= 0) break;
      }
      if (this.halted) {
        this.instructions += done;
        return STOP_HLT;
      }
      if ((this.flags & TF) !== 0) done += this.singleStep();
      else done += this.runBlocks(budget - done);
    }
    this.instructions += done;
    return this.stop >= 0 ? this.stop : STOP_BUDGET;
  }

  /**
   * TF was set when the instruction started: run it alone, then the single-step trap (#DB with
   * DR6.BS, EIP after the instruction). A fault in the instruction takes precedence.
   */
  private singleStep(): number {
    const n = this.runBlocks(1);
    if (n === 1 && this.stop < 0) {
      this.dr[6] |= 0x4000;
      raise(this, 1, -1);
    }
    return n;
  }

  /**
   * Hot path: runs decoded blocks back to back until `budget` instructions, a stop request or a
   * possible interrupt (`checkInterrupts`); returns how many instructions completed. A fault ends
   * it with EIP at the faulting instruction and the exception raised.
   */
  private runBlocks(budget: number): number {
    const code = this.code;
    const hot = code.hot;
    const lens = code.len;
    const remain = code.remain;
    const A = code.a;
    const B = code.b;
    const IMM = code.imm;
    const regs = this.regs;
    const mmu = this.mmu;
    const heat = code.heat;
    const linkEip = code.linkEip;
    const linkSlot = code.linkSlot;
    const linkGen = code.linkGen;
    let done = 0;
    let eip = this.eip;
    let slot = 0;
    let start = 0;
    let compiled = false;
    const recent = this.recentEip;
    const segBase = this.segBase;
    let h0 = recent[0];
    let h1 = recent[1];
    let h2 = recent[2];
    let h3 = recent[3];
    try {
      let from = -1; // the compiled block just run, whose links may know the next one
      while (done < budget) {
        if (from >= 0) {
          // Block chaining: the previous block's last two successors, if still valid.
          const l = from << 1;
          if (linkEip[l] === eip && linkGen[l] === code.gen) slot = linkSlot[l];
          else if (linkEip[l + 1] === eip && linkGen[l + 1] === code.gen) slot = linkSlot[l + 1];
          else {
            slot = this.lookup(eip);
            // Keep the newer link first.
            linkEip[l + 1] = linkEip[l];
            linkSlot[l + 1] = linkSlot[l];
            linkGen[l + 1] = linkGen[l];
            linkEip[l] = eip;
            linkSlot[l] = slot;
            linkGen[l] = code.gen;
          }
          from = -1;
        } else slot = this.lookup(eip);
        start = slot;
        let n = remain[slot];
        // The last four block entries, for fault reports: kept in locals (a store to `this` per
        // block costs a quarter of the speed) and written out when the loop ends.
        h3 = h2;
        h2 = h1;
        h1 = h0;
        h0 = (segBase[CS] + eip) | 0;
        if (n <= budget - done && this.compile) {
          let fn = code.compiled[slot];
          if (fn === undefined && ++heat[slot] > COMPILE_AFTER) fn = regionFor(this, slot, eip);
          if (fn) {
            // The region keeps the block history itself, from where the loop's locals left it.
            recent[0] = h0;
            recent[1] = h1;
            recent[2] = h2;
            recent[3] = h3;
            compiled = true;
            eip = fn(this, eip, budget - done);
            compiled = false;
            h0 = recent[0];
            h1 = recent[1];
            h2 = recent[2];
            h3 = recent[3];
            done += this.ran;
            from = start;
            if (this.stop >= 0 || this.checkInterrupts) break;
            continue;
          }
        }
        if (n > budget - done) n = budget - done;
        const end = slot + n;
        for (; slot < end; slot++) {
          switch (hot[slot]) {
            case 1: {
              // ADD_RR32
              const d = regs[A[slot]];
              const s = regs[B[slot]];
              const v = (d + s) | 0;
              regs[A[slot]] = v;
              this.lazyOp = L_ADD | 2;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 2: {
              // ADD_RM32
              const d = regs[A[slot]];
              const s = mmu.read32(this.ea(slot));
              const v = (d + s) | 0;
              regs[A[slot]] = v;
              this.lazyOp = L_ADD | 2;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 3: {
              // ADD_RI32
              const d = regs[A[slot]];
              const s = IMM[slot];
              const v = (d + s) | 0;
              regs[A[slot]] = v;
              this.lazyOp = L_ADD | 2;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 4: {
              // SUB_RR32
              const d = regs[A[slot]];
              const s = regs[B[slot]];
              const v = (d - s) | 0;
              regs[A[slot]] = v;
              this.lazyOp = L_SUB | 2;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 5: {
              // SUB_RI32
              const d = regs[A[slot]];
              const s = IMM[slot];
              const v = (d - s) | 0;
              regs[A[slot]] = v;
              this.lazyOp = L_SUB | 2;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 6: {
              // CMP_RR32
              const d = regs[A[slot]];
              const s = regs[B[slot]];
              this.lazyOp = L_SUB | 2;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = (d - s) | 0;
              this.lazyMask = ARITH;
              break;
            }
            case 7: {
              // CMP_RM32
              const d = regs[A[slot]];
              const s = mmu.read32(this.ea(slot));
              this.lazyOp = L_SUB | 2;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = (d - s) | 0;
              this.lazyMask = ARITH;
              break;
            }
            case 8: {
              // CMP_MR32
              const d = mmu.read32(this.ea(slot));
              const s = regs[A[slot]];
              this.lazyOp = L_SUB | 2;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = (d - s) | 0;
              this.lazyMask = ARITH;
              break;
            }
            case 9: {
              // CMP_RI32
              const d = regs[A[slot]];
              const s = IMM[slot];
              this.lazyOp = L_SUB | 2;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = (d - s) | 0;
              this.lazyMask = ARITH;
              break;
            }
            case 10: {
              // CMP_MI32
              const d = mmu.read32(this.ea(slot));
              const s = IMM[slot];
              this.lazyOp = L_SUB | 2;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = (d - s) | 0;
              this.lazyMask = ARITH;
              break;
            }
            case 11: {
              // AND_RR32
              const v = regs[A[slot]] & regs[B[slot]];
              regs[A[slot]] = v;
              this.lazyOp = L_LOGIC | 2;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 12: {
              // AND_RI32
              const v = regs[A[slot]] & IMM[slot];
              regs[A[slot]] = v;
              this.lazyOp = L_LOGIC | 2;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 13: {
              // OR_RR32
              const v = regs[A[slot]] | regs[B[slot]];
              regs[A[slot]] = v;
              this.lazyOp = L_LOGIC | 2;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 14: {
              // XOR_RR32
              const v = regs[A[slot]] ^ regs[B[slot]];
              regs[A[slot]] = v;
              this.lazyOp = L_LOGIC | 2;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 15: {
              // TEST_RR32
              this.lazyOp = L_LOGIC | 2;
              this.lazyRes = regs[A[slot]] & regs[B[slot]];
              this.lazyMask = ARITH;
              break;
            }
            case 16: {
              // TEST_RR8
              const r8 = this.r8;
              this.lazyOp = L_LOGIC;
              this.lazyRes = r8[A[slot]] & r8[B[slot]];
              this.lazyMask = ARITH;
              break;
            }
            case 17: {
              // CMP_MI8
              const d = mmu.read8(this.ea(slot));
              const s = IMM[slot] & 0xff;
              this.lazyOp = L_SUB;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = (d - s) | 0;
              this.lazyMask = ARITH;
              break;
            }
            case 18: {
              // CMP_RI8
              const d = this.r8[A[slot]];
              const s = IMM[slot] & 0xff;
              this.lazyOp = L_SUB;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = (d - s) | 0;
              this.lazyMask = ARITH;
              break;
            }
            case 19: {
              // CMP_RR8
              const d = this.r8[A[slot]];
              const s = this.r8[B[slot]];
              this.lazyOp = L_SUB;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = (d - s) | 0;
              this.lazyMask = ARITH;
              break;
            }
            case 20: {
              // TEST_RI32
              this.lazyOp = L_LOGIC | 2;
              this.lazyRes = regs[A[slot]] & IMM[slot];
              this.lazyMask = ARITH;
              break;
            }
            case 21: {
              // OR_RI32
              const v = regs[A[slot]] | IMM[slot];
              regs[A[slot]] = v;
              this.lazyOp = L_LOGIC | 2;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 22: {
              // XOR_RI32
              const v = regs[A[slot]] ^ IMM[slot];
              regs[A[slot]] = v;
              this.lazyOp = L_LOGIC | 2;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 23: {
              // ADD_MR32
              const addr = this.ea(slot);
              const d = mmu.read32(addr);
              const s = regs[A[slot]];
              const v = (d + s) | 0;
              mmu.write32(addr, v);
              this.lazyOp = L_ADD | 2;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 24: {
              // SUB_RM32
              const d = regs[A[slot]];
              const s = mmu.read32(this.ea(slot));
              const v = (d - s) | 0;
              regs[A[slot]] = v;
              this.lazyOp = L_SUB | 2;
              this.lazyDst = d;
              this.lazySrc = s;
              this.lazyRes = v;
              this.lazyMask = ARITH;
              break;
            }
            case 25: {
              // SHL_R32
              const n = (IMM[slot] < 0 ? regs[ECX] : IMM[slot]) & 31;
              if (n === 0) break;
              const d = regs[A[slot]];
              const v = d << n;
              regs[A[slot]] = v;
              const cf = (d >>> (32 - n)) & 1;
              this.flags = (this.flags & ~ARITH) | cf | (((v >>> 31) ^ cf) << 11);
              this.lazyOp = L_RESULT | 2;
              this.lazyRes = v;
              this.lazyMask = PF | ZF | SF;
              break;
            }
            case 26: {
              // SHR_R32
              const n = (IMM[slot] < 0 ? regs[ECX] : IMM[slot]) & 31;
              if (n === 0) break;
              const d = regs[A[slot]];
              const v = d >>> n;
              regs[A[slot]] = v;
              this.flags = (this.flags & ~ARITH) | ((d >>> (n - 1)) & 1) | ((d >>> 31) << 11);
              this.lazyOp = L_RESULT | 2;
              this.lazyRes = v;
              this.lazyMask = PF | ZF | SF;
              break;
            }
            case 27: {
              // SAR_R32
              const n = (IMM[slot] < 0 ? regs[ECX] : IMM[slot]) & 31;
              if (n === 0) break;
              const d = regs[A[slot]];
              const v = d >> n;
              regs[A[slot]] = v;
              this.flags = (this.flags & ~ARITH) | ((d >> (n - 1)) & 1);
              this.lazyOp = L_RESULT | 2;
              this.lazyRes = v;
              this.lazyMask = PF | ZF | SF;
              break;
            }
            case 28: // MOV_MI8
              mmu.write8(this.ea(slot), IMM[slot]);
              break;
            case 29: // MOV_RI8
              this.r8[A[slot]] = IMM[slot];
              break;
            case 30: // MOV_RR8
              this.r8[A[slot]] = this.r8[B[slot]];
              break;
            case 31: // MOV_RR32
              regs[A[slot]] = regs[B[slot]];
              break;
            case 32: // MOV_RM32
              regs[A[slot]] = mmu.read32(this.ea(slot));
              break;
            case 33: // MOV_MR32
              mmu.write32(this.ea(slot), regs[A[slot]]);
              break;
            case 34: // MOV_RI32
              regs[A[slot]] = IMM[slot];
              break;
            case 35: // MOV_MI32
              mmu.write32(this.ea(slot), IMM[slot]);
              break;
            case 36: // MOV_RM8
              this.r8[A[slot]] = mmu.read8(this.ea(slot));
              break;
            case 37: // MOV_MR8
              mmu.write8(this.ea(slot), this.r8[A[slot]]);
              break;
            case 38: {
              // INC_R32
              if ((this.lazyMask & CF) !== 0)
                this.flags = getCF(this) ? this.flags | CF : this.flags & ~CF;
              const d = regs[A[slot]];
              const v = (d + 1) | 0;
              regs[A[slot]] = v;
              this.lazyOp = L_INC | 2;
              this.lazyDst = d;
              this.lazySrc = 1;
              this.lazyRes = v;
              this.lazyMask = ARITH & ~CF;
              break;
            }
            case 39: {
              // DEC_R32
              if ((this.lazyMask & CF) !== 0)
                this.flags = getCF(this) ? this.flags | CF : this.flags & ~CF;
              const d = regs[A[slot]];
              const v = (d - 1) | 0;
              regs[A[slot]] = v;
              this.lazyOp = L_DEC | 2;
              this.lazyDst = d;
              this.lazySrc = 1;
              this.lazyRes = v;
              this.lazyMask = ARITH & ~CF;
              break;
            }
            case 40: // LEA
              if (code.size[slot] === 4) regs[A[slot]] = this.offset(slot);
              else this.r16[A[slot] << 1] = this.offset(slot);
              break;
            case 41: // MOVZX8_R
              if (code.size[slot] !== 4) {
                this.r16[A[slot] << 1] = this.r8[B[slot]];
                break;
              }
              regs[A[slot]] = this.r8[B[slot]];
              break;
            case 42: // MOVZX8_M
              if (code.size[slot] !== 4) {
                this.r16[A[slot] << 1] = mmu.read8(this.ea(slot));
                break;
              }
              regs[A[slot]] = mmu.read8(this.ea(slot));
              break;
            case 43: // PUSH_R32
              this.push32(regs[A[slot]]);
              break;
            case 44: // POP_R32
              regs[A[slot]] = this.pop32();
              break;
            case 45: // JCC
              if (condition(this, A[slot])) {
                eip = (eip + lens[slot] + IMM[slot]) | 0;
                if (code.size[slot] === 2) eip &= 0xffff;
                continue;
              }
              break;
            case 46: // JMP
              eip = (eip + lens[slot] + IMM[slot]) | 0;
              if (code.size[slot] === 2) eip &= 0xffff;
              continue;
            case 47: {
              // CALL
              if (code.size[slot] !== 4) {
                this.eip = eip;
                execute(this, slot);
                eip = this.eip;
                continue;
              }
              const next = (eip + lens[slot]) | 0;
              this.push32(next);
              eip = (next + IMM[slot]) | 0;
              continue;
            }
            case 48: {
              // RET
              if (code.size[slot] !== 4) {
                this.eip = eip;
                execute(this, slot);
                eip = this.eip;
                continue;
              }
              eip = this.pop32();
              if (IMM[slot] !== 0) this.release(IMM[slot]);
              continue;
            }
            case 49: // NOP
              break;
            default:
              this.eip = eip;
              execute(this, slot);
              eip = this.eip;
              continue;
          }
          eip = (eip + lens[slot]) | 0;
        }
        if (!this.code32) eip &= 0xffff;
        done += n;
        if (this.stop >= 0 || this.checkInterrupts) break;
      }
      this.eip = eip;
    } catch (e) {
      if (!compiled) {
        recent[0] = h0;
        recent[1] = h1;
        recent[2] = h2;
        recent[3] = h3;
      }
      if (!(e instanceof Fault)) throw e;
      if (compiled) {
        // The region noted the block and which of its instructions faulted: EIP goes there.
        start = this.faultSlot;
        eip = this.faultEip;
        done += this.ran;
        slot = start + this.faultIndex;
        for (let k = start; k < slot; k++) eip = (eip + lens[k]) | 0;
      }
      done += slot - start;
      this.eip = eip;
      raise(this, e.vector, e.code);
      return done;
    }
    recent[0] = h0;
    recent[1] = h1;
    recent[2] = h2;
    recent[3] = h3;
    return done;
  }
}
