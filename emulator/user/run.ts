// `logos run PROG [args]`: load a static Linux i386 executable and run it in user mode, playing
// the kernel for its system calls — what qemu-user does, on the Logos CPU.
//
// The loop runs the CPU in slices; a slice ends at an `int 0x80` (a system call, performed by
// syscalls.ts), at a fault, or after its instruction budget. A page fault just below the stack
// grows the stack; any other fault ends the program with a report on stderr — the exception, the
// faulting instruction and its address, the registers and the last instructions executed — and the
// exit status a Linux shell shows for the signal Linux would send (139 for SIGSEGV, …).
import { readFileSync, realpathSync } from "node:fs";
import { Cpu, CS, STOP_SHUTDOWN, STOP_TRAP } from "../cpu/cpu.ts";
import { DecodedCode, Decoder, NEED_MORE } from "../cpu/decode.ts";
import { getFlags } from "../cpu/flags.ts";
import { Fault } from "../cpu/mmu.ts";
import { decode as decodeInstruction, formatIntel } from "../../x86/disasm.ts";
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
  /** Where --trace, --stats and fault reports go (stderr by default). */
  report?: (text: string) => void;
}

export class RunError extends Error {}

const SLICE = 50_000_000;

const EXCEPTIONS: Record<number, [string, string, number]> = {
  0: ["#DE", "divide error", 8],
  1: ["#DB", "debug", 5],
  3: ["#BP", "breakpoint", 5],
  4: ["#OF", "overflow", 11],
  5: ["#BR", "bound range exceeded", 11],
  6: ["#UD", "invalid opcode", 4],
  7: ["#NM", "device not available (x87 floating point is not emulated)", 8],
  8: ["#DF", "double fault", 11],
  10: ["#TS", "invalid TSS", 11],
  11: ["#NP", "segment not present", 11],
  12: ["#SS", "stack-segment fault", 11],
  13: ["#GP", "general protection", 11],
  14: ["#PF", "page fault", 11],
  16: ["#MF", "x87 floating-point error", 8],
  17: ["#AC", "alignment check", 7],
};

const REG_NAMES = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"];

function hex(v: number, digits = 8): string {
  return "0x" + (v >>> 0).toString(16).padStart(digits, "0");
}

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
  const sys = new Syscalls(p, exe);
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

// ---- reports ----

/** The bytes of the instruction at CS:EIP and its text (empty when it cannot be read). */
export function instructionAt(cpu: Cpu, eip: number): { bytes: number[]; text: string } {
  const lin = (cpu.segBase[CS] + eip) | 0;
  const bytes: number[] = [];
  const saved = cpu.mmu.mask;
  try {
    cpu.mmu.mask = 1;
    const buf = new Uint8Array(16);
    for (let have = 0; have < 15; have++) {
      try {
        scratch.decode(buf, 0, have, 1, cpu.code32);
        break;
      } catch (e) {
        if (e !== NEED_MORE) break;
        buf[have] = cpu.mmu.read8((lin + have) | 0);
        bytes.push(buf[have]);
      }
    }
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
  } finally {
    cpu.mmu.mask = saved;
  }
  return { bytes, text: disassembleBytes(bytes, eip, cpu.code32) };
}

/** A decoder with room for one instruction (slot 1), for reports. */
const scratch = new Decoder(new DecodedCode(2, 1));

/** The instruction's text from the shared disassembler (objdump -M intel style). */
function disassembleBytes(bytes: number[], eip: number, code32: boolean): string {
  if (bytes.length === 0) return "(unreadable)";
  return formatIntel(
    decodeInstruction(new Uint8Array(bytes), 0, eip >>> 0, { bits: code32 ? 32 : 16 }),
  );
}

function formatInstruction(cpu: Cpu, eip: number): string {
  const { bytes, text } = instructionAt(cpu, eip);
  const hexBytes = bytes.map((b) => b.toString(16).padStart(2, "0")).join(" ");
  return `${hex(eip)}: ${hexBytes.padEnd(24)} ${text}`.trimEnd();
}

function registers(cpu: Cpu): string {
  const r = cpu.regs;
  const line1 = REG_NAMES.slice(0, 4)
    .map((n, k) => `${n}=${hex(r[k])}`)
    .join(" ");
  const line2 = REG_NAMES.slice(4)
    .map((n, k) => `${n}=${hex(r[k + 4])}`)
    .join(" ");
  const segs = ["es", "cs", "ss", "ds", "fs", "gs"].map(
    (n, k) => `${n}=${cpu.segSel[k].toString(16).padStart(4, "0")}`,
  );
  return `  ${line1}\n  ${line2}\n  eip=${hex(cpu.eip)} eflags=${hex(getFlags(cpu))} ${segs.join(" ")}\n`;
}

export function faultReport(cpu: Cpu): string {
  const [short, name] = EXCEPTIONS[cpu.trapVector] ?? [
    `#${cpu.trapVector}`,
    `exception ${cpu.trapVector}`,
  ];
  let s = `logos: guest fault: ${short} ${name}`;
  if (cpu.trapCode >= 0) s += ` (error code ${hex(cpu.trapCode, 4)}${pageFaultWhy(cpu)})`;
  s += ` at eip ${hex(cpu.eip)}\n`;
  if (cpu.trapVector === 14) s += `  address: ${hex(cpu.mmu.cr2)}\n`;
  s += `  instruction: ${formatInstruction(cpu, cpu.eip)}\n`;
  s += registers(cpu);
  s += "  last instructions:\n";
  for (const line of recentInstructions(cpu)) s += `    ${line}\n`;
  return s;
}

function pageFaultWhy(cpu: Cpu): string {
  if (cpu.trapVector !== 14) return "";
  const c = cpu.trapCode;
  return `: ${c & 4 ? "user" : "supervisor"} ${c & 2 ? "write" : "read"}, ${c & 1 ? "protection violation" : "page not present"}`;
}

/** Instructions of the last few blocks entered, oldest first, ending at the current EIP. */
function recentInstructions(cpu: Cpu): string[] {
  const lines: string[] = [];
  const starts = [...cpu.recentEip].reverse(); // oldest first
  starts.forEach((start, k) => {
    const newest = k === starts.length - 1;
    const next = newest ? cpu.eip : starts[k + 1];
    let eip = start;
    for (let j = 0; j < 64; j++) {
      if (newest && eip === cpu.eip) break;
      const { bytes } = instructionAt(cpu, eip);
      if (bytes.length === 0) break;
      lines.push(formatInstruction(cpu, eip));
      eip = (eip + bytes.length) | 0;
      if (!newest && (eip === next || endsFlow(bytes))) break;
    }
  });
  return lines.slice(-24);
}

/** Whether an instruction's bytes are a control transfer (for grouping the recent history). */
function endsFlow(bytes: number[]): boolean {
  try {
    const op = scratch.decode(new Uint8Array(bytes), 0, bytes.length, 1, true);
    return op >= 0x130 && op <= 0x138;
  } catch {
    return true;
  }
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
