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
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

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
  "program   instructions   logos s    MIPS   native s   logos/native" +
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
  const m = /instructions=(\d+) seconds=([\d.]+) mips=([\d.]+)/.exec(emulated.stderr);
  if (!m) throw new Error(`${name}: no --stats line in ${emulated.stderr}`);
  const instructions = Number(m[1]);
  const inner = Number(m[2]);
  totalInstructions += instructions;
  totalSeconds += inner;
  let line =
    `${name.padEnd(8)} ${String(instructions).padStart(13)} ${emulated.seconds.toFixed(3).padStart(9)} ${m[3].padStart(7)}` +
    ` ${native.seconds.toFixed(4).padStart(10)} ${(emulated.seconds / native.seconds).toFixed(1).padStart(14)}`;
  if (qemuUser) {
    const q = time("qemu-i386", [exe]);
    line += ` ${q.seconds.toFixed(3).padStart(8)} ${(emulated.seconds / q.seconds).toFixed(1).padStart(11)}`;
  }
  console.log(line);
}
console.log(
  `all: ${(totalInstructions / totalSeconds / 1e6).toFixed(1)} MIPS inside the CPU loop (Node start-up excluded)`,
);
console.log(
  "reference (issue 6, this machine): v86 40–70 MIPS without its JIT, 500–900 with it; qemu TCG ~1,200",
);
