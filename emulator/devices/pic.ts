// The 8259A programmable interrupt controller pair of the PC/AT: the master at ports 0x20/0x21
// with IRQ 0-7, the slave at 0xA0/0xA1 with IRQ 8-15, cascaded on the master's IRQ 2.
//
// Each chip keeps three 8-bit registers: IRR (requests latched on a rising edge of a line), ISR
// (requests being serviced, cleared by EOI) and IMR (masked lines). A request is presented to the
// CPU when it is unmasked and has a higher priority than everything in service (IRQ 0 highest, or
// after the rotation set by OCW2). The BIOS programs the master to vectors 08h-0Fh and the slave to
// 70h-77h; a kernel reprograms both with the four initialisation words (ICW1-ICW4). When the CPU
// acknowledges and the request has gone away meanwhile, the chip answers with IRQ 7 (or 15), the
// spurious interrupt, without setting its ISR bit -- as the real part does.
import type { InterruptSource } from "../cpu/cpu.ts";
import type { PortDevice } from "../bus.ts";

class Chip {
  irr = 0;
  isr = 0;
  imr = 0xff;
  /** Line levels, for edge detection. */
  lines = 0;
  base = 0;
  /** The next ICW expected: 0 = none (operational), 2, 3, 4. */
  icwStep = 0;
  needIcw4 = false;
  single = false;
  autoEoi = false;
  /** OCW3: read the ISR instead of the IRR at the command port. */
  readIsr = false;
  poll = false;
  specialMask = false;
  /** The lowest-priority IRQ (priority rotates after it); 7 at reset: IRQ 0 is highest. */
  lowest = 7;
  /** The slave's cascade input (master only: bit set per slave line). */
  cascade = 0;

  constructor(base: number) {
    this.base = base;
  }

  /** The highest-priority bit set in `bits` in rotation order, or -1. */
  highest(bits: number): number {
    if (bits === 0) return -1;
    for (let k = 1; k <= 8; k++) {
      const irq = (this.lowest + k) & 7;
      if (bits & (1 << irq)) return irq;
    }
    return -1;
  }

  /** The IRQ the chip wants to present, or -1 (respects masks and the ISR's priority). */
  request(): number {
    const want = this.irr & ~this.imr;
    const irq = this.highest(want);
    if (irq < 0) return -1;
    const busy = this.specialMask ? this.isr & ~this.imr : this.isr;
    const inService = this.highest(busy);
    if (inService >= 0 && this.priority(inService) <= this.priority(irq)) return -1;
    return irq;
  }

  /** 0 = highest priority. */
  priority(irq: number): number {
    return (irq - this.lowest - 1) & 7;
  }

  setLine(irq: number, level: boolean): void {
    const bit = 1 << irq;
    if (level) {
      if ((this.lines & bit) === 0) this.irr |= bit;
      this.lines |= bit;
    } else {
      this.lines &= ~bit;
      this.irr &= ~bit; // a request withdrawn before the acknowledge is lost, as on the 8259A
    }
  }

  eoi(irq: number): void {
    this.isr &= ~(1 << irq);
  }

  writeCommand(v: number): void {
    if (v & 0x10) {
      // ICW1
      this.icwStep = 2;
      this.needIcw4 = (v & 1) !== 0;
      this.single = (v & 2) !== 0;
      this.imr = 0;
      this.isr = 0;
      this.irr = 0;
      this.lowest = 7;
      this.specialMask = false;
      this.readIsr = false;
      this.autoEoi = false;
      return;
    }
    if (v & 0x08) {
      // OCW3
      if (v & 0x04) this.poll = true;
      if ((v & 0x02) !== 0) this.readIsr = (v & 1) !== 0;
      if (v & 0x40) this.specialMask = (v & 0x20) !== 0;
      return;
    }
    // OCW2
    const cmd = v >> 5;
    const level = v & 7;
    switch (cmd) {
      case 1: // non-specific EOI
      case 5: {
        // (rotate on) non-specific EOI
        const irq = this.highest(this.isr);
        if (irq >= 0) {
          this.eoi(irq);
          if (cmd === 5) this.lowest = irq;
        }
        break;
      }
      case 3: // specific EOI
        this.eoi(level);
        break;
      case 7: // rotate on specific EOI
        this.eoi(level);
        this.lowest = level;
        break;
      case 6: // set priority
        this.lowest = level;
        break;
      default: // rotate in automatic EOI mode (4, 0): not modelled beyond accepting them
        break;
    }
  }

  writeData(v: number): void {
    switch (this.icwStep) {
      case 2:
        this.base = v & 0xf8;
        this.icwStep = this.single ? (this.needIcw4 ? 4 : 0) : 3;
        return;
      case 3:
        this.icwStep = this.needIcw4 ? 4 : 0;
        return;
      case 4:
        this.autoEoi = (v & 2) !== 0;
        this.icwStep = 0;
        return;
      default:
        this.imr = v & 0xff;
    }
  }
}

export class Pic implements InterruptSource, PortDevice {
  readonly master = new Chip(0x08);
  readonly slave = new Chip(0x70);
  /** Called when an interrupt may have become deliverable (the CPU should look). */
  onChange: () => void = () => {};

  /** Raises (true) or lowers (false) the line of IRQ `irq` (0-15). Edge-triggered. */
  setIrq(irq: number, level: boolean): void {
    if (irq < 8) this.master.setLine(irq, level);
    else this.slave.setLine(irq - 8, level);
    this.cascade();
    if (level) this.onChange();
  }

  /** A one-shot request: a rising and a falling edge (the PIT's and RTC's pulses). */
  pulse(irq: number): void {
    this.setIrq(irq, true);
    if (irq < 8) this.master.lines &= ~(1 << irq);
    else this.slave.lines &= ~(1 << (irq - 8));
    this.cascade();
  }

  /** The slave's output drives the master's IRQ 2. */
  private cascade(): void {
    const out = this.slave.request() >= 0;
    if (out && (this.master.lines & 4) === 0) this.master.irr |= 4;
    if (out) this.master.lines |= 4;
    else {
      this.master.lines &= ~4;
      this.master.irr &= ~4;
    }
  }

  pending(): boolean {
    return this.master.request() >= 0;
  }

  acknowledge(): number {
    const m = this.master;
    const irq = m.request();
    if (irq < 0) return m.base + 7; // spurious IRQ 7
    m.irr &= ~(1 << irq);
    if (!m.autoEoi) m.isr |= 1 << irq;
    if (irq !== 2) {
      this.cascade();
      return m.base + irq;
    }
    const s = this.slave;
    const sirq = s.request();
    if (sirq < 0) {
      this.cascade();
      return s.base + 7; // spurious IRQ 15 (the master's ISR bit 2 stays set: it needs an EOI)
    }
    s.irr &= ~(1 << sirq);
    if (!s.autoEoi) s.isr |= 1 << sirq;
    if (m.autoEoi) m.isr &= ~4;
    this.cascade();
    return s.base + sirq;
  }

  /** The edge/level control registers (ports 0x4D0/0x4D1, PIIX): all edge, as qemu starts. */
  readonly elcr = [0, 0];

  in(port: number): number {
    if (port >= 0x4d0) return this.elcr[port & 1];
    const c = port >= 0xa0 ? this.slave : this.master;
    if ((port & 1) === 1) return c.imr;
    if (c.poll) {
      c.poll = false;
      const irq = c.request();
      if (irq < 0) return 0;
      c.irr &= ~(1 << irq);
      c.isr |= 1 << irq;
      this.cascade();
      return 0x80 | irq;
    }
    return c.readIsr ? c.isr : c.irr;
  }

  out(port: number, _size: number, v: number): void {
    if (port >= 0x4d0) {
      this.elcr[port & 1] = v & (port === 0x4d0 ? 0xf8 : 0xde); // IRQ 0, 1, 2, 8, 13 are always edge
      return;
    }
    const c = port >= 0xa0 ? this.slave : this.master;
    if ((port & 1) === 0) c.writeCommand(v & 0xff);
    else c.writeData(v & 0xff);
    this.cascade();
    this.onChange();
  }
}
