// Reports on the guest CPU for the people running it: an instruction disassembled at CS:EIP
// (through the shared x86 disassembler), the registers, the last instructions executed, and the
// fault report that `logos run` and `logos boot` print when a guest dies. Nothing here is on a
// hot path; it reads guest memory through the MMU without changing anything.
import { type Cpu, CS } from "./cpu/cpu.ts";
import { DecodedCode, Decoder, NEED_MORE } from "./cpu/decode.ts";
import { getFlags } from "./cpu/flags.ts";
import { Fault } from "./cpu/mmu.ts";
import { decode as decodeInstruction, formatIntel } from "../x86/disasm.ts";

export const EXCEPTIONS: Record<number, [string, string, number]> = {
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

export const REG_NAMES = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"];

export function hex(v: number, digits = 8): string {
  return "0x" + (v >>> 0).toString(16).padStart(digits, "0");
}

/** The bytes of the instruction at CS:EIP and its text (empty when it cannot be read). */
export function instructionAt(cpu: Cpu, eip: number): { bytes: number[]; text: string } {
  return instructionAtLinear(cpu, (cpu.segBase[CS] + eip) | 0, eip);
}

/** The same by linear address; `shown` is the address the text uses for branch targets. */
function instructionAtLinear(
  cpu: Cpu,
  lin: number,
  shown: number,
): { bytes: number[]; text: string } {
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
  return { bytes, text: disassembleBytes(bytes, shown, cpu.code32) };
}

/** Names addresses in reports (`logos boot --symbols`): "name" or "name+0x12". */
let symbolize: ((address: number) => string | undefined) | null = null;

export function useSymbols(fn: ((address: number) => string | undefined) | null): void {
  symbolize = fn;
}

/** A decoder with room for one instruction (slot 1), for reports. */
const scratch = new Decoder(new DecodedCode(2, 1));

/** The instruction's text from the shared disassembler (objdump -M intel style). */
function disassembleBytes(bytes: number[], eip: number, code32: boolean): string {
  if (bytes.length === 0) return "(unreadable)";
  return formatIntel(
    decodeInstruction(new Uint8Array(bytes), 0, eip >>> 0, { bits: code32 ? 32 : 16 }),
    symbolize ?? undefined,
  );
}

export function formatInstruction(cpu: Cpu, eip: number): string {
  return formatLinear(cpu, (cpu.segBase[CS] + eip) | 0, eip);
}

/** An instruction by linear address, shown at `shown` (EIP, or the linear address itself). */
function formatLinear(cpu: Cpu, lin: number, shown: number): string {
  const eip = shown;
  const { bytes, text } = instructionAtLinear(cpu, lin, shown);
  const hexBytes = bytes.map((b) => b.toString(16).padStart(2, "0")).join(" ");
  const at = symbolize?.(eip >>> 0);
  return `${hex(eip)}${at ? ` <${at}>` : ""}: ${hexBytes.padEnd(24)} ${text}`.trimEnd();
}

export function registers(cpu: Cpu): string {
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

/**
 * Instructions of the last few blocks entered, oldest first, ending at the current instruction.
 * Blocks are remembered by linear address; they are shown at it (the same as EIP with CS base 0).
 */
export function recentInstructions(cpu: Cpu): string[] {
  const lines: string[] = [];
  const starts = [...cpu.recentEip].reverse(); // oldest first
  const current = (cpu.segBase[CS] + cpu.eip) | 0;
  starts.forEach((start, k) => {
    const newest = k === starts.length - 1;
    const next = newest ? current : starts[k + 1];
    let lin = start;
    for (let j = 0; j < 64; j++) {
      if (newest && lin === current) break;
      const { bytes } = instructionAtLinear(cpu, lin, lin);
      if (bytes.length === 0) break;
      lines.push(formatLinear(cpu, lin, lin));
      lin = (lin + bytes.length) | 0;
      if (!newest && (lin === next || endsFlow(bytes))) break;
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

// ---- logos boot ----

function exceptionName(v: number): string {
  const e = EXCEPTIONS[v];
  return e ? `${e[0]} ${e[1]}` : `exception ${v}`;
}

/** The triple-fault report of `logos boot`: the exception chain, the registers, the last instructions. */
export function shutdownReport(cpu: Cpu): string {
  const chain = cpu.shutdownChain;
  let s = `logos: triple fault: the CPU shut down at ${hex(cpu.segSel[CS], 4)}:${hex(cpu.eip)}\n`;
  if (chain.length > 0) {
    // The chain holds (vector, error code) pairs in order; a #DF that raise() substituted for a
    // second fault follows that fault as (8, 0).
    s += "  exception chain:\n";
    const lines: string[] = [];
    for (let k = 0; k < chain.length; k += 2) {
      const v = chain[k];
      const code = chain[k + 1];
      if (k > 0 && v === 8 && code === 0 && lines.length > 0) {
        lines[lines.length - 1] += " \u2192 #DF double fault";
        continue;
      }
      let line = exceptionName(v);
      if (code >= 0) line += ` (error code ${hex(code, 4)})`;
      if (k > 0) line += ` delivering ${EXCEPTIONS[chain[k - 2]]?.[0] ?? chain[k - 2]}`;
      lines.push(line);
    }
    lines[lines.length - 1] += " \u2192 shutdown";
    for (const l of lines) s += `    ${l}\n`;
    if (chain.includes(14)) s += `  cr2=${hex(cpu.mmu.cr2)}\n`;
  }
  s += `  instruction: ${formatInstruction(cpu, cpu.eip)}\n`;
  s += registers(cpu);
  s += `  cr0=${hex(cpu.cr0)} cr3=${hex(cpu.mmu.cr3)} cr4=${hex(cpu.cr4)} idt=${hex(cpu.idtBase)}+${hex(cpu.idtLimit, 4)} gdt=${hex(cpu.gdtBase)}+${hex(cpu.gdtLimit, 4)}\n`;
  s += "  last instructions:\n";
  for (const line of recentInstructions(cpu)) s += `    ${line}\n`;
  return s;
}

export function failureReport(cpu: Cpu, message: string): string {
  let s = `logos: ${message}\n`;
  if (message.startsWith("unhandled")) {
    s += registers(cpu);
    s += "  last instructions:\n";
    for (const line of recentInstructions(cpu)) s += `    ${line}\n`;
  }
  return s;
}
