// qemu's two debugging devices, which test images and kernels use to report and stop:
// `isa-debug-exit` at port 0xF4 (writing v powers the machine off with exit status (v << 1) | 1,
// as qemu does) and the `isa-debugcon` console at port 0xE9 (each byte written is printed; a read
// returns 0xE9 so a guest can tell the port is there).
import type { PortDevice } from "../bus.ts";

export class DebugExit implements PortDevice {
  onExit: (status: number) => void = () => {};

  in(): number {
    return 0xff;
  }

  out(_port: number, _size: number, value: number): void {
    this.onExit((((value & 0xff) << 1) | 1) & 0xff);
  }
}

export class DebugConsole implements PortDevice {
  onByte: (byte: number) => void = () => {};

  in(): number {
    return 0xe9;
  }

  out(_port: number, _size: number, value: number): void {
    this.onByte(value & 0xff);
  }
}
