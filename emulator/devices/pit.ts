// The 8254 programmable interval timer: three 16-bit down-counters clocked at 1.193182 MHz.
// Channel 0 drives IRQ 0 (the system timer), channel 2 the PC speaker, gated by bit 0 of port
// 0x61 and read back at bit 5 (how BIOSes and kernels calibrate delay loops).
//
// Nothing counts instruction by instruction: each channel remembers when it was loaded, and its
// count and output are computed from the machine's clock when read. `nextEvent` tells the machine
// when channel 0's output next rises so the run loop can stop there and pulse IRQ 0. Modes 0
// (interrupt on terminal count), 2 (rate generator) and 3 (square wave) are the ones PC software
// uses; 1, 4 and 5 count like 0 (their gate triggering is not modelled).
import type { PortDevice } from "../bus.ts";

export const PIT_HZ = 1193182;

class Channel {
  mode = 0;
  /** 1 = low byte, 2 = high byte, 3 = low then high. */
  access = 3;
  bcd = false;
  /** The reload value (0 means 65536). */
  reload = 0x10000;
  /** Clock (ns) when counting started from `reload`; -1 = not counting (waiting for a count). */
  start = -1;
  gate = true;
  latched = -1;
  latchHigh = false;
  statusLatched = -1;
  /** Write and read toggles for access mode 3. */
  writeHigh = false;
  readHigh = false;
  writeLow = 0;
  /** Ticks since counting started. */
  ticks(now: number): number {
    if (this.start < 0) return 0;
    return Math.floor(((now - this.start) * PIT_HZ) / 1e9);
  }

  count(now: number): number {
    if (this.start < 0 || !this.gate) return this.reload & 0xffff;
    const t = this.ticks(now);
    const n = this.reload;
    if (this.mode === 2 || this.mode === 3) {
      // mode 3 counts down by two each tick, twice per period
      if (this.mode === 3) return (n - ((t * 2) % n)) & 0xfffe || n & 0xffff;
      return n - (t % n) || n & 0xffff;
    }
    return (n - t) & 0xffff;
  }

  output(now: number): boolean {
    if (this.start < 0) return this.mode !== 0;
    const t = this.ticks(now);
    const n = this.reload;
    switch (this.mode) {
      case 2:
        return t % n !== n - 1;
      case 3:
        return t % n < Math.ceil(n / 2);
      default:
        return t >= n;
    }
  }

  /** The tick of the first rising edge of the output after tick `after`, or Infinity. */
  nextRiseTick(after: number): number {
    if (this.start < 0 || !this.gate) return Infinity;
    const n = this.reload;
    if (this.mode === 2 || this.mode === 3) return (Math.floor(after / n) + 1) * n;
    return after < n ? n : Infinity;
  }

  /** The clock (ns) at which tick `k` happens. */
  tickTime(k: number): number {
    return this.start + Math.ceil((k * 1e9) / PIT_HZ);
  }
}

export class Pit implements PortDevice {
  readonly channels = [new Channel(), new Channel(), new Channel()];
  /** The speaker's data bit (port 0x61 bit 1). */
  speaker = false;
  /** The tick of channel 0's last rising edge signalled on IRQ 0, so each edge pulses once. */
  private lastTick = 0;
  /** The machine's clock in nanoseconds. */
  now: () => number;
  raiseIrq0: () => void;

  constructor(now: () => number, raiseIrq0: () => void) {
    this.now = now;
    this.raiseIrq0 = raiseIrq0;
  }

  /** When the machine must next call `update` (ns), or Infinity. */
  nextEvent(): number {
    const c = this.channels[0];
    const k = c.nextRiseTick(this.lastTick);
    return k === Infinity ? Infinity : c.tickTime(k);
  }

  /** Pulses IRQ 0 for a rising edge of channel 0's output that happened by now. */
  update(): void {
    const c = this.channels[0];
    const next = c.nextRiseTick(this.lastTick);
    if (next === Infinity) return;
    const t = c.ticks(this.now());
    if (next > t) return;
    // Edges missed during a long slice are one request: the PIC latches one edge anyway.
    this.lastTick = c.mode === 2 || c.mode === 3 ? Math.floor(t / c.reload) * c.reload : next;
    this.raiseIrq0();
  }

  in(port: number): number {
    const now = this.now();
    if (port === 0x61) {
      const c2 = this.channels[2];
      // bit 4 toggles every 15 µs (DRAM refresh), bit 5 is channel 2's output
      const refresh = Math.floor(now / 15085) & 1;
      return (
        (c2.gate ? 1 : 0) | (this.speaker ? 2 : 0) | (refresh << 4) | (c2.output(now) ? 0x20 : 0)
      );
    }
    if (port === 0x43) return 0xff;
    const c = this.channels[port & 3];
    if (c.statusLatched >= 0) {
      const s = c.statusLatched;
      c.statusLatched = -1;
      return s;
    }
    let v: number;
    if (c.latched >= 0) v = c.latched;
    else v = c.count(now);
    if (c.access === 1) {
      c.latched = -1;
      return v & 0xff;
    }
    if (c.access === 2) {
      c.latched = -1;
      return (v >> 8) & 0xff;
    }
    const high = c.readHigh;
    c.readHigh = !high;
    if (high) c.latched = -1;
    return high ? (v >> 8) & 0xff : v & 0xff;
  }

  out(port: number, _size: number, value: number): void {
    const v = value & 0xff;
    const now = this.now();
    if (port === 0x61) {
      const c2 = this.channels[2];
      const gate = (v & 1) !== 0;
      if (gate && !c2.gate && c2.start >= 0) c2.start = now; // a rising gate restarts the count
      c2.gate = gate;
      this.speaker = (v & 2) !== 0;
      return;
    }
    if (port === 0x43) {
      const sel = v >> 6;
      if (sel === 3) {
        // read-back: bit 5 clear latches counts, bit 4 clear latches status
        for (let k = 0; k < 3; k++) {
          if ((v & (2 << k)) === 0) continue;
          const c = this.channels[k];
          if ((v & 0x20) === 0 && c.latched < 0) c.latched = c.count(now);
          if ((v & 0x10) === 0) {
            c.statusLatched =
              (c.output(now) ? 0x80 : 0) | (c.access << 4) | (c.mode << 1) | (c.bcd ? 1 : 0);
          }
        }
        return;
      }
      const c = this.channels[sel];
      const access = (v >> 4) & 3;
      if (access === 0) {
        if (c.latched < 0) {
          c.latched = c.count(now);
          c.readHigh = false;
        }
        return;
      }
      c.access = access;
      c.mode = (v >> 1) & 7;
      if (c.mode > 5) c.mode -= 4; // 6 and 7 are 2 and 3
      c.bcd = (v & 1) !== 0;
      c.start = -1;
      c.writeHigh = false;
      c.readHigh = false;
      c.latched = -1;
      if (sel === 0) this.lastTick = 0;
      return;
    }
    const c = this.channels[port & 3];
    if (c.access === 1) this.load(c, v, now);
    else if (c.access === 2) this.load(c, v << 8, now);
    else if (!c.writeHigh) {
      c.writeLow = v;
      c.writeHigh = true;
      if (c.mode === 0) c.start = -1; // mode 0 stops counting at the first byte
    } else {
      c.writeHigh = false;
      this.load(c, c.writeLow | (v << 8), now);
    }
  }

  private load(c: Channel, value: number, now: number): void {
    let n = value & 0xffff;
    if (c.bcd) {
      n = (n & 0xf) + ((n >> 4) & 0xf) * 10 + ((n >> 8) & 0xf) * 100 + ((n >> 12) & 0xf) * 1000;
      if (n === 0) n = 10000;
    } else if (n === 0) n = 0x10000;
    if (c.mode === 3 && n === 1) n = 2;
    c.reload = n;
    c.start = now;
    if (c === this.channels[0]) this.lastTick = 0;
  }
}
