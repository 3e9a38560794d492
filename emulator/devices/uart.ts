// The 16550A UART of COM1 (ports 0x3F8-0x3FF, IRQ 4).
//
// Registers by offset: 0 receive buffer / transmit holding (divisor low with LCR.DLAB), 1
// interrupt enable (divisor high with DLAB), 2 interrupt identification / FIFO control, 3 line
// control, 4 modem control, 5 line status, 6 modem status, 7 scratch. Transmitting is instant: a
// byte written to THR goes to the host at once, so THR is always empty again by the next read of
// LSR. Received bytes wait in a host queue and move into the 16-byte receive FIFO as it has room --
// when the guest looks (reads LSR, RBR or IIR, or enables the receive interrupt), not when the host
// typed, so a run is the same whatever the host's timing.
// The interrupt sources and their priority are the chip's: receiver line status, received data
// (at the FIFO trigger level, or "character timeout" below it), transmitter empty, modem status.
// In loopback (MCR bit 4) transmitted bytes come back to the receiver.
import type { PortDevice } from "../bus.ts";

const IIR_NONE = 0x01;
const IIR_THRE = 0x02;
const IIR_RDA = 0x04;
const IIR_RLS = 0x06;
const IIR_TIMEOUT = 0x0c;
const TRIGGER = [1, 4, 8, 14];

export class Uart implements PortDevice {
  readonly base: number;
  private ier = 0;
  private lcr = 0x03;
  private mcr = 0;
  private scr = 0;
  private dll = 0x0c;
  private dlm = 0;
  private fifoOn = false;
  private trigger = 1;
  private rx: number[] = [];
  /** THR empty interrupt armed (set when THR empties, cleared by reading IIR or writing THR). */
  private threPending = false;
  private overrun = false;
  private readonly input: number[] = [];
  /** Bytes the guest transmits (not in loopback). */
  onTransmit: (byte: number) => void = () => {};
  setIrq: (level: boolean) => void = () => {};

  constructor(base = 0x3f8) {
    this.base = base;
  }

  /** Bytes from the host (the serial line's other end). */
  receive(bytes: Iterable<number>): void {
    for (const b of bytes) this.input.push(b & 0xff);
    // An interrupt-driven guest hears of them at once; a polling one when it looks at LSR.
    if ((this.ier & 1) !== 0) {
      this.refill();
      this.update();
    }
  }

  /** Host bytes not yet taken into the FIFO. */
  get backlog(): number {
    return this.input.length + this.rx.length;
  }

  private refill(): void {
    const room = this.fifoOn ? 16 : 1;
    while (this.rx.length < room && this.input.length > 0)
      this.rx.push(this.input.shift() as number);
  }

  private identify(): number {
    if ((this.ier & 4) !== 0 && this.overrun) return IIR_RLS;
    if ((this.ier & 1) !== 0 && this.rx.length > 0) {
      return this.fifoOn && this.rx.length < this.trigger ? IIR_TIMEOUT : IIR_RDA;
    }
    if ((this.ier & 2) !== 0 && this.threPending) return IIR_THRE;
    return IIR_NONE;
  }

  private update(): void {
    this.setIrq(this.identify() !== IIR_NONE);
  }

  in(port: number): number {
    const dlab = (this.lcr & 0x80) !== 0;
    switch (port - this.base) {
      case 0: {
        if (dlab) return this.dll;
        const v = this.rx.length > 0 ? (this.rx.shift() as number) : 0;
        this.refill();
        this.update();
        return v;
      }
      case 1:
        return dlab ? this.dlm : this.ier;
      case 2: {
        this.refill();
        const id = this.identify();
        if (id === IIR_THRE) this.threPending = false;
        this.update();
        return id | (this.fifoOn ? 0xc0 : 0);
      }
      case 3:
        return this.lcr;
      case 4:
        return this.mcr;
      case 5: {
        this.refill();
        const v = 0x60 | (this.rx.length > 0 ? 1 : 0) | (this.overrun ? 2 : 0);
        this.overrun = false;
        this.update();
        return v;
      }
      case 6:
        // loopback feeds MCR's outputs back into the modem status inputs
        if (this.mcr & 0x10)
          return ((this.mcr & 0x0c) << 4) | ((this.mcr & 0x01) << 5) | ((this.mcr & 0x02) << 3);
        return 0xb0; // DCD, DSR, CTS
      default:
        return this.scr;
    }
  }

  out(port: number, _size: number, value: number): void {
    const v = value & 0xff;
    const dlab = (this.lcr & 0x80) !== 0;
    switch (port - this.base) {
      case 0:
        if (dlab) {
          this.dll = v;
          return;
        }
        if (this.mcr & 0x10) {
          if (this.rx.length < (this.fifoOn ? 16 : 1)) this.rx.push(v);
          else this.overrun = true;
        } else this.onTransmit(v);
        this.threPending = true; // sent at once: THR is empty again
        this.update();
        return;
      case 1:
        if (dlab) {
          this.dlm = v;
          return;
        }
        if ((v & 1) !== 0) this.refill();
        // enabling the THR interrupt while THR is empty raises it at once
        if ((v & 2) !== 0 && (this.ier & 2) === 0) this.threPending = true;
        this.ier = v & 0x0f;
        this.update();
        return;
      case 2:
        this.fifoOn = (v & 1) !== 0;
        if ((v & 2) !== 0 || !this.fifoOn) this.rx.length = 0;
        this.trigger = TRIGGER[v >> 6];
        this.refill();
        this.update();
        return;
      case 3:
        this.lcr = v;
        return;
      case 4:
        this.mcr = v & 0x1f;
        return;
      case 7:
        this.scr = v;
        return;
    }
  }
}
