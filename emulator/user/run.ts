// `logos run PROG [args]`: load a static Linux i386 executable and run it in user mode, playing
// the kernel for its system calls -- what qemu-user does, on the Logos CPU.
//
// The loop runs the CPU in slices; a slice ends at an `int 0x80` (a system call, performed by
// syscalls.ts), at a fault, or after its instruction budget. A page fault just below the stack
// grows the stack; any other fault ends the program with a report on stderr -- the exception, the
// faulting instruction and its address, the registers and the last instructions executed -- and the
// exit status a Linux shell shows for the signal Linux would send (139 for SIGSEGV, ...).
import { readFileSync, realpathSync } from "node:fs";
import { type Cpu, STOP_SHUTDOWN, STOP_TRAP } from "../cpu/cpu.ts";
import { getFlags } from "../cpu/flags.ts";
import { EXCEPTIONS, REG_NAMES, faultReport, formatInstruction, hex } from "../report.ts";
import { readElf } from "./elf.ts";
import { GuestMemoryError, Process } from "./process.ts";
import { Syscalls } from "./syscalls.ts";

export interface RunOptions {
  program: string;
  args: string[];
  stats?: boolean;
  trace?: boolean;
  maxInstructions?: number;
  memoryMiB?: number;
  env?: string[];
  /** The host file descriptors behind the guest's 0, 1 and 2 (by default the runner's own). */
  stdio?: readonly [number, number, number];
  /** Where --trace, --stats and fault reports go (stderr by default). */
  report?: (text: string) => void;
}

export class RunError extends Error {}

const SLICE = 50_000_000;

/** Runs the program; returns its exit status. Throws RunError for problems before it starts. */
export function runProgram(opts: RunOptions): number {
  const out = opts.report ?? ((t: string) => process.stderr.write(t));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(opts.program);
  } catch (e) {
    throw new RunError(`${opts.program}: ${(e as Error).message.replace(/^[A-Z]+: /, "")}`);
  }
  const elf = readElf(bytes, opts.program);
  const p = new Process((opts.memoryMiB ?? 256) << 20);
  let exe = opts.program;
  try {
    exe = realpathSync(opts.program);
  } catch {
    // keep the name as given
  }
  const env = opts.env ?? Object.entries(process.env).map(([k, v]) => `${k}=${v}`);
  try {
    p.load(elf, [opts.program, ...opts.args], env, opts.program);
  } catch (e) {
    if (e instanceof GuestMemoryError) throw new RunError(`${opts.program}: ${e.message}`);
    throw e;
  }
  const sys = new Syscalls(p, exe, opts.stdio);
  const cpu = p.cpu;
  const limit = opts.maxInstructions ?? Infinity;
  const started = performance.now();
  let status: number | null = null;
  try {
    while (status === null) {
      if (cpu.instructions >= limit) {
        out(
          `logos: stopped after ${cpu.instructions} instructions (--max-instructions) at eip ${hex(cpu.eip)}\n`,
        );
        status = 124;
        break;
      }
      const budget = opts.trace ? 1 : Math.min(SLICE, limit - cpu.instructions);
      const before = opts.trace ? traceBefore(cpu) : null;
      const stop = cpu.run(budget);
      if (before !== null) out(traceLine(cpu, before));
      if (stop === STOP_TRAP) {
        if (cpu.trapSoftware && cpu.trapVector === 0x80) {
          sys.dispatch();
          if (p.exitCode !== null) status = p.exitCode;
          continue;
        }
        if (cpu.trapVector === 14 && !cpu.trapSoftware && p.growStack(cpu.mmu.cr2)) continue;
        out(faultReport(cpu));
        status = 128 + (EXCEPTIONS[cpu.trapVector]?.[2] ?? 11);
      } else if (stop === STOP_SHUTDOWN) {
        out(`logos: the CPU shut down (triple fault) at eip ${hex(cpu.eip)}\n`);
        status = 139;
      }
    }
  } catch (e) {
    if (e instanceof GuestMemoryError) {
      out(`logos: ${e.message}\n`);
      status = 137;
    } else throw e;
  }
  for (const nr of sys.unknown)
    out(`logos: warning: system call ${nr} is not emulated (returned ENOSYS)\n`);
  if (p.killedBy !== 0) out(`logos: the program killed itself with signal ${p.killedBy}\n`);
  if (opts.stats) {
    const seconds = (performance.now() - started) / 1000;
    const mips = cpu.instructions / seconds / 1e6;
    out(`instructions=${cpu.instructions} seconds=${seconds.toFixed(3)} mips=${mips.toFixed(1)}\n`);
  }
  return status;
}

// ---- --trace ----

interface TraceState {
  eip: number;
  regs: Int32Array;
  flags: number;
  text: string;
}

function traceBefore(cpu: Cpu): TraceState {
  return {
    eip: cpu.eip,
    regs: cpu.regs.slice(),
    flags: getFlags(cpu),
    text: formatInstruction(cpu, cpu.eip),
  };
}

function traceLine(cpu: Cpu, before: TraceState): string {
  const changes: string[] = [];
  for (let k = 0; k < 8; k++) {
    if (cpu.regs[k] !== before.regs[k]) changes.push(`${REG_NAMES[k]}=${hex(cpu.regs[k])}`);
  }
  const fl = getFlags(cpu);
  if (fl !== before.flags) changes.push(`eflags=${hex(fl)}`);
  return `${before.text.padEnd(60)} ${changes.join(" ")}\n`;
}
