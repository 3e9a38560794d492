// C library speed: the same workloads (bench/stdlib/work.c: snprintf, malloc/realloc/free,
// mem*/str*, buffered stdio) built with gcc -O2 against our library and against glibc (static),
// run natively, whole process, best of three each, measured in the same run. The two builds must
// print the same checksum, or the benchmark stops. `LOGOS_BENCH_SCALE=N` multiplies the counts.
// Run: `npm run bench:stdlib`.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildStdlib, PROGRAM_GCC_FLAGS } from "../stdlib/build.ts";

const scale = Number(process.env.LOGOS_BENCH_SCALE ?? 1);
const dir = mkdtempSync(join(tmpdir(), "logos-bench-stdlib-"));
const source = join(import.meta.dirname, "stdlib/work.c");

const lib = buildStdlib(join(dir, "lib"));
execFileSync("gcc", [...PROGRAM_GCC_FLAGS, "-O2", "-c", source, "-o", join(dir, "work.o")]);
const ours = join(dir, "work-ours");
execFileSync("ld", [
  "-m",
  "elf_i386",
  "-static",
  lib.crt0,
  join(dir, "work.o"),
  lib.archive,
  "-o",
  ours,
]);
const glibc = join(dir, "work-glibc");
execFileSync("gcc", ["-m32", "-static", "-O2", source, "-o", glibc]);

/** The best of three whole-process runs, in milliseconds, and what the run printed. */
function time(exe: string, args: string[]): { ms: number; out: string } {
  let best = Infinity;
  let out = "";
  for (let k = 0; k < 3; k++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(exe, args, { encoding: "utf8" });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`${exe} ${args.join(" ")} failed: ${r.stderr}`);
    out = r.stdout;
    best = Math.min(best, ms);
  }
  return { ms: best, out };
}

const workloads: [string, number][] = [
  ["printf", 1_000_000],
  ["malloc", 3_000_000],
  ["string", 1_000_000],
  ["stdio", 20_000_000],
];
console.log("workload      ours (ms)  glibc (ms)  glibc/ours");
for (const [name, count] of workloads) {
  const args = [name, String(Math.round(count * scale))];
  const a = time(ours, args);
  const b = time(glibc, args);
  if (a.out !== b.out) throw new Error(`${name}: the builds disagree: ${a.out} vs ${b.out}`);
  console.log(
    `${name.padEnd(12)} ${a.ms.toFixed(1).padStart(10)} ${b.ms.toFixed(1).padStart(11)} ${(b.ms / a.ms).toFixed(2).padStart(10)}x`,
  );
}
rmSync(dir, { recursive: true, force: true });
