// A bare machine for system-level CPU tests: memory, the Logos CPU, a debug port (0xe9, whose
// bytes are the program's output, as qemu's -debugcon) and an exit port (0xf4, as qemu's
// isa-debug-exit). Programs are multiboot kernels (the a.out kludge): loaded where their header
// says and entered in 32-bit protected mode with flat segments, as GRUB and qemu -kernel do.
import { Bus } from "../../emulator/bus.ts";
import {
  Cpu,
  CS,
  DS,
  ES,
  FS,
  GS,
  SS,
  STOP_HLT,
  STOP_SHUTDOWN,
  type InterruptSource,
} from "../../emulator/cpu/cpu.ts";
import { loadFlat } from "../../emulator/cpu/system.ts";

export interface BareResult {
  output: string;
  shutdown: boolean;
  exitCode: number | null;
  instructions: number;
  /** Decoded-instruction slots used: how much code was decoded (again). */
  decodedSlots: number;
}

/** Memory, the CPU and the two ports; `result` collects what the program does. */
function machine(): { bus: Bus; cpu: Cpu; result: BareResult } {
  const bus = new Bus(32 << 20);
  const cpu = new Cpu(bus);
  const result: BareResult = {
    output: "",
    shutdown: false,
    exitCode: null,
    instructions: 0,
    decodedSlots: 0,
  };
  bus.mapPorts(0xe9, 1, {
    in: () => 0xe9,
    out: (_port, _size, v) => {
      result.output += String.fromCharCode(v & 0xff);
    },
  });
  bus.mapPorts(0xf4, 4, {
    in: () => 0xff,
    out: (_port, _size, v) => {
      result.exitCode = v & 0xff;
    },
  });
  return { bus, cpu, result };
}

function run(cpu: Cpu, result: BareResult, budget: number): BareResult {
  while (cpu.instructions < budget) {
    const stop = cpu.run(1_000_000);
    if (stop === STOP_SHUTDOWN) {
      result.shutdown = true;
      break;
    }
    if (result.exitCode !== null) break;
    // Halted with nothing to wake it: the end (a PC would wait for its devices here).
    if (stop === STOP_HLT && !(cpu.interrupts?.pending() && (cpu.flags & 0x200) !== 0)) break;
  }
  result.instructions = cpu.instructions;
  result.decodedSlots = cpu.code.used;
  return result;
}

/** A boot sector at 0x7c00, entered in real mode at 0000:7C00 with DL = 0x80, as a BIOS does. */
export function runBootSector(
  sector: Uint8Array,
  budget = 50_000_000,
  realModeService: ((cpu: Cpu, vector: number) => boolean) | null = null,
): BareResult {
  const { bus, cpu, result } = machine();
  if (realModeService) cpu.realModeService = (v) => realModeService(cpu, v);
  bus.mem.set(sector.subarray(0, 512), 0x7c00);
  cpu.reset();
  cpu.segSel[CS] = 0;
  cpu.segBase[CS] = 0;
  cpu.eip = 0x7c00;
  cpu.regs[2] = 0x80;
  return run(cpu, result, budget);
}

export function runMultiboot(
  image: Uint8Array,
  budget = 50_000_000,
  interrupts: InterruptSource | null = null,
): BareResult {
  const { bus, cpu, result } = machine();
  cpu.interrupts = interrupts;
  const v = new DataView(image.buffer, image.byteOffset, image.byteLength);
  let at = -1;
  for (let k = 0; k + 32 <= Math.min(image.length, 8192); k += 4) {
    if (v.getUint32(k, true) === 0x1badb002) {
      at = k;
      break;
    }
  }
  if (at < 0) throw new Error("no multiboot header");
  const headerAddr = v.getUint32(at + 12, true);
  const loadAddr = v.getUint32(at + 16, true);
  const loadEnd = v.getUint32(at + 20, true);
  const bssEnd = v.getUint32(at + 24, true);
  const entry = v.getUint32(at + 28, true);
  const fileStart = at - (headerAddr - loadAddr);
  bus.mem.set(image.subarray(fileStart, fileStart + (loadEnd - loadAddr)), loadAddr);
  bus.mem.fill(0, loadEnd, bssEnd);
  cpu.cr0 = 0x11;
  cpu.protectedMode = true;
  cpu.setPaging();
  loadFlat(cpu, CS, 0x08, true, 0);
  for (const s of [DS, ES, FS, GS, SS]) loadFlat(cpu, s, 0x10, false, 0);
  cpu.flags = 2;
  cpu.eip = entry;
  cpu.regs[0] = 0x2badb002;
  return run(cpu, result, budget);
}
