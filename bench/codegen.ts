// Code quality and compile speed of logosc beside gcc, measured in the same run.
//
// Quality: the programs of bench/codegen/ (sieve, recursive fib, matrix multiply, quicksort,
// CRC-32, a bytecode interpreter, string hashing), each compiled by logosc -O1 and by gcc -m32
// -O0, -O1 and -O2, all linked by gcc -m32 -static against the same glibc, and run under
// valgrind's callgrind counting the instructions retired inside main (`--toggle-collect=main`:
// deterministic, and the C library's start-up is left out). Printed side by side with logosc's
// ratio to each, and the geometric means. The targets: fewer instructions than gcc -O0
// on every program, a geometric mean within 1.5x of gcc -O1.
//
// Speed: compiling a generated program of about 50,000 lines to an object, whole process
// included (`logosc -c -O1` beside `gcc -m32 -O0 -c`, CPU and wall time, best of three each;
// and logosc again with -fno-backend-thread, as a machine of one core would run it); one
// function as long, which shows a pass whose cost grows faster than the function; and the bench
// programs compiled one by one. The target: at least 5x gcc's throughput.
// Run: `npm run bench:codegen` (LOGOS_BENCH_LINES=N to change the size of the generated program).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const programs = join(import.meta.dirname, "codegen");
const lines = Number(process.env.LOGOS_BENCH_LINES ?? 50_000);
const dir = mkdtempSync(join(tmpdir(), "logos-bench-codegen-"));

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
  return r.stdout + r.stderr;
}

const logosc = (args: string[]) => run(process.execPath, [join(root, "bin/logosc.js"), ...args]);

/** Instructions retired inside main, by callgrind. */
function retired(exe: string): number {
  const out = run("valgrind", ["--tool=callgrind", "--callgrind-out-file=/dev/null", "--toggle-collect=main", exe]); // prettier-ignore
  const m = /Collected : (\d+)/.exec(out);
  if (!m) throw new Error(`no instruction count from callgrind for ${exe}`);
  return Number(m[1]);
}

function build(source: string, how: string): string {
  const name = source.replace(/^.*\//, "").replace(/\.c$/, "");
  const exe = join(dir, `${name}-${how}`);
  if (how === "logosc") {
    logosc(["-c", "-O1", source, "-o", exe + ".o"]);
    run("gcc", ["-m32", "-static", exe + ".o", "-o", exe]);
  } else run("gcc", ["-m32", "-static", `-${how}`, "-w", source, "-o", exe]);
  return exe;
}

function geomean(xs: number[]): number {
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

/**
 * Best of three runs of a command, in seconds: CPU time (user + system) and wall time. The
 * machines this runs on are shared, and CPU time is what the compilers spend whatever else runs
 * beside them; wall time is what the user waits, and logosc's garbage collector and V8's compiler
 * work partly on a second core.
 */
function time(cmd: string, args: string[]): { cpu: number; wall: number } {
  let cpu = Infinity;
  let wall = Infinity;
  const quoted = [cmd, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  for (let k = 0; k < 3; k++) {
    const out = run("bash", ["-c", `TIMEFORMAT='%3R %3U %3S'; time ${quoted} > /dev/null 2>&1`]);
    const [real, user, sys] = out.trim().split("\n").pop()!.split(" ").map(Number);
    cpu = Math.min(cpu, user + sys);
    wall = Math.min(wall, real);
  }
  return { cpu, wall };
}

/** A generated program of about `n` lines: many functions with loops, arrays, structs, calls. */
function generated(n: number): string {
  const out: string[] = [
    "struct item { int key; unsigned flags; struct item *next; char name[16]; };",
    "int printf(const char *, ...);",
  ];
  for (let i = 0; out.length < n; i++) {
    out.push(
      `static int f${i}(struct item *list, int *v, int n) {`,
      `  int sum = ${i % 13}, i;`,
      `  unsigned bits = ${(i * 2654435761) >>> 0}u;`,
      `  for (i = 0; i < n; i++) {`,
      `    if (v[i] > ${i % 100} && (bits & (1u << (i & 31))) != 0)`,
      `      sum += v[i] * ${(i % 7) + 1} - (v[i] >> 2);`,
      `    else if (v[i] < 0)`,
      `      sum -= v[i] % ${(i % 5) + 3};`,
      `    else`,
      `      sum ^= v[(i + ${i % 3}) % n];`,
      `  }`,
      `  for (struct item *p = list; p; p = p->next)`,
      `    if (p->key == sum) { p->flags |= ${1 << (i % 16)}u; p->name[${i % 16}] = ${i % 128}; }`,
      `  switch (sum & 3) { case 0: return sum; case 1: return sum + ${i}; default: return -sum; }`,
      `}`,
    );
  }
  out.push("int main(void) { return 0; }");
  return out.join("\n") + "\n";
}

/** One function of about `n` statements, each depending on the one before. */
function longFunction(n: number): string {
  const out = ["int f(int a) {", "  int s = a;"];
  for (let i = 0; i < n; i++) out.push(`  s += a * ${(i % 97) + 1} + (s >> 3);`);
  out.push("  return s;", "}", "int main(void) { return f(1) & 0x7f; }");
  return out.join("\n") + "\n";
}

const files = readdirSync(programs)
  .filter((f) => f.endsWith(".c"))
  .sort();
const hows = ["logosc", "O0", "O1", "O2"];
const rows: number[][] = [];
process.stdout.write("instructions retired in main (callgrind), millions\n");
process.stdout.write(`${"program".padEnd(12)}${hows.map((h) => (h === "logosc" ? "logosc -O1" : "gcc -" + h).padStart(12)).join("")}   vs -O0   vs -O1   vs -O2\n`); // prettier-ignore
for (const f of files) {
  const counts = hows.map((h) => retired(build(join(programs, f), h)));
  rows.push(counts);
  const [l, o0, o1, o2] = counts;
  process.stdout.write(
    f.replace(/\.c$/, "").padEnd(12) +
      counts.map((c) => (c / 1e6).toFixed(1).padStart(12)).join("") +
      `   ${(l / o0).toFixed(2).padStart(5)}x  ${(l / o1).toFixed(2).padStart(5)}x  ${(l / o2).toFixed(2).padStart(5)}x\n`,
  );
}
const ratio = (k: number) => geomean(rows.map((r) => r[0] / r[k]));
process.stdout.write(`geometric mean of logosc's ratios: ${ratio(1).toFixed(2)}x gcc -O0, ${ratio(2).toFixed(2)}x gcc -O1, ${ratio(3).toFixed(2)}x gcc -O2\n`); // prettier-ignore
process.stdout.write(`(for scale: gcc -O2 is ${geomean(rows.map((r) => r[3] / r[1])).toFixed(2)}x gcc -O0)\n\n`); // prettier-ignore

const big = join(dir, "big.c");
writeFileSync(big, generated(lines));
const tl = time(process.execPath, [join(root, "bin/logosc.js"), "-c", "-O1", big, "-o", join(dir, "big.o")]); // prettier-ignore
const tg = time("gcc", ["-m32", "-O0", "-c", big, "-o", join(dir, "big-gcc.o")]);
process.stdout.write(`compiling ${lines} lines to an object: logosc -O1 ${tl.cpu.toFixed(2)} s CPU, ${tl.wall.toFixed(2)} s wall; gcc -O0 ${tg.cpu.toFixed(2)} s CPU, ${tg.wall.toFixed(2)} s wall: logosc's throughput ${(tg.cpu / tl.cpu).toFixed(2)}x gcc's by CPU time, ${(tg.wall / tl.wall).toFixed(2)}x by wall time\n`); // prettier-ignore
// The same in one thread: a file that large has its passes and back end on a second thread
// (compiler/backend/thread.ts), which a machine of one core could not use.
const t1 = time(process.execPath, [join(root, "bin/logosc.js"), "-c", "-O1", "-fno-backend-thread", big, "-o", join(dir, "big1.o")]); // prettier-ignore
process.stdout.write(`  the same without the back-end thread: logosc -O1 ${t1.cpu.toFixed(2)} s CPU, ${t1.wall.toFixed(2)} s wall: ${(tg.cpu / t1.cpu).toFixed(2)}x gcc's throughput by CPU time, ${(tg.wall / t1.wall).toFixed(2)}x by wall time\n`); // prettier-ignore
// One long function: a compiler's passes can be linear per function yet quadratic in its length
// (a generated table set up in code, an unrolled loop). A tenth as many lines, as one function:
// gcc -O0's own time grows faster than the function (5,000 statements: 0.8 s; 50,000: 125 s).
const statements = Math.round(lines / 10);
const long = join(dir, "long.c");
writeFileSync(long, longFunction(statements));
const ll = time(process.execPath, [join(root, "bin/logosc.js"), "-c", "-O1", long, "-o", join(dir, "long.o")]); // prettier-ignore
const lg = time("gcc", ["-m32", "-O0", "-c", long, "-o", join(dir, "long-gcc.o")]);
process.stdout.write(`one function of ${statements} statements: logosc -O1 ${ll.cpu.toFixed(2)} s CPU, gcc -O0 ${lg.cpu.toFixed(2)} s CPU: ${(lg.cpu / ll.cpu).toFixed(2)}x gcc's throughput\n`); // prettier-ignore
let setL = 0;
let setG = 0;
for (const f of files) {
  setL += time(process.execPath, [join(root, "bin/logosc.js"), "-c", "-O1", join(programs, f), "-o", join(dir, "x.o")]).cpu; // prettier-ignore
  setG += time("gcc", ["-m32", "-O0", "-c", join(programs, f), "-o", join(dir, "y.o")]).cpu;
}
process.stdout.write(`compiling the ${files.length} bench programs one by one: logosc -O1 ${setL.toFixed(2)} s, gcc -O0 ${setG.toFixed(2)} s\n`); // prettier-ignore
rmSync(dir, { recursive: true, force: true });
