// The MMU: linear to physical translation (i386 two-level paging, 4 KiB and 4 MiB pages) behind a
// software TLB, and the CPU's memory accesses by linear address.
//
// Hot path. Every guest load and store goes through read8/16/32 and write8/16/32, which look the
// page up in a direct-mapped TLB of 2^20 entries (one per linear page, an Int32Array) and, on a
// hit, touch RAM through the bus's DataView: one array load, one mask test, one memory access. An
// entry holds the physical page address with permission bits below it: bit 0 = a supervisor
// access may use it, bit 1 = a user access may. Reads and writes have separate TLBs, so a write
// entry exists only once the page's dirty bit is set, and never for a page that holds decoded code
// (a write there must reach `writeSlow` to drop the decoded instructions) or for MMIO pages. Every
// miss, fault, device and page-crossing access takes the slow path.
//
// With paging off (real mode, or protected mode without CR0.PG) the same TLB maps each page to
// itself. Entries are remembered in `filled` so that a flush (mov cr3, invlpg of everything) clears
// only what was set.
import type { Bus } from "../bus.ts";
import type { DecodedCode } from "./decode.ts";

export const PG_P = 1;
export const PG_W = 2;
export const PG_U = 4;
export const PG_A = 0x20;
export const PG_D = 0x40;
export const PG_PS = 0x80;

/** A CPU exception raised while executing an instruction (thrown; caught by the run loop). */
export class Fault {
  readonly vector: number;
  readonly code: number; // error code, or -1 when the exception has none
  constructor(vector: number, code: number) {
    this.vector = vector;
    this.code = code;
  }
}

const FILLED_MAX = 4096;

export class Mmu {
  readonly bus: Bus;
  readonly code: DecodedCode;
  readonly mem: Uint8Array;
  readonly view: DataView;
  readonly tlbR = new Int32Array(1 << 20);
  readonly tlbW = new Int32Array(1 << 20);
  private filled = new Int32Array(FILLED_MAX);
  private nFilled = 0;
  /** 1 when the CPU runs at CPL 0-2, 2 at CPL 3: the permission bit an access needs. */
  mask = 1;
  paging = false;
  wp = false; // CR0.WP: supervisor writes honour read-only pages
  pse = false; // CR4.PSE: 4 MiB pages
  cr3 = 0;
  cr2 = 0;
  /**
   * The A20 gate as an address mask: -1 when open, ~(1 << 20) when closed (addresses then wrap
   * at 1 MiB as on an 8086). Applied to every physical address; the PC flushes the TLB when the
   * gate changes.
   */
  a20 = -1;

  constructor(bus: Bus, code: DecodedCode) {
    this.bus = bus;
    this.code = code;
    this.mem = bus.mem;
    this.view = bus.view;
  }

  /** Drops every TLB entry (mov cr3, paging or WP switched, CPL-independent by design). */
  flush(): void {
    this.code.gen++;
    if (this.nFilled >= FILLED_MAX) {
      this.tlbR.fill(0);
      this.tlbW.fill(0);
    } else {
      for (let k = 0; k < this.nFilled; k++) {
        const p = this.filled[k];
        this.tlbR[p] = 0;
        this.tlbW[p] = 0;
      }
    }
    this.nFilled = 0;
  }

  /** Drops the write entries only: a page just became code. */
  flushWrites(): void {
    if (this.nFilled >= FILLED_MAX) this.tlbW.fill(0);
    else for (let k = 0; k < this.nFilled; k++) this.tlbW[this.filled[k]] = 0;
  }

  invlpg(lin: number): void {
    this.code.gen++;
    this.tlbR[lin >>> 12] = 0;
    this.tlbW[lin >>> 12] = 0;
  }

  // ---- the fast paths (hot) ----

  read8(a: number): number {
    const e = this.tlbR[a >>> 12];
    if ((e & this.mask) !== 0) return this.mem[(e & -4096) | (a & 4095)];
    return this.readSlow(a, 1);
  }

  read16(a: number): number {
    const e = this.tlbR[a >>> 12];
    if ((e & this.mask) !== 0 && (a & 4095) < 4095) {
      return this.view.getUint16((e & -4096) | (a & 4095), true);
    }
    return this.readSlow(a, 2);
  }

  read32(a: number): number {
    const e = this.tlbR[a >>> 12];
    if ((e & this.mask) !== 0 && (a & 4095) < 4093) {
      return this.view.getInt32((e & -4096) | (a & 4095), true);
    }
    return this.readSlow(a, 4);
  }

  write8(a: number, v: number): void {
    const e = this.tlbW[a >>> 12];
    if ((e & this.mask) !== 0) this.mem[(e & -4096) | (a & 4095)] = v;
    else this.writeSlow(a, 1, v);
  }

  write16(a: number, v: number): void {
    const e = this.tlbW[a >>> 12];
    if ((e & this.mask) !== 0 && (a & 4095) < 4095) {
      this.view.setUint16((e & -4096) | (a & 4095), v, true);
    } else this.writeSlow(a, 2, v);
  }

  write32(a: number, v: number): void {
    const e = this.tlbW[a >>> 12];
    if ((e & this.mask) !== 0 && (a & 4095) < 4093) {
      this.view.setInt32((e & -4096) | (a & 4095), v, true);
    } else this.writeSlow(a, 4, v);
  }

  read(a: number, size: number): number {
    return size === 4 ? this.read32(a) : size === 2 ? this.read16(a) : this.read8(a);
  }

  write(a: number, size: number, v: number): void {
    if (size === 4) this.write32(a, v);
    else if (size === 2) this.write16(a, v);
    else this.write8(a, v);
  }

  // ---- the slow paths ----

  readSlow(a: number, size: number): number {
    if ((a & 4095) + size > 4096) {
      // Crosses a page: both pages are translated (and may fault) before anything is read.
      const p0 = this.translate(a, false);
      const p1 = this.translate((a + size - 1) | 0, false); // the last byte
      const first = 4096 - (a & 4095);
      let v = 0;
      for (let k = 0; k < size; k++) {
        v |= this.bus.read(k < first ? p0 + k : p1 - (size - 1 - k), 1) << (8 * k);
      }
      return size === 2 ? v & 0xffff : v;
    }
    const phys = this.translate(a, false);
    return this.bus.read(phys, size);
  }

  writeSlow(a: number, size: number, v: number): void {
    if ((a & 4095) + size > 4096) {
      const p0 = this.translate(a, true);
      const p1 = this.translate((a + size - 1) | 0, true);
      const first = 4096 - (a & 4095);
      for (let k = 0; k < size; k++) {
        const phys = k < first ? p0 + k : p1 - (size - 1 - k);
        this.physWrite(phys, 1, (v >>> (8 * k)) & 0xff);
      }
      return;
    }
    this.physWrite(this.translate(a, true), size, v);
  }

  /**
   * A write by physical address that keeps decoded code coherent: it drops the page's decoded
   * instructions when it touches the bytes they were decoded from.
   */
  physWrite(phys: number, size: number, v: number): void {
    const page = phys >>> 12;
    const code = this.code;
    if (code.pages[page] !== undefined) {
      const off = phys & 4095;
      if (off < code.codeHi[page] && off + size > code.codeLo[page]) code.invalidate(page);
    }
    this.bus.write(phys, size, v);
  }

  /**
   * Translates a linear address for a data access at the current privilege, filling the TLB;
   * raises #PF (with CR2 and the error code) when the page tables forbid it.
   */
  translate(lin: number, write: boolean): number {
    const user = this.mask === 2;
    const vpage = lin >>> 12;
    if (!this.paging) {
      const phys = lin & this.a20;
      this.install(vpage, phys & -4096, true, true, true);
      return phys;
    }
    const pdeAddr = ((this.cr3 & -4096) | ((lin >>> 22) << 2)) & this.a20;
    const pde = this.bus.read(pdeAddr, 4);
    if ((pde & PG_P) === 0) return this.pageFault(lin, 0, write, user);
    let phys: number;
    let perm: number;
    let dirty: boolean;
    if ((pde & PG_PS) !== 0 && this.pse) {
      perm = pde;
      if (!this.allowed(perm, write, user)) return this.pageFault(lin, 1, write, user);
      const want = PG_A | (write ? PG_D : 0);
      if ((pde & want) !== want) this.bus.write(pdeAddr, 4, pde | want);
      dirty = write || (pde & PG_D) !== 0;
      phys = (pde & 0xffc00000) | (lin & 0x3ff000);
    } else {
      const pteAddr = ((pde & -4096) | (((lin >>> 12) & 0x3ff) << 2)) & this.a20;
      const pte = this.bus.read(pteAddr, 4);
      if ((pte & PG_P) === 0) return this.pageFault(lin, 0, write, user);
      perm = pde & pte;
      if (!this.allowed(perm, write, user)) return this.pageFault(lin, 1, write, user);
      if ((pde & PG_A) === 0) this.bus.write(pdeAddr, 4, pde | PG_A);
      const want = PG_A | (write ? PG_D : 0);
      if ((pte & want) !== want) this.bus.write(pteAddr, 4, pte | want);
      dirty = write || (pte & PG_D) !== 0;
      phys = pte & -4096;
    }
    phys &= this.a20;
    const u = (perm & PG_U) !== 0;
    const w = (perm & PG_W) !== 0;
    this.install(vpage, phys, true, u, dirty);
    if (dirty) this.installWrite(vpage, phys, w || !this.wp, u && w);
    return phys | (lin & 4095);
  }

  private allowed(perm: number, write: boolean, user: boolean): boolean {
    if (user && (perm & PG_U) === 0) return false;
    if (write && (perm & PG_W) === 0 && (user || this.wp)) return false;
    return true;
  }

  private pageFault(lin: number, present: number, write: boolean, user: boolean): never {
    this.cr2 = lin;
    throw new Fault(14, present | (write ? 2 : 0) | (user ? 4 : 0));
  }

  private remember(vpage: number): void {
    if (this.nFilled < FILLED_MAX) this.filled[this.nFilled] = vpage;
    this.nFilled++;
  }

  private install(
    vpage: number,
    phys: number,
    sup: boolean,
    user: boolean,
    alsoWrite: boolean,
  ): void {
    const page = phys >>> 12;
    if (!this.bus.isRam(page)) return;
    this.remember(vpage);
    this.tlbR[vpage] = phys | (sup ? 1 : 0) | (user ? 2 : 0);
    if (!this.paging && alsoWrite) this.installWrite(vpage, phys, true, true);
  }

  private installWrite(vpage: number, phys: number, sup: boolean, user: boolean): void {
    const page = phys >>> 12;
    if (!this.bus.isRam(page) || this.code.pages[page] !== undefined) return;
    this.tlbW[vpage] = phys | (sup ? 1 : 0) | (user ? 2 : 0);
  }

  /** Physical address of code at `lin` (fetch: a read at the current privilege). */
  translateCode(lin: number): number {
    const e = this.tlbR[lin >>> 12];
    if ((e & this.mask) !== 0) return (e & -4096) | (lin & 4095);
    return this.translate(lin, false);
  }
}
