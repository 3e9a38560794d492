// Assembler speed: `logosc FILE.asm` beside `nasm` on the same large generated file, whole
// process included (start-up, reading, writing), best of a few runs each, in the same run.
// Beside the wall-clock time it prints each tool's CPU time (user + system, the median of the
// runs, from /proc on Linux), which a machine busy with other jobs disturbs less.
//
// The file looks like compiler output written by hand: functions with labels, local `.labels`,
// conditional jumps for relaxation to decide, calls back to earlier functions, moves between
// registers and memory with every addressing form, immediates of every size, a data section.
// LOGOS_BENCH_LINES=N sets its size (default 100,000 lines). The outputs are checked to be
// byte-identical (-f bin) before anything is timed. Run: `npm run bench:asm`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const lines = Number(process.env.LOGOS_BENCH_LINES ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), "logos-bench-asm-"));

/** A small deterministic random generator (xorshift), so every run assembles the same file. */
let seed = 0x2545f491;
function rand(n: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

const REGS = ["eax", "ebx", "ecx", "edx", "esi", "edi", "ebp"];
const r = () => REGS[rand(REGS.length)];

function program(): string {
  const out = ["bits 32", "section .text", "global _start", "_start:"];
  const functions = ["_start"];
  let n = 0;
  while (out.length < lines) {
    n++;
    switch (rand(12)) {
      case 0:
        out.push(`f${n}:`);
        functions.push(`f${n}`);
        break;
      case 1:
        out.push(`    mov ${r()}, ${r()}`);
        break;
      case 2:
        out.push(`    add ${r()}, ${rand(1000)}`);
        break;
      case 3:
        out.push(`    mov ${r()}, [${r()}+${rand(200)}]`);
        break;
      case 4:
        out.push(`    mov dword [${r()}+${r()}*4+${rand(5000)}], ${rand(100000)}`);
        break;
      case 5:
        out.push(`    jz .l${n}`, `    inc ${r()}`, `.l${n}:`);
        break;
      case 6:
        out.push(`    call ${functions[Math.max(0, functions.length - 1 - rand(50))]}`);
        break;
      case 7:
        out.push(`    push ${r()}`, `    pop ${r()}`);
        break;
      case 8:
        out.push(`    cmp ${r()}, ${rand(300)}      ; compare`);
        break;
      case 9:
        out.push(`    lea ${r()}, [${r()}+${r()}*2+table]`);
        break;
      case 10:
        out.push(`    mov eax, [table + ${rand(64) * 4}]`);
        break;
      default:
        out.push(`    xor ${r()}, ${r()}`);
    }
  }
  out.push("section .data", "table:", "    times 64 dd 0x12345678");
  return out.join("\n") + "\n";
}

function run(cmd: string, args: string[]): void {
  const out = openSync("/dev/null", "w");
  const res = spawnSync(cmd, args, { stdio: ["ignore", out, "pipe"], maxBuffer: 1 << 30 });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${res.stderr}`);
}

/**
 * The CPU time of this process's finished children so far, in ms (cutime + cstime of
 * /proc/self/stat, in clock ticks of 10 ms), or NaN where there is no /proc.
 */
function childrenCpu(): number {
  if (!existsSync("/proc/self/stat")) return NaN;
  const stat = readFileSync("/proc/self/stat", "utf8");
  // The fields after the command name (in parentheses, which may hold spaces): cutime is the
  // 16th field of the line, cstime the 17th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** The best wall-clock time of `runs` runs of `f`, and the median CPU time of its children. */
function best(runs: number, f: () => void): { wall: number; cpu: number } {
  let min = Infinity;
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = childrenCpu();
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
    cpu.push(childrenCpu() - c);
  }
  cpu.sort((a, b) => a - b);
  return { wall: min, cpu: cpu[runs >> 1] };
}

const src = join(dir, "big.asm");
writeFileSync(src, program());
const logosc = (format: string, out: string) =>
  run(process.execPath, [join(root, "bin/logosc.js"), src, "-f", format, "-o", join(dir, out)]);
const nasm = (format: string, out: string) =>
  run("nasm", ["-f", format, "-o", join(dir, out), src]);

logosc("bin", "ours.bin");
nasm("bin", "nasm.bin");
if (!readFileSync(join(dir, "ours.bin")).equals(readFileSync(join(dir, "nasm.bin"))))
  throw new Error(`logosc and nasm disagree on ${src}: fix that first`);

console.log(`${lines} lines (outputs checked byte-identical)\n`);
for (const format of ["bin", "elf32"]) {
  const theirs = best(3, () => nasm(format, "n.out"));
  const mine = best(3, () => logosc(format, "o.out"));
  const rate = (ms: number) => `${((lines / ms) * 1000).toFixed(0).padStart(9)} lines/s`;
  const cpu = (ms: number) => (Number.isNaN(ms) ? "" : `   CPU ${ms.toFixed(0).padStart(6)} ms`);
  const row = (tool: string, t: { wall: number; cpu: number }) =>
    `  ${tool.padEnd(12)} ${t.wall.toFixed(0).padStart(6)} ms ${rate(t.wall)}${cpu(t.cpu)}`;
  const cpuRatio = Number.isNaN(mine.cpu)
    ? ""
    : `, ${(mine.cpu / theirs.cpu).toFixed(2)}× the CPU time`;
  console.log(`-f ${format}`);
  console.log(row("nasm", theirs));
  console.log(row("logosc", mine));
  console.log(`  logosc / nasm: ${(mine.wall / theirs.wall).toFixed(2)}× the time${cpuRatio}\n`);
}
if (!process.env.LOGOS_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
