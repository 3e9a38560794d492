// The PC: memory, the CPU, the devices on the bus, the clock that times them, and the loop that
// runs them together. `logos boot` (boot.ts) drives a Machine; tests drive one directly.
//
// Time. Every device that counts (the PIT, the RTC) reads the machine's clock, in nanoseconds. By
// default it is guest time: each executed instruction advances it by NS_PER_INSTRUCTION (the guest
// looks like a 100 MIPS machine), and a `hlt` with nothing pending skips ahead to the next timer
// event. A run is then deterministic: the same image and the same input give the same output and
// the same instruction count, however busy the host is. With `realtime` the clock is the host's.
//
// The run loop (`step`) hands the CPU slices of instructions that end at the next timer event, so
// an interrupt is raised at the instruction where its time comes; devices that raise interrupts
// in response to port I/O are seen at once (the CPU looks after every in/out).
import { Bus } from "./bus.ts";
import { Cpu, STOP_HLT, STOP_HOST, STOP_SHUTDOWN } from "./cpu/cpu.ts";
import { IF } from "./cpu/flags.ts";
import { Ata } from "./devices/ata.ts";
import { Cmos } from "./devices/cmos.ts";
import { DebugConsole, DebugExit } from "./devices/debug.ts";
import { Disk } from "./devices/disk.ts";
import { Pic } from "./devices/pic.ts";
import { Pit } from "./devices/pit.ts";
import { Ps2 } from "./devices/ps2.ts";
import { Uart } from "./devices/uart.ts";
import { Vga } from "./devices/vga.ts";

/** Guest time per instruction in deterministic mode (ns): a 100 MIPS machine. */
export const NS_PER_INSTRUCTION = 10;
/** The wall-clock time the RTC shows at power-on in deterministic mode: 2000-01-01 00:00:00 UTC. */
export const DETERMINISTIC_EPOCH_MS = Date.UTC(2000, 0, 1);
/** The longest slice the CPU runs without the machine looking at its devices. */
const SLICE = 200_000;

export interface MachineOptions {
  /** Guest RAM in MiB (default 128). */
  memoryMiB?: number;
  /** The boot disk (primary master) and an optional second disk (primary slave). */
  disk?: string | null;
  disk2?: string | null;
  /** Write guest disk writes back to the image files (default: keep them in memory). */
  write?: boolean;
  /** Follow the host clock instead of guest instruction time. */
  realtime?: boolean;
}

/** Why `step` returned. */
export type StepResult =
  | "budget" // ran the instructions it was given
  | "idle" // halted and nothing will wake it but input from the host
  | "wait" // halted until a timer event that is ahead of the host clock (realtime, or paced)
  | "exit" // the guest wrote to isa-debug-exit (see `exitStatus`)
  | "shutdown" // triple fault
  | "reset"; // the guest reset the machine (keyboard controller or port 0x92)

export class Machine {
  readonly bus: Bus;
  readonly cpu: Cpu;
  readonly pic = new Pic();
  readonly pit: Pit;
  readonly ps2: Ps2;
  readonly vga: Vga;
  readonly com1 = new Uart(0x3f8);
  readonly cmos: Cmos;
  readonly ata: Ata;
  readonly debugExit = new DebugExit();
  readonly debugConsole = new DebugConsole();
  readonly realtime: boolean;
  readonly disks: (Disk | null)[];
  exitStatus = -1;
  resetRequested = false;
  /** Guest time skipped over while halted (deterministic mode), ns. */
  private skipped = 0;
  private hostStart = performance.now();
  /** Called after every byte written to a port (`--port-log`), when set. */
  portLog: ((port: number, byte: number) => void) | null = null;

  constructor(opts: MachineOptions = {}) {
    const mib = opts.memoryMiB ?? 128;
    this.realtime = opts.realtime ?? false;
    this.bus = new Bus(mib << 20);
    this.cpu = new Cpu(this.bus);
    this.cpu.interrupts = this.pic;
    const now = (): number => this.now();
    this.pic.onChange = () => {
      this.cpu.checkInterrupts = true;
    };
    this.pit = new Pit(now, () => this.pic.pulse(0));
    this.ps2 = new Ps2({
      raiseIrq1: (level) => this.pic.setIrq(1, level),
      setA20: (on) => this.setA20(on),
      reset: () => this.requestReset(),
    });
    this.vga = new Vga(this.bus);
    this.com1.setIrq = (level) => this.pic.setIrq(4, level);
    const epoch = this.realtime ? Date.now() : DETERMINISTIC_EPOCH_MS;
    this.cmos = new Cmos(now, epoch, this.bus.size);
    this.cmos.setIrq = (level) => this.pic.setIrq(8, level);
    this.disks = [
      opts.disk ? new Disk(opts.disk, opts.write ?? false) : null,
      opts.disk2 ? new Disk(opts.disk2, opts.write ?? false) : null,
    ];
    this.ata = new Ata(this.disks[0], this.disks[1]);
    this.ata.setIrq = (level) => this.pic.setIrq(14, level);
    this.debugExit.onExit = (status) => {
      this.exitStatus = status;
      this.cpu.stop = STOP_HOST;
    };

    const bus = this.bus;
    bus.mapPorts(0x20, 2, this.pic);
    bus.mapPorts(0xa0, 2, this.pic);
    bus.mapPorts(0x4d0, 2, this.pic);
    bus.mapPorts(0x40, 4, this.pit);
    bus.mapPorts(0x61, 1, this.pit);
    bus.mapPorts(0x60, 1, this.ps2);
    bus.mapPorts(0x64, 1, this.ps2);
    bus.mapPorts(0x92, 1, this.ps2);
    bus.mapPorts(0x70, 2, this.cmos);
    bus.mapPorts(0x3c0, 0x20, this.vga);
    bus.mapPorts(0x3f8, 8, this.com1);
    bus.mapPorts(0x1f0, 8, this.ata);
    bus.mapPorts(0x3f6, 1, this.ata);
    bus.mapPorts(0xe9, 1, this.debugConsole);
    bus.mapPorts(0xf4, 4, this.debugExit);
    // Port 0x80 (POST codes) is written by firmware and by delay loops; it goes nowhere.
    bus.mapPorts(0x80, 1, { in: () => 0xff, out: () => {} });
  }

  /** The clock, in ns since power-on. */
  now(): number {
    if (this.realtime) return (performance.now() - this.hostStart) * 1e6;
    return this.cpu.instructions * NS_PER_INSTRUCTION + this.skipped;
  }

  /** Host time since power-on, in ns (for pacing a halted guest). */
  hostNow(): number {
    return (performance.now() - this.hostStart) * 1e6;
  }

  setA20(on: boolean): void {
    const mask = on ? -1 : ~(1 << 20);
    if (this.cpu.mmu.a20 === mask) return;
    this.cpu.mmu.a20 = mask;
    this.cpu.mmu.flush();
  }

  private requestReset(): void {
    this.resetRequested = true;
    this.cpu.stop = STOP_HOST;
  }

  /** Logs every byte written to `port` (all sizes, low byte first). */
  logPort(port: number, sink: (byte: number) => void): void {
    const bus = this.bus;
    const inner = bus.portDevice(port);
    bus.mapPorts(port, 1, {
      in: (p, size) => (inner ? inner.in(p, size) : size === 4 ? -1 : size === 2 ? 0xffff : 0xff),
      out: (p, size, v) => {
        for (let k = 0; k < size; k++) sink((v >>> (8 * k)) & 0xff);
        inner?.out(p, size, v);
      },
    });
  }

  /** The time of the next timer event (ns), or Infinity. */
  private nextEvent(): number {
    return Math.min(this.pit.nextEvent(), this.cmos.nextEvent());
  }

  private updateDevices(): void {
    this.pit.update();
    this.cmos.update();
  }

  /**
   * Runs up to `budget` instructions (fewer when something happens) and says why it stopped.
   * Never blocks: "idle" and "wait" leave it to the caller to wait for input or the host clock.
   */
  step(budget: number): StepResult {
    const cpu = this.cpu;
    this.updateDevices();
    const next = this.nextEvent();
    let n = Math.min(budget, SLICE);
    if (!this.realtime && next !== Infinity) {
      n = Math.max(1, Math.min(n, Math.ceil((next - this.now()) / NS_PER_INSTRUCTION)));
    }
    const stop = cpu.run(n);
    this.updateDevices();
    if (stop === STOP_SHUTDOWN) return "shutdown";
    if (stop === STOP_HOST) {
      if (this.exitStatus >= 0) return "exit";
      if (this.resetRequested) return "reset";
    }
    if (stop === STOP_HLT) {
      if ((cpu.flags & IF) !== 0 && this.pic.pending()) return "budget"; // the next run delivers it
      const at = this.nextEvent();
      if (at === Infinity) return "idle";
      if (this.realtime) return "wait";
      // Deterministic: the guest sleeps until the next timer event; its clock jumps there.
      const now = this.now();
      if (at > now) this.skipped += at - now;
      this.updateDevices();
      return this.now() > this.hostNow() ? "wait" : "budget";
    }
    return "budget";
  }

  /** How long (ms) the host should wait after "wait" before stepping again. */
  waitMs(): number {
    const ahead = this.realtime ? this.nextEvent() - this.now() : this.now() - this.hostNow();
    return Math.max(0, Math.min(20, ahead / 1e6));
  }
}
