// The built-in BIOS, written in TypeScript: power-on set-up (the interrupt vector table, the BIOS
// data area, the PIC and PIT programmed as a PC BIOS leaves them), the bootstrap (sector 0 of the
// first disk to 0000:7C00, checked for the 0x55AA signature, entered with DL = 80h), and the
// real-mode services a boot loader calls: int 10h (video), 11h, 12h, 13h (disk, CHS and the EDD
// extensions), 15h (E820 memory map, A20, extended memory, block move), 16h (keyboard), 1Ah
// (ticks and the RTC).
//
// The CPU calls `service(v)` for every real-mode `int v` (the realModeService hook) before looking
// at the IVT. Returning true means the call was performed here: registers and the carry flag are
// set as the service defines, and execution goes on after the `int`. The IVT itself points into a
// small ROM of stubs (rom.ts), so vectors are real addresses a guest can chain to or call; the
// hardware interrupt stubs come back here (CS = F000) to acknowledge the PIC, count timer ticks
// and read keys into the BDA's keyboard buffer.
//
// The values a guest can see (the E820 map, disk geometry, what AH=41h reports ...) follow what
// SeaBIOS reports under qemu, the oracle of the tests in test/boot/.
import {
  CS,
  DS,
  EAX,
  EBX,
  ECX,
  EDI,
  EDX,
  ES,
  ESI,
  ESP,
  SS,
  STOP_HLT,
  STOP_HOST,
} from "../cpu/cpu.ts";
import { IF, ZF, setCF, setSome } from "../cpu/flags.ts";
import { SECTOR, type Disk } from "../devices/disk.ts";
import { ASCII, SC_ALT, SC_CAPS, SC_CTRL, SC_LSHIFT, SC_RSHIFT } from "../devices/scancodes.ts";
import { COLS, ROWS, TEXT_BASE } from "../devices/vga.ts";
import type { Machine } from "../machine.ts";
import { ROM_BASE, ROM_SEGMENT, buildRom, stubOffset } from "./rom.ts";

/** Vectors a guest may call that this BIOS serves. */
const SERVICES = new Set([0x10, 0x11, 0x12, 0x13, 0x15, 0x16, 0x18, 0x19, 0x1a]);
/** Hardware interrupt vectors (IRQ 0-7 at 08h, IRQ 8-15 at 70h). */
const IRQS = new Set([
  8, 9, 10, 11, 12, 13, 14, 15, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
]);
/** CPU exceptions that a real-mode guest left to the BIOS: they end the run with a report. */
const EXCEPTIONS = new Set([0, 6, 7]);

// BIOS data area offsets (segment 0040h).
const BDA = 0x400;
const KBD_FLAGS = 0x417;
const KBD_HEAD = 0x41a;
const KBD_TAIL = 0x41c;
const KBD_START = 0x1e; // the buffer is 0040:001E-003D
const KBD_END = 0x3e;
const CURSOR_POS = 0x450;
const TICKS = 0x46c;
const MIDNIGHT = 0x470;
/** Ticks per day at 18.2 Hz. */
const TICKS_PER_DAY = 0x1800b0;

export const EBDA_SEGMENT = 0x9fc0;
/** SeaBIOS keeps the top 128 KiB of RAM below 4 GiB for itself; the E820 map reserves it. */
const HIGH_RESERVED = 0x20000;

export interface BootFailure {
  message: string;
}

export class Bios {
  private m: Machine;
  /** int 16h is waiting for a key (the CPU is halted on the int). */
  waitingForKey = false;
  /** Set when the bootstrap found nothing to boot, or a real-mode exception nobody handled. */
  failure: string | null = null;
  /** The last int 13h status (AH=01h returns it). */
  private diskStatus = 0;
  /** Characters written by int 10h teletype (for --expect on a screen-only guest). */
  onTeletype: (ch: number) => void = () => {};

  constructor(m: Machine) {
    this.m = m;
  }

  /** Power-on self test: memory tables, the ROM, devices programmed; CPU at the reset vector. */
  powerOn(): void {
    const m = this.m;
    const mem = m.bus.mem;
    const rom = buildRom((v) => SERVICES.has(v) || IRQS.has(v) || EXCEPTIONS.has(v));
    mem.set(rom, ROM_BASE);
    // The ROM also answers at the top of the 4 GiB space, where the CPU fetches after reset.
    m.bus.mapMmio(0xffff0000, 0x10000, {
      read: (addr, size) => {
        const o = ROM_BASE + (addr & 0xffff);
        return size === 1
          ? mem[o]
          : size === 2
            ? m.bus.view.getUint16(o, true)
            : m.bus.view.getInt32(o, true);
      },
      write: () => {},
    });
    // The IVT: every vector into the ROM.
    for (let v = 0; v < 256; v++) {
      m.bus.view.setUint16(v * 4, stubOffset(v), true);
      m.bus.view.setUint16(v * 4 + 2, ROM_SEGMENT, true);
    }
    for (const v of [0x1d, 0x1e, 0x1f, 0x41, 0x43, 0x46]) m.bus.view.setUint32(v * 4, 0, true); // tables
    // The BDA.
    mem.fill(0, BDA, 0x500);
    const w16 = (a: number, v: number) => m.bus.view.setUint16(a, v, true);
    w16(0x400, 0x3f8); // COM1
    w16(0x40e, EBDA_SEGMENT);
    w16(0x410, 0x0220 | 0x0004); // one serial port, 80×25 colour; bit 2: PS/2 mouse absent -> 0
    w16(0x413, EBDA_SEGMENT >> 6); // 639 KiB of base memory
    w16(KBD_HEAD, KBD_START);
    w16(KBD_TAIL, KBD_START);
    w16(0x480, KBD_START);
    w16(0x482, KBD_END);
    mem[0x449] = 0x03; // video mode
    w16(0x44a, COLS);
    w16(0x44c, 0x1000); // page size
    w16(0x460, 0x0607); // cursor shape (start 6, end 7)
    w16(0x463, 0x3d4); // CRTC base
    mem[0x465] = 0x29;
    mem[0x475] = m.disks.filter((d) => d !== null).length;
    mem[0x484] = ROWS - 1;
    mem[0x485] = 16; // character height
    mem[0x487] = 0x60;
    mem[0x488] = 0xf9;
    mem[0x489] = 0x51;
    mem.fill(0, EBDA_SEGMENT << 4, (EBDA_SEGMENT << 4) + 0x400);
    mem[EBDA_SEGMENT << 4] = 1; // EBDA size in KiB
    // The PICs at vectors 08h and 70h, IRQ 0, 1, 2 unmasked; the PIT at 18.2 Hz.
    const out = (port: number, v: number) => m.bus.out(port, 1, v);
    for (const [cmd, data, base, cascade, mask] of [
      [0x20, 0x21, 0x08, 0x04, 0xf8],
      [0xa0, 0xa1, 0x70, 0x02, 0xff],
    ]) {
      out(cmd, 0x11);
      out(data, base);
      out(data, cascade);
      out(data, 0x01);
      out(data, mask);
    }
    out(0x43, 0x34);
    out(0x40, 0);
    out(0x40, 0);
    // The screen: mode 03h, cleared.
    this.setMode(3);
    m.cpu.reset();
    m.cpu.cr0 = 0x10; // caches on (CD and NW clear), as SeaBIOS leaves them
    m.cpu.realModeService = (v) => this.service(v);
  }

  // ---- helpers ----

  private get cpu() {
    return this.m.cpu;
  }

  private ah(): number {
    return (this.cpu.regs[EAX] >> 8) & 0xff;
  }

  private al(): number {
    return this.cpu.regs[EAX] & 0xff;
  }

  private setAh(v: number): void {
    const r = this.cpu.regs;
    r[EAX] = (r[EAX] & ~0xff00) | ((v & 0xff) << 8);
  }

  private setAl(v: number): void {
    const r = this.cpu.regs;
    r[EAX] = (r[EAX] & ~0xff) | (v & 0xff);
  }

  private set16(reg: number, v: number): void {
    const r = this.cpu.regs;
    r[reg] = (r[reg] & ~0xffff) | (v & 0xffff);
  }

  private reg16(reg: number): number {
    return this.cpu.regs[reg] & 0xffff;
  }

  private reg8hi(reg: number): number {
    return (this.cpu.regs[reg] >> 8) & 0xff;
  }

  private reg8lo(reg: number): number {
    return this.cpu.regs[reg] & 0xff;
  }

  /** Physical address of seg:off (20-bit, as real mode forms it; A20 applies). */
  private phys(seg: number, off: number): number {
    return ((this.cpu.segSel[seg] << 4) + (off & 0xffff)) & this.cpu.mmu.a20;
  }

  private rd8(a: number): number {
    return this.m.bus.read(a, 1);
  }

  private rd16(a: number): number {
    return this.m.bus.read(a, 2);
  }

  private wr8(a: number, v: number): void {
    this.cpu.mmu.physWrite(a, 1, v & 0xff);
  }

  private wr16(a: number, v: number): void {
    this.cpu.mmu.physWrite(a, 2, v & 0xffff);
  }

  private wr32(a: number, v: number): void {
    this.cpu.mmu.physWrite(a, 4, v | 0);
  }

  /** Copies bytes into guest memory, dropping decoded code they overwrite. */
  private writeBytes(a: number, bytes: Uint8Array): boolean {
    const bus = this.m.bus;
    if (a + bytes.length > bus.size) return false;
    bus.mem.set(bytes, a);
    const code = this.cpu.code;
    for (let p = a >>> 12; p <= (a + bytes.length - 1) >>> 12; p++) {
      if (code.pages[p] !== undefined) code.invalidate(p);
    }
    return true;
  }

  private carry(on: boolean): void {
    setCF(this.cpu, on);
  }

  private zero(on: boolean): void {
    setSome(this.cpu, ZF, on ? ZF : 0);
  }

  // ---- dispatch ----

  service(v: number): boolean {
    const fromRom = this.cpu.segSel[CS] === ROM_SEGMENT;
    if (IRQS.has(v) || EXCEPTIONS.has(v)) {
      if (!fromRom) return false; // through the IVT to the ROM stub, which comes back here
      if (EXCEPTIONS.has(v)) return this.unhandledException(v);
      this.irq(v);
      return true;
    }
    switch (v) {
      case 0x10:
        this.video();
        return true;
      case 0x11:
        this.set16(EAX, this.rd16(0x410));
        return true;
      case 0x12:
        this.set16(EAX, this.rd16(0x413));
        return true;
      case 0x13:
        this.disk();
        return true;
      case 0x15:
        this.system();
        return true;
      case 0x16:
        this.keyboard();
        return true;
      case 0x18:
        this.fail("no bootable device");
        return true;
      case 0x19:
        this.bootstrap();
        return true;
      case 0x1a:
        this.time();
        return true;
      default:
        return false;
    }
  }

  private fail(message: string): void {
    this.failure = message;
    this.cpu.stop = STOP_HOST;
  }

  private unhandledException(v: number): boolean {
    // The exception's frame is on the stack: IP, CS, FLAGS. Report it at the faulting instruction.
    const cpu = this.cpu;
    const sp = this.phys(SS, cpu.regs[ESP]);
    const ip = this.rd16(sp);
    const cs = this.rd16(sp + 2);
    const names: Record<number, string> = {
      0: "#DE divide error",
      6: "#UD invalid opcode",
      7: "#NM device not available",
    };
    this.fail(`unhandled ${names[v]} in real mode at ${hex4(cs)}:${hex4(ip)}`);
    return true;
  }

  // ---- bootstrap (int 19h) ----

  private bootstrap(): void {
    const m = this.m;
    const cpu = this.cpu;
    const disk = m.disks[0];
    const sector = new Uint8Array(SECTOR);
    if (disk === null || !disk.read(0, sector, 0)) return this.fail("no bootable device");
    if (sector[510] !== 0x55 || sector[511] !== 0xaa) {
      this.print("not a bootable disk\r\n");
      return this.fail("not a bootable disk (no 0x55AA signature in sector 0)");
    }
    this.writeBytes(0x7c00, sector);
    cpu.regs.fill(0);
    cpu.regs[EDX] = 0x80;
    cpu.regs[ESP] = 0x6f00; // SeaBIOS's boot stack
    for (const s of [DS, ES, SS]) {
      cpu.segSel[s] = 0;
      cpu.segBase[s] = 0;
    }
    cpu.segSel[CS] = 0;
    cpu.segBase[CS] = 0;
    cpu.eip = 0x7c00;
    setSome(cpu, 0x0fd5 | 0x300, IF); // arithmetic flags clear, IF set, as SeaBIOS leaves them
  }

  private print(s: string): void {
    for (const c of s) this.teletype(c.charCodeAt(0), 0x07);
  }

  // ---- hardware interrupts ----

  private irq(v: number): void {
    const m = this.m;
    if (v === 8) {
      let t = (m.bus.view.getUint32(TICKS, true) + 1) >>> 0;
      if (t >= TICKS_PER_DAY) {
        t = 0;
        m.bus.mem[MIDNIGHT] = 1;
      }
      m.bus.view.setUint32(TICKS, t, true);
    } else if (v === 9) {
      this.keyboardIrq();
    } else if (v === 0x70) {
      m.bus.out(0x70, 1, 0x0c);
      m.bus.in(0x71, 1); // acknowledge the RTC
    } else if (v === 0x76) {
      m.bus.in(0x1f7, 1); // acknowledge the disk
    }
    const irq = v < 0x70 ? v - 8 : v - 0x70 + 8;
    // IRQ 7 and 15 may be spurious: no EOI when the in-service bit is clear.
    if (irq === 7 || irq === 15) {
      m.bus.out(irq === 7 ? 0x20 : 0xa0, 1, 0x0b);
      if ((m.bus.in(irq === 7 ? 0x20 : 0xa0, 1) & 0x80) === 0) {
        if (irq === 15) m.bus.out(0x20, 1, 0x20);
        return;
      }
    }
    if (irq >= 8) m.bus.out(0xa0, 1, 0x20);
    m.bus.out(0x20, 1, 0x20);
  }

  /** IRQ 1: one byte from the keyboard controller into the shift state or the key buffer. */
  private keyboardIrq(): void {
    const m = this.m;
    const sc = m.bus.in(0x60, 1);
    this.scancode(sc);
  }

  private extended = false;

  private scancode(sc: number): void {
    const mem = this.m.bus.mem;
    if (sc === 0xe0) {
      this.extended = true;
      return;
    }
    const ext = this.extended;
    this.extended = false;
    const make = sc & 0x7f;
    const up = (sc & 0x80) !== 0;
    const flagBit: Record<number, number> = {
      [SC_RSHIFT]: 1,
      [SC_LSHIFT]: 2,
      [SC_CTRL]: 4,
      [SC_ALT]: 8,
    };
    if (flagBit[make] !== undefined && !(ext && (make === SC_LSHIFT || make === SC_RSHIFT))) {
      if (up) mem[KBD_FLAGS] &= ~flagBit[make];
      else mem[KBD_FLAGS] |= flagBit[make];
      return;
    }
    if (make === SC_CAPS) {
      if (!up) mem[KBD_FLAGS] ^= 0x40;
      return;
    }
    if (up) return;
    const flags = mem[KBD_FLAGS];
    const shift = (flags & 3) !== 0;
    let ascii = 0;
    const chars = ext ? undefined : ASCII.get(make);
    if (chars !== undefined) {
      ascii = chars[shift ? 1 : 0];
      const letter = ascii >= 0x41 && ascii <= 0x7a && /[a-z]/i.test(String.fromCharCode(ascii));
      if (letter && (flags & 0x40) !== 0) ascii ^= 0x20; // caps lock
      if ((flags & 4) !== 0 && letter) ascii &= 0x1f; // Ctrl-letter
      if ((flags & 8) !== 0) ascii = 0; // Alt
    } else if (ext) ascii = 0xe0; // grey keys: extended code (int 16h AH=00h turns it into 0)
    this.enqueue((make << 8) | ascii);
  }

  private enqueue(key: number): void {
    const view = this.m.bus.view;
    const tail = view.getUint16(KBD_TAIL, true);
    let next = tail + 2;
    if (next >= KBD_END) next = KBD_START;
    if (next === view.getUint16(KBD_HEAD, true)) return; // full: a real BIOS beeps
    view.setUint16(BDA + tail, key, true);
    view.setUint16(KBD_TAIL, next, true);
  }

  private dequeue(peek: boolean): number {
    const view = this.m.bus.view;
    const head = view.getUint16(KBD_HEAD, true);
    if (head === view.getUint16(KBD_TAIL, true)) return -1;
    const key = view.getUint16(BDA + head, true);
    if (!peek) {
      let next = head + 2;
      if (next >= KBD_END) next = KBD_START;
      view.setUint16(KBD_HEAD, next, true);
    }
    return key;
  }

  // ---- int 16h: keyboard ----

  private keyboard(): void {
    const ah = this.ah();
    const extended = ah >= 0x10;
    switch (ah & 0xef) {
      case 0x00: {
        // read a key, waiting for one
        let key = this.takeKey(false);
        if (key < 0) {
          // Nothing yet: halt on the int itself, with interrupts on (as a BIOS waits in sti; hlt),
          // so the keyboard interrupt or the next key from the host wakes it to look again.
          const cpu = this.cpu;
          cpu.eip = (cpu.eip - 2) | 0;
          setSome(cpu, IF, IF);
          cpu.halted = true;
          cpu.stop = STOP_HLT;
          this.waitingForKey = true;
          return;
        }
        this.waitingForKey = false;
        if (!extended && (key & 0xff) === 0xe0) key &= 0xff00;
        this.set16(EAX, key);
        return;
      }
      case 0x01: {
        let key = this.takeKey(true);
        if (key < 0) {
          this.zero(true);
          return;
        }
        if (!extended && (key & 0xff) === 0xe0) key &= 0xff00;
        this.set16(EAX, key);
        this.zero(false);
        return;
      }
      case 0x02:
        this.setAl(this.rd8(KBD_FLAGS));
        if (extended) this.setAh(0);
        return;
      case 0x03:
        return;
      case 0x05:
        this.enqueue(this.reg16(ECX));
        this.setAl(0);
        return;
      default:
        return;
    }
  }

  /** The next key in the buffer, taking bytes the controller holds first (as IRQ 1 would). */
  private takeKey(peek: boolean): number {
    const m = this.m;
    while (this.dequeue(true) < 0 && (m.bus.in(0x64, 1) & 1) !== 0) this.keyboardIrq();
    return this.dequeue(peek);
  }

  // ---- int 1Ah: time ----

  private time(): void {
    const m = this.m;
    const cmos = (i: number) => {
      m.bus.out(0x70, 1, i);
      return m.bus.in(0x71, 1);
    };
    switch (this.ah()) {
      case 0x00: {
        const t = m.bus.view.getUint32(TICKS, true);
        this.set16(ECX, t >>> 16);
        this.set16(EDX, t & 0xffff);
        this.setAl(m.bus.mem[MIDNIGHT]);
        m.bus.mem[MIDNIGHT] = 0;
        return;
      }
      case 0x01:
        m.bus.view.setUint32(TICKS, (this.reg16(ECX) << 16) | this.reg16(EDX), true);
        m.bus.mem[MIDNIGHT] = 0;
        return;
      case 0x02:
        this.set16(ECX, (cmos(4) << 8) | cmos(2));
        this.set16(EDX, cmos(0) << 8);
        this.carry(false);
        return;
      case 0x04:
        this.set16(ECX, (cmos(0x32) << 8) | cmos(9));
        this.set16(EDX, (cmos(8) << 8) | cmos(7));
        this.carry(false);
        return;
      default:
        this.carry(true);
    }
  }

  // ---- int 15h: system services ----

  /** The E820 map SeaBIOS gives under qemu for this much RAM (below 4 GiB). */
  e820(): [number, number, number][] {
    const size = this.m.bus.size;
    return [
      [0, EBDA_SEGMENT << 4, 1],
      [EBDA_SEGMENT << 4, 0xa0000 - (EBDA_SEGMENT << 4), 2],
      [0xf0000, 0x10000, 2],
      [0x100000, size - HIGH_RESERVED - 0x100000, 1],
      [size - HIGH_RESERVED, HIGH_RESERVED, 2],
      [0xfffc0000, 0x40000, 2],
    ];
  }

  private system(): void {
    const cpu = this.cpu;
    const r = cpu.regs;
    const ax = this.reg16(EAX);
    const ah = this.ah();
    const size = this.m.bus.size;
    if (r[EAX] >>> 0 === 0xe820 && r[EDX] >>> 0 === 0x534d4150) {
      const map = this.e820();
      const k = r[EBX] >>> 0;
      if (k >= map.length || r[ECX] >>> 0 < 20) {
        this.setAh(0x86);
        this.carry(true);
        return;
      }
      const [base, length, type] = map[k];
      const at = this.phys(ES, r[EDI]);
      this.wr32(at, base);
      this.wr32(at + 4, 0);
      this.wr32(at + 8, length);
      this.wr32(at + 12, 0);
      this.wr32(at + 16, type);
      r[EAX] = 0x534d4150;
      r[ECX] = 20;
      r[EBX] = k + 1 < map.length ? k + 1 : 0;
      this.carry(false);
      return;
    }
    if (ax === 0xe801) {
      const above1 = Math.min(size, 16 << 20) - (1 << 20);
      const above16 = Math.max(0, size - HIGH_RESERVED - (16 << 20));
      this.set16(EAX, above1 >> 10);
      this.set16(ECX, above1 >> 10);
      this.set16(EBX, above16 >> 16);
      this.set16(EDX, above16 >> 16);
      this.carry(false);
      return;
    }
    if (ah === 0x24) {
      const al = this.al();
      if (al === 0 || al === 1) {
        this.m.ps2.out(0x92, 1, (this.m.ps2.in(0x92) & ~2) | (al << 1));
        this.setAh(0);
        this.carry(false);
      } else if (al === 2) {
        this.setAl((this.m.ps2.in(0x92) >> 1) & 1); // as SeaBIOS: the fast gate's bit
        this.setAh(0);
        this.carry(false);
      } else if (al === 3) {
        this.set16(EBX, 3); // keyboard controller and port 0x92
        this.setAh(0);
        this.carry(false);
      } else {
        this.setAh(0x86);
        this.carry(true);
      }
      return;
    }
    switch (ah) {
      case 0x88: {
        // KiB above 1 MiB that the E820 map calls usable, at most 63 MiB (SeaBIOS's answer)
        const kb = Math.min(0xfc00, Math.max(0, ((size - HIGH_RESERVED) >> 10) - 1024));
        this.set16(EAX, kb);
        this.carry(false);
        return;
      }
      case 0x86: // wait CX:DX µs: returns at once (guest time is instruction time)
        this.carry(false);
        this.setAh(0);
        return;
      case 0x87:
        this.blockMove();
        return;
      default:
        this.setAh(0x86);
        this.carry(true);
    }
  }

  /** AH=87h: copy CX words between the addresses of two descriptors of the GDT at ES:SI. */
  private blockMove(): void {
    const gdt = this.phys(ES, this.reg16(ESI));
    const base = (d: number) =>
      this.rd16(d + 2) | (this.rd8(d + 4) << 16) | (this.rd8(d + 7) << 24);
    const src = base(gdt + 0x10) >>> 0;
    const dst = base(gdt + 0x18) >>> 0;
    const n = this.reg16(ECX) * 2;
    const bus = this.m.bus;
    const bytes = new Uint8Array(n);
    for (let k = 0; k < n; k++) bytes[k] = bus.read(src + k, 1);
    this.writeBytes(dst, bytes);
    this.setAh(0);
    this.carry(false);
  }

  // ---- int 13h: disk ----

  private drive(): Disk | null {
    const dl = this.reg8lo(EDX);
    if (dl < 0x80 || dl > 0x81) return null;
    return this.m.disks[dl - 0x80];
  }

  private diskDone(status: number): void {
    this.diskStatus = status;
    this.setAh(status);
    this.carry(status !== 0);
  }

  private disk(): void {
    const ah = this.ah();
    const d = this.drive();
    if (ah === 0x01) {
      this.setAh(this.diskStatus);
      this.carry(this.diskStatus !== 0);
      return;
    }
    if (d === null) return this.diskDone(0x01);
    const r = this.cpu.regs;
    const g = d.geometry;
    switch (ah) {
      case 0x00: // reset
      case 0x0d:
      case 0x10: // ready test
      case 0x11: // recalibrate
        return this.diskDone(0);
      case 0x02: // read sectors (CHS)
      case 0x03: // write sectors (CHS)
      case 0x04: {
        // verify
        const count = this.al();
        const ch = this.reg8hi(ECX);
        const cl = this.reg8lo(ECX);
        const cyl = ch | ((cl & 0xc0) << 2);
        const sec = cl & 0x3f;
        const head = this.reg8hi(EDX);
        if (
          count === 0 ||
          sec === 0 ||
          sec > g.sectorsPerTrack ||
          head >= g.heads ||
          cyl >= g.cylinders
        ) {
          this.setAl(0);
          return this.diskDone(0x01);
        }
        const lba = (cyl * g.heads + head) * g.sectorsPerTrack + sec - 1;
        const done =
          ah === 0x04 ? count : this.transfer(d, ah === 0x03, lba, count, this.phys(ES, r[EBX]));
        this.setAl(done);
        return this.diskDone(done === count ? 0 : 0x04);
      }
      case 0x08: {
        // drive parameters: the last cylinder, head and sector numbers
        // SeaBIOS keeps the last cylinder for diagnostics: the highest it reports is two below
        const maxCyl = Math.max(0, g.cylinders - 2);
        this.set16(ECX, ((maxCyl & 0xff) << 8) | ((maxCyl >> 2) & 0xc0) | g.sectorsPerTrack);
        this.set16(EDX, ((g.heads - 1) << 8) | this.m.disks.filter((x) => x !== null).length);
        this.set16(EAX, 0);
        this.set16(EBX, 0);
        return this.diskDone(0);
      }
      case 0x15: {
        const n = g.cylinders * g.heads * g.sectorsPerTrack;
        this.setAh(0x03); // a hard disk
        this.set16(ECX, n >>> 16);
        this.set16(EDX, n & 0xffff);
        this.carry(false);
        return;
      }
      case 0x41: // extensions present?
        if (this.reg16(EBX) !== 0x55aa) return this.diskDone(0x01);
        this.set16(EBX, 0xaa55);
        this.setAh(0x30); // EDD 3.0
        this.set16(ECX, 0x0007); // packet access, locking/ejecting, EDD parameters
        this.carry(false);
        return;
      case 0x42: // extended read
      case 0x43: // extended write
      case 0x44: {
        // verify
        const p = this.phys(DS, r[ESI]);
        const count = this.rd16(p + 2);
        const off = this.rd16(p + 4);
        const seg = this.rd16(p + 6);
        const lbaLo = this.m.bus.read(p + 8, 4) >>> 0;
        const lbaHi = this.m.bus.read(p + 12, 4) >>> 0;
        if (this.rd8(p) < 0x10 || lbaHi !== 0) return this.diskDone(0x01);
        const addr = ((seg << 4) + off) & this.cpu.mmu.a20;
        if (lbaLo + count > d.sectors) return this.diskDone(0x01);
        const done = ah === 0x44 ? count : this.transfer(d, ah === 0x43, lbaLo, count, addr);
        this.wr16(p + 2, done);
        return this.diskDone(done === count ? 0 : 0x04);
      }
      case 0x48: {
        // extended drive parameters
        const p = this.phys(DS, r[ESI]);
        const n = d.sectors;
        this.wr16(p, 0x1a);
        this.wr16(p + 2, 0x0002); // CHS information valid
        this.wr32(p + 4, g.cylinders);
        this.wr32(p + 8, g.heads);
        this.wr32(p + 12, g.sectorsPerTrack);
        this.wr32(p + 16, n);
        this.wr32(p + 20, 0);
        this.wr16(p + 24, SECTOR);
        return this.diskDone(0);
      }
      default:
        return this.diskDone(0x01);
    }
  }

  /** Moves sectors between the disk and guest memory; returns how many went through. */
  private transfer(d: Disk, write: boolean, lba: number, count: number, addr: number): number {
    const bus = this.m.bus;
    const buf = new Uint8Array(SECTOR);
    for (let k = 0; k < count; k++) {
      const at = addr + k * SECTOR;
      if (at + SECTOR > bus.size) return k;
      if (write) {
        if (!d.write(lba + k, bus.mem, at)) return k;
      } else {
        if (!d.read(lba + k, buf, 0)) return k;
        this.writeBytes(at, buf);
      }
    }
    return count;
  }

  // ---- int 10h: video ----

  private setMode(mode: number): void {
    const m = this.m;
    const mem = m.bus.mem;
    if ((mode & 0x80) === 0) {
      for (let k = 0; k < COLS * ROWS * 8; k++) {
        mem[TEXT_BASE + 2 * k] = 0x20;
        mem[TEXT_BASE + 2 * k + 1] = 0x07;
      }
    }
    mem[0x449] = mode & 0x7f;
    mem.fill(0, CURSOR_POS, CURSOR_POS + 16);
    m.bus.view.setUint16(0x460, 0x0607, true);
    m.vga.crtc[0x0a] = 0x0d;
    m.vga.crtc[0x0b] = 0x0e;
    m.vga.crtc[0x0c] = 0;
    m.vga.crtc[0x0d] = 0;
    this.setCursor(0, 0, 0);
  }

  private cursorOf(page: number): [number, number] {
    const v = this.rd16(CURSOR_POS + 2 * (page & 7));
    return [v >> 8, v & 0xff];
  }

  private setCursor(page: number, row: number, col: number): void {
    this.m.bus.view.setUint16(CURSOR_POS + 2 * (page & 7), (row << 8) | col, true);
    if ((page & 7) === this.m.bus.mem[0x462]) this.m.vga.cursor = row * COLS + col;
  }

  private cellAddr(page: number, row: number, col: number): number {
    return TEXT_BASE + (page & 7) * 0x1000 + 2 * (row * COLS + col);
  }

  private scroll(
    lines: number,
    attr: number,
    top: number,
    left: number,
    bottom: number,
    right: number,
    up: boolean,
  ): void {
    const mem = this.m.bus.mem;
    bottom = Math.min(bottom, ROWS - 1);
    right = Math.min(right, COLS - 1);
    if (top > bottom || left > right) return;
    const height = bottom - top + 1;
    if (lines === 0 || lines > height) lines = height;
    const page = mem[0x462];
    const rowsInOrder = up
      ? Array.from({ length: height }, (_, k) => top + k)
      : Array.from({ length: height }, (_, k) => bottom - k);
    for (const row of rowsInOrder) {
      const from = up ? row + lines : row - lines;
      for (let c = left; c <= right; c++) {
        const dst = this.cellAddr(page, row, c);
        if (from >= top && from <= bottom) {
          const src = this.cellAddr(page, from, c);
          mem[dst] = mem[src];
          mem[dst + 1] = mem[src + 1];
        } else {
          mem[dst] = 0x20;
          mem[dst + 1] = attr;
        }
      }
    }
  }

  /** Teletype output (AH=0Eh): the character at the cursor, which moves on; the screen scrolls. */
  teletype(ch: number, attr: number | null): void {
    const mem = this.m.bus.mem;
    const page = mem[0x462];
    let [row, col] = this.cursorOf(page);
    this.onTeletype(ch);
    switch (ch) {
      case 7:
        break;
      case 8:
        if (col > 0) col--;
        break;
      case 10:
        row++;
        break;
      case 13:
        col = 0;
        break;
      default: {
        const a = this.cellAddr(page, row, col);
        mem[a] = ch;
        if (attr !== null) mem[a + 1] = attr;
        col++;
      }
    }
    if (col >= COLS) {
      col = 0;
      row++;
    }
    if (row >= ROWS) {
      this.scroll(1, mem[this.cellAddr(page, ROWS - 1, 0) + 1], 0, 0, ROWS - 1, COLS - 1, true);
      row = ROWS - 1;
    }
    this.setCursor(page, row, col);
  }

  private video(): void {
    const m = this.m;
    const mem = m.bus.mem;
    const r = this.cpu.regs;
    const bh = this.reg8hi(EBX);
    const bl = this.reg8lo(EBX);
    switch (this.ah()) {
      case 0x00:
        this.setMode(this.al());
        this.setAl(this.al() === 6 ? 0x3f : 0x30);
        return;
      case 0x01: {
        const ch = this.reg8hi(ECX);
        const cl = this.reg8lo(ECX);
        m.bus.view.setUint16(0x460, (ch << 8) | cl, true);
        // the BIOS's 8-line cursor scaled to the 16-line character cell, as VGA BIOSes do
        const scale = (v: number) => ((v & 0x1f) >= 7 ? (v & 0x1f) * 2 : v & 0x1f);
        m.vga.crtc[0x0a] = (ch & 0x60) | (ch & 0x20 ? 0 : scale(ch));
        m.vga.crtc[0x0b] = scale(cl);
        return;
      }
      case 0x02:
        this.setCursor(bh, this.reg8hi(EDX), this.reg8lo(EDX));
        return;
      case 0x03: {
        const [row, col] = this.cursorOf(bh);
        this.set16(EDX, (row << 8) | col);
        this.set16(ECX, this.rd16(0x460));
        this.set16(EAX, 0);
        return;
      }
      case 0x05:
        mem[0x462] = this.al() & 7;
        m.vga.crtc[0x0c] = ((this.al() & 7) * 0x800) >> 8;
        m.vga.crtc[0x0d] = 0;
        return;
      case 0x06:
      case 0x07:
        this.scroll(
          this.al(),
          bh,
          this.reg8hi(ECX),
          this.reg8lo(ECX),
          this.reg8hi(EDX),
          this.reg8lo(EDX),
          this.ah() === 0x06,
        );
        return;
      case 0x08: {
        const [row, col] = this.cursorOf(bh);
        const a = this.cellAddr(bh, row, col);
        this.set16(EAX, (mem[a + 1] << 8) | mem[a]);
        return;
      }
      case 0x09:
      case 0x0a: {
        const [row, col] = this.cursorOf(bh);
        const n = this.reg16(ECX);
        for (let k = 0; k < n && row * COLS + col + k < COLS * ROWS; k++) {
          const a = this.cellAddr(bh, row, col) + 2 * k;
          mem[a] = this.al();
          if (this.ah() === 0x09) mem[a + 1] = bl;
        }
        return;
      }
      case 0x0e:
        this.teletype(this.al(), null);
        return;
      case 0x0f:
        this.set16(EAX, (COLS << 8) | mem[0x449]);
        r[EBX] = (r[EBX] & ~0xff00) | (mem[0x462] << 8);
        return;
      case 0x12:
        if (bl === 0x10) {
          this.set16(EBX, 0x0003); // colour, 256 KiB
          this.set16(ECX, 0x0009);
        }
        return;
      case 0x13: {
        // write string ES:BP, CX characters, at DH:DL; AL bit 0 moves the cursor, bit 1 = char/attr pairs
        const mode = this.al();
        const n = this.reg16(ECX);
        const [oldRow, oldCol] = this.cursorOf(bh);
        this.setCursor(bh, this.reg8hi(EDX), this.reg8lo(EDX));
        let p = this.phys(ES, r[5]);
        for (let k = 0; k < n; k++) {
          const ch = this.rd8(p++);
          const attr = mode & 2 ? this.rd8(p++) : bl;
          this.teletype(ch, ch === 7 || ch === 8 || ch === 10 || ch === 13 ? null : attr);
        }
        if ((mode & 1) === 0) this.setCursor(bh, oldRow, oldCol);
        return;
      }
      case 0x1a:
        if (this.al() === 0) {
          this.setAl(0x1a);
          this.set16(EBX, 0x0008); // VGA with a colour display
        }
        return;
      default:
        return; // palette, fonts and the rest: accepted, nothing to do in text mode
    }
  }
}

function hex4(v: number): string {
  return v.toString(16).padStart(4, "0");
}
