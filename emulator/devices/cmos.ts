// The MC146818 real-time clock and its CMOS memory (index port 0x70, data port 0x71, IRQ 8).
//
// Registers 0-9 hold the time and date (BCD unless status register B bit 2 says binary; 12-hour
// when bit 1 is clear), 0x0A-0x0D are status registers A-D, and the bytes above are the BIOS's:
// the equipment byte, base and extended memory sizes (0x15/0x16, 0x17/0x18, 0x30/0x31, and 0x34/0x35
// in 64 KiB units above 16 MiB, as qemu fills them), the century (0x32). The clock is the machine's
// (deterministic guest time from a fixed start unless --realtime), so two runs read the same
// time. The periodic interrupt (rate in register A's low four bits, enabled by B bit 6) raises
// IRQ 8 and sets C's flags; reading C clears them and lowers the line.
import type { PortDevice } from "../bus.ts";

export class Cmos implements PortDevice {
  readonly ram = new Uint8Array(128);
  private index = 0;
  /** Wall-clock time at clock 0, in milliseconds since the Unix epoch. */
  private epochMs: number;
  private now: () => number;
  private nextPeriodic = Infinity;
  setIrq: (level: boolean) => void = () => {};

  constructor(now: () => number, epochMs: number, memoryBytes: number) {
    this.now = now;
    this.epochMs = epochMs;
    const r = this.ram;
    r[0x0a] = 0x26; // 32.768 kHz time base, 1024 Hz periodic rate
    r[0x0b] = 0x02; // 24-hour, BCD
    r[0x0d] = 0x80; // RAM and time valid
    r[0x10] = 0x00; // no floppy drives
    r[0x12] = 0xf0; // hard disk 0 present (type in 0x19)
    r[0x14] = 0x06; // equipment: VGA (colour 80×25 is 00), math coprocessor absent, keyboard
    r[0x15] = 640 & 0xff;
    r[0x16] = 640 >> 8;
    const extKb = Math.min(0xffff, Math.max(0, (memoryBytes >> 10) - 1024));
    r[0x17] = r[0x30] = extKb & 0xff;
    r[0x18] = r[0x31] = extKb >> 8;
    const above16 = Math.min(0xffff, Math.max(0, (memoryBytes - (16 << 20)) >> 16));
    r[0x34] = above16 & 0xff;
    r[0x35] = above16 >> 8;
    r[0x3d] = 0x02; // boot from the hard disk
  }

  private bcd(v: number): number {
    return (this.ram[0x0b] & 4) !== 0 ? v : ((v / 10) | 0) * 16 + (v % 10);
  }

  /** The date and time now, in the registers' encoding. */
  private clockRegister(i: number): number {
    const d = new Date(this.epochMs + Math.floor(this.now() / 1e6));
    switch (i) {
      case 0:
        return this.bcd(d.getUTCSeconds());
      case 2:
        return this.bcd(d.getUTCMinutes());
      case 4: {
        const h = d.getUTCHours();
        if ((this.ram[0x0b] & 2) !== 0) return this.bcd(h);
        return this.bcd(h % 12 === 0 ? 12 : h % 12) | (h >= 12 ? 0x80 : 0);
      }
      case 6:
        return d.getUTCDay() + 1;
      case 7:
        return this.bcd(d.getUTCDate());
      case 8:
        return this.bcd(d.getUTCMonth() + 1);
      case 9:
        return this.bcd(d.getUTCFullYear() % 100);
      case 0x32:
        return this.bcd(Math.floor(d.getUTCFullYear() / 100));
      default:
        return this.ram[i];
    }
  }

  /** Period of the periodic interrupt in ns, or Infinity when off. */
  private period(): number {
    const rate = this.ram[0x0a] & 0x0f;
    if ((this.ram[0x0b] & 0x40) === 0 || rate === 0) return Infinity;
    const hz = 32768 >> ((rate <= 2 ? rate + 7 : rate) - 1);
    return 1e9 / hz;
  }

  nextEvent(): number {
    return this.nextPeriodic;
  }

  update(): void {
    const now = this.now();
    if (now < this.nextPeriodic) return;
    const p = this.period();
    this.nextPeriodic =
      p === Infinity
        ? Infinity
        : this.nextPeriodic + p * Math.max(1, Math.ceil((now - this.nextPeriodic) / p));
    this.ram[0x0c] |= 0xc0; // IRQF | PF
    this.setIrq(true);
  }

  in(port: number): number {
    if (port === 0x70) return 0xff;
    const i = this.index;
    if (i === 0x0a) {
      // update in progress during the last 244 µs of each second
      const ms = (this.epochMs + this.now() / 1e6) % 1000;
      return (this.ram[0x0a] & 0x7f) | (ms >= 999.756 ? 0x80 : 0);
    }
    if (i === 0x0c) {
      const v = this.ram[0x0c];
      this.ram[0x0c] = 0;
      this.setIrq(false);
      return v;
    }
    if (i <= 9 || i === 0x32) return this.clockRegister(i);
    return this.ram[i];
  }

  out(port: number, _size: number, value: number): void {
    const v = value & 0xff;
    if (port === 0x70) {
      this.index = v & 0x7f; // bit 7 masks NMI
      return;
    }
    const i = this.index;
    if (i === 0x0c || i === 0x0d) return;
    if (i <= 9) return; // setting the clock is ignored: it follows the machine's clock
    this.ram[i] = v;
    if (i === 0x0a || i === 0x0b) {
      const p = this.period();
      this.nextPeriodic = p === Infinity ? Infinity : this.now() + p;
    }
  }
}
