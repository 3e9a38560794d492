// Encoder and disassembler speed, beside nasm and objdump in the same run.
//
// The input is the table corpus (every form, bits 32) repeated to N instructions (default
// 200,000; LOGOS_BENCH_INSNS=N to change it).
//  - Disassembly, whole process: `logosc objdump -b binary` and `objdump -D -b binary -m i386
//    -M intel` on the same flat binary, output to /dev/null. Like for like.
//  - Encoding: `encode` on the structured instructions, in process, beside `nasm -f bin` on the
//    same instructions as text, whole process. Not like for like — nasm also parses, and the
//    parsing is the assembler's (bench/asm) — but it shows what the encoder costs per instruction.
//  - Decoding in process, without and with the text, as the emulator's trace uses it.
// Run: `npm run bench:x86`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus, placed } from "../x86/corpus.ts";
import { decode, formatIntel } from "../x86/disasm.ts";
import { encode, type Instruction } from "../x86/encode.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const count = Number(process.env.LOGOS_BENCH_INSNS ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), "logos-bench-x86-"));

function best(runs: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

function run(cmd: string, args: string[]): void {
  const out = openSync("/dev/null", "w");
  const r = spawnSync(cmd, args, { stdio: ["ignore", out, "pipe"], maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr?.toString()}`);
}

// The program: corpus cases (no branches, so every copy encodes the same at any address).
const cases = corpus(32).filter((c) => !c.relative);
const text: string[] = [];
const program: Instruction[] = [];
for (let i = 0; i < count; i++) {
  const c = cases[i % cases.length];
  text.push(c.text);
  program.push(placed(c, 0));
}
const parts: number[] = [];
for (const ins of program) {
  const r = encode(ins, { bits: 32 });
  if (!r.ok) throw new Error(r.error);
  for (const b of r.bytes) parts.push(b);
}
const binary = new Uint8Array(parts);
const bin = join(dir, "code.bin");
const asm = join(dir, "code.asm");
writeFileSync(bin, binary);
writeFileSync(asm, `bits 32\n${text.join("\n")}\n`);

const rate = (n: number, ms: number) => `${((n / ms) * 1000).toFixed(0).padStart(10)} insn/s`;
const row = (what: string, ms: number) =>
  console.log(`${what.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms ${rate(count, ms)}`);

console.log(`${count} instructions, ${binary.length} bytes\n`);
const objdumpMs = best(3, () =>
  run("objdump", ["-D", "-b", "binary", "-m", "i386", "-M", "intel", bin]),
);
const logoscMs = best(3, () =>
  run(process.execPath, [join(root, "bin/logosc.js"), "objdump", "-b", "binary", bin]),
);
row("objdump -D -b binary (whole process)", objdumpMs);
row("logosc objdump -b binary (whole process)", logoscMs);
console.log(`  logosc objdump / objdump: ${(logoscMs / objdumpMs).toFixed(2)}× the time\n`);

const nasmMs = best(3, () => run("nasm", ["-f", "bin", "-o", join(dir, "nasm.bin"), asm]));
const encodeMs = best(5, () => {
  for (const ins of program) encode(ins, { bits: 32 });
});
row("nasm -f bin (whole process, parses too)", nasmMs);
row("encode() in process (structured input)", encodeMs);
console.log(`  encode / nasm: ${(encodeMs / nasmMs).toFixed(2)}× the time\n`);

const decodeMs = best(5, () => {
  for (let off = 0; off < binary.length;) off += decode(binary, off, off, { bits: 32 }).length;
});
const formatMs = best(5, () => {
  for (let off = 0; off < binary.length;) {
    const d = decode(binary, off, off, { bits: 32 });
    formatIntel(d);
    off += d.length;
  }
});
row("decode() in process", decodeMs);
row("decode() + formatIntel() in process", formatMs);
rmSync(dir, { recursive: true, force: true });
