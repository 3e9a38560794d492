// The 8042 keyboard controller and the PS/2 keyboard behind it (ports 0x60 and 0x64), and the
// "fast A20" system control port 0x92.
//
// The controller has one output buffer: a byte waits there (status bit 0) until the guest reads
// port 0x60, and while it waits with interrupts enabled in the controller's configuration byte,
// IRQ 1 is raised. Keys the front end presses are queued as scancodes of set 1 (what the
// controller's translation of the keyboard's set 2 gives, which every PC BIOS turns on) and fed
// into the buffer one at a time. Commands to the keyboard (reset, LEDs, enable, typematic rate,
// scancode set, identify) are acknowledged with 0xFA as a real keyboard does. The controller's
// output port carries the A20 gate (bit 1) and the reset line (bit 0), as does port 0x92.
import type { PortDevice } from "../bus.ts";

export interface Ps2Host {
  raiseIrq1(level: boolean): void;
  setA20(on: boolean): void;
  reset(): void;
}

export class Ps2 implements PortDevice {
  private host: Ps2Host;
  /** Bytes waiting for the output buffer, in order (bit 8 marks the keyboard's, not the controller's). */
  private queue: number[] = [];
  private outBuf = -1;
  private lastRead = 0;
  private outAux = false;
  /** Configuration byte: bit 0 keyboard IRQ, bit 2 system flag, bit 4 keyboard clock off, bit 6 translate. */
  config = 0x45;
  outputPort = 0x03; // A20 on (as the BIOS leaves it), reset line high
  /** A controller command waiting for its data byte at port 0x60 (0 = none). */
  private pendingCommand = 0;
  /** A keyboard command waiting for its argument (0 = none). */
  private keyboardArg = 0;
  private scanning = true;
  leds = 0;
  port92 = 0x02;
  /** Every scancode the guest read from the keyboard (for tests and the monitor). */
  readonly delivered: number[] = [];

  constructor(host: Ps2Host) {
    this.host = host;
  }

  /**
   * The A20 line. The output port and port 0x92 both drive it and the last one written wins, as
   * in qemu (on some boards they are or-ed; software that closes the gate one way and opens it
   * the other works on both).
   */
  a20 = true;

  /** Queues scancodes from the keyboard (set 1: make codes, break codes with bit 7, 0xE0 prefixes). */
  sendScancodes(codes: number[]): void {
    if (!this.scanning) return;
    for (const c of codes) this.push(c, true);
  }

  /** Bytes still queued (the keyboard's buffer plus the output buffer). */
  get backlog(): number {
    return this.queue.length + (this.outBuf >= 0 ? 1 : 0);
  }

  private push(v: number, keyboard: boolean): void {
    this.queue.push(keyboard ? v | 0x100 : v);
    this.fill();
  }

  /** Moves the next queued byte into the empty output buffer (and raises IRQ 1). */
  private fill(): void {
    if (this.outBuf >= 0 || this.queue.length === 0) return;
    if ((this.config & 0x10) !== 0 && (this.queue[0] & 0x100) !== 0) return; // keyboard clock off
    const v = this.queue.shift() as number;
    this.outBuf = v;
    this.outAux = false;
    if ((this.config & 1) !== 0) this.host.raiseIrq1(true);
  }

  in(port: number): number {
    if (port === 0x92) return this.port92;
    if (port === 0x64) {
      return (this.outBuf >= 0 ? 1 : 0) | (this.config & 4) | 0x10 | (this.outAux ? 0x20 : 0);
    }
    // 0x60: the output buffer (the last byte again if it is empty, as real controllers do)
    const v = this.outBuf;
    if (v < 0) return this.lastRead;
    this.outBuf = -1;
    this.lastRead = v & 0xff;
    this.host.raiseIrq1(false);
    if ((v & 0x100) !== 0) this.delivered.push(v & 0xff);
    this.fill();
    return v & 0xff;
  }

  out(port: number, _size: number, value: number): void {
    const v = value & 0xff;
    if (port === 0x92) {
      this.port92 = v & ~1;
      this.a20 = (v & 2) !== 0;
      this.host.setA20(this.a20);
      if (v & 1) this.host.reset();
      return;
    }
    if (port === 0x64) this.command(v);
    else this.data(v);
  }

  private reply(...bytes: number[]): void {
    for (const b of bytes) this.push(b, false);
  }

  /** A command to the controller (port 0x64). */
  private command(v: number): void {
    switch (v) {
      case 0x20:
        this.reply(this.config);
        return;
      case 0x60: // write configuration byte
      case 0xd1: // write output port
      case 0xd2: // write keyboard output buffer
      case 0xd3: // write mouse output buffer
      case 0xd4: // write to mouse
        this.pendingCommand = v;
        return;
      case 0xa7:
      case 0xa8:
        return; // disable/enable the mouse port (there is no mouse)
      case 0xa9:
        this.reply(0x00);
        return;
      case 0xaa:
        this.config |= 4;
        this.reply(0x55);
        return;
      case 0xab:
        this.reply(0x00);
        return;
      case 0xad:
        this.config |= 0x10;
        return;
      case 0xae:
        this.config &= ~0x10;
        this.fill();
        return;
      case 0xc0:
        this.reply(0x80);
        return;
      case 0xd0:
        this.reply(this.outputPort);
        return;
      case 0xdd:
        this.setOutputPort(this.outputPort & ~2);
        return;
      case 0xdf:
        this.setOutputPort(this.outputPort | 2);
        return;
      default:
        // 0xF0-0xFF pulse output-port lines low for 6 µs: bit 0 is the CPU's reset line
        if (v >= 0xf0 && (v & 1) === 0) this.host.reset();
    }
  }

  private setOutputPort(v: number): void {
    this.outputPort = v | 1;
    this.a20 = (v & 2) !== 0;
    this.host.setA20(this.a20);
    if ((v & 1) === 0) this.host.reset();
  }

  /** A byte written to port 0x60: a command's data, or a command to the keyboard. */
  private data(v: number): void {
    const cmd = this.pendingCommand;
    this.pendingCommand = 0;
    switch (cmd) {
      case 0x60:
        this.config = v;
        if ((v & 1) === 0) this.host.raiseIrq1(false);
        else if (this.outBuf >= 0) this.host.raiseIrq1(true);
        this.fill();
        return;
      case 0xd1:
        this.setOutputPort(v);
        return;
      case 0xd2:
        this.push(v, true);
        return;
      case 0xd3:
      case 0xd4:
        return;
    }
    this.keyboard(v);
  }

  /** A command byte sent to the keyboard itself. */
  private keyboard(v: number): void {
    const arg = this.keyboardArg;
    if (arg !== 0) {
      this.keyboardArg = 0;
      if (arg === 0xed) this.leds = v & 7;
      if (arg === 0xf0 && v === 0) {
        this.reply(0xfa, 0x02); // the keyboard reports set 2 (the controller translates it)
        return;
      }
      this.reply(0xfa);
      return;
    }
    switch (v) {
      case 0xed: // LEDs
      case 0xf0: // scancode set
      case 0xf3: // typematic rate
        this.keyboardArg = v;
        this.reply(0xfa);
        return;
      case 0xee:
        this.reply(0xee);
        return;
      case 0xf2: // identify: MF2 keyboard, as translated
        this.reply(0xfa, 0xab, 0x41);
        return;
      case 0xf4:
        this.scanning = true;
        this.reply(0xfa);
        return;
      case 0xf5:
      case 0xf6:
        this.scanning = v === 0xf6;
        this.reply(0xfa);
        return;
      case 0xff:
        this.queue = this.queue.filter((b) => (b & 0x100) === 0);
        this.scanning = true;
        this.reply(0xfa, 0xaa);
        return;
      default:
        this.reply(0xfa);
    }
  }
}
