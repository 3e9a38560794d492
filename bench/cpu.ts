// CPU speed: guest instructions per second of `logos run` on fixed CPU-bound programs, and the
// ratio of its wall time to native execution of the same static binary, measured in the same run.
//
// The programs (bench/cpu/*.c: an arithmetic loop, a sieve, recursive calls, a shell sort) are
// built with `gcc -m32 -static -nostdlib -O2` against the tiny runtime in bench/cpu/start.h, so
// the emulated and the native run execute exactly the same instructions. qemu-user (qemu-i386)
// is used as a second reference when it is installed; qemu-system-i386 cannot run a Linux program
// without a kernel, so it is not used here. Run: `npm run bench:cpu` (LOGOS_BENCH_RUNS=N repeats
// each measurement N times and keeps the best, default 3).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { STOP_TRAP } from "../emulator/cpu/cpu.ts";
import { readElf } from "../emulator/user/elf.ts";
import { Process } from "../emulator/user/process.ts";
import { Syscalls } from "../emulator/user/syscalls.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sources = join(root, "bench", "cpu");
const runs = Number(process.env.LOGOS_BENCH_RUNS ?? 3);

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
}

function time(cmd: string, args: string[]): { seconds: number; stdout: string; stderr: string } {
  let best = Infinity;
  let stdout = "";
  let stderr = "";
  for (let k = 0; k < runs; k++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26 });
    const s = Number(process.hrtime.bigint() - t) / 1e9;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
    if (s < best) {
      best = s;
      stdout = r.stdout;
      stderr = r.stderr;
    }
  }
  return { seconds: best, stdout, stderr };
}

/**
 * Runs the program in this process with its output discarded; returns the best wall and CPU
 * seconds of the CPU loop alone (no Node start-up), which a busy machine disturbs less.
 */
function inProcess(exe: string): { instructions: number; wall: number; cpu: number } {
  let best = { instructions: 0, wall: Infinity, cpu: Infinity };
  for (let k = 0; k < runs; k++) {
    const p = new Process(64 << 20);
    p.load(readElf(readFileSync(exe), exe), [exe], [], exe);
    const sys = new Syscalls(p, exe);
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    while (p.exitCode === null) {
      if (p.cpu.run(50_000_000) !== STOP_TRAP) continue;
      if (p.cpu.regs[0] === 4)
        p.cpu.regs[0] = p.cpu.regs[2]; // write: pretend it went out
      else sys.dispatch();
    }
    const cu = process.cpuUsage(c0);
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = (cu.user + cu.system) / 1e6;
    if (cpu < best.cpu) best = { instructions: p.cpu.instructions, wall, cpu };
  }
  return best;
}

if (!has("gcc", ["--version"])) {
  console.log("bench:cpu needs gcc -m32 to build its programs; it is not installed here");
  process.exit(0);
}
const qemuUser = has("qemu-i386", ["-version"]);
const dir = mkdtempSync(join(tmpdir(), "logos-bench-cpu-"));
console.log(
  `logos run against native execution (best of ${runs}); qemu-i386 (user mode): ${qemuUser ? "yes" : "not installed"}`,
);
console.log(
  "program   instructions  MIPS (wall)  MIPS (cpu)   logos s   native s   logos/native" +
    (qemuUser ? "   qemu s  logos/qemu" : ""),
);
let totalInstructions = 0;
let totalSeconds = 0;
for (const file of readdirSync(sources)
  .filter((f) => f.endsWith(".c"))
  .sort()) {
  const name = basename(file, ".c");
  const exe = join(dir, name);
  const cc = spawnSync(
    "gcc",
    [
      "-m32",
      "-static",
      "-nostdlib",
      "-ffreestanding",
      "-O2",
      "-fno-pie",
      "-no-pie",
      join(sources, file),
      "-o",
      exe,
    ],
    {
      encoding: "utf8",
    },
  );
  if (cc.status !== 0) throw new Error(`gcc: ${cc.stderr}`);
  const native = time(exe, []);
  const emulated = time(process.execPath, [join(root, "bin/logos.js"), "run", "--stats", exe]);
  if (emulated.stdout !== native.stdout)
    throw new Error(`${name}: logos printed ${emulated.stdout}, native ${native.stdout}`);
  const inner = inProcess(exe);
  totalInstructions += inner.instructions;
  totalSeconds += inner.cpu;
  let line =
    `${name.padEnd(8)} ${String(inner.instructions).padStart(13)} ` +
    `${(inner.instructions / inner.wall / 1e6).toFixed(1).padStart(12)} ${(inner.instructions / inner.cpu / 1e6).toFixed(1).padStart(11)}` +
    ` ${emulated.seconds.toFixed(3).padStart(9)} ${native.seconds.toFixed(4).padStart(10)} ${(emulated.seconds / native.seconds).toFixed(1).padStart(14)}`;
  if (qemuUser) {
    const q = time("qemu-i386", [exe]);
    line += ` ${q.seconds.toFixed(3).padStart(8)} ${(emulated.seconds / q.seconds).toFixed(1).padStart(11)}`;
  }
  console.log(line);
}
console.log(
  `all: ${(totalInstructions / totalSeconds / 1e6).toFixed(1)} MIPS of CPU time in the CPU loop (Node start-up excluded); ` +
    "logos s and logos/native are whole processes, start-up included",
);
console.log(
  "reference (issue 6, this machine): v86 40–70 MIPS without its JIT, 500–900 with it; qemu TCG ~1,200",
);
