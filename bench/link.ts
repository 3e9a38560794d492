// Link speed: `logosc` beside GNU `ld -m elf_i386` on the same many generated objects, whole
// process included, measured in the same run.
//
// The inputs are real `gcc -m32 -c -fno-pic -O1` objects (compiling them is not timed): N C files,
// each with functions that call functions of other files, initialised data holding pointers,
// string literals and zero-initialised arrays, plus a nasm `_start`. Half the files go into an
// archive, so member extraction is measured too. Both links must produce programs that run with
// the same exit status, or the benchmark stops.
// Run: `npm run bench:link` (LOGOS_BENCH_OBJECTS=N to change the count; default 400).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const count = Number(process.env.LOGOS_BENCH_OBJECTS ?? 400);
const dir = mkdtempSync(join(tmpdir(), "logos-bench-link-"));

function source(i: number): string {
  const next = (i + 1) % count;
  const lines = [
    `extern int f${next}_0(int);`,
    `int f${i}_11(int);`,
    `int table${i}[64] = { ${i}, ${i + 1}, ${i + 2} };`,
    `static int scratch${i}[256];`,
    `const char *names${i}[] = { "file ${i}", "entry", "x${i % 7}" };`,
  ];
  for (let k = 0; k < 12; k++) {
    const call = k === 11 && i !== count - 1 ? `f${next}_0(x)` : `x`;
    lines.push(`int f${i}_${k}(int x) {`);
    lines.push(
      `  for (int j = 0; j < ${k + 2}; j++) { scratch${i}[(x + j) & 255] += table${i}[j & 63] + names${i}[j % 3][0]; x ^= scratch${i}[j]; }`,
    );
    lines.push(k === 0 ? `  return (x & 1) + f${i}_11(x >> 1) * 0;` : `  return (${call}) & 0xff;`);
    lines.push(`}`);
  }
  return lines.join("\n") + "\n";
}

const files: string[] = [];
for (let i = 0; i < count; i++) {
  const f = join(dir, `m${i}.c`);
  writeFileSync(f, source(i));
  files.push(f);
}
writeFileSync(
  join(dir, "start.asm"),
  "bits 32\nglobal _start\nextern f0_0\nsection .text\n_start:\n  push 5\n  call f0_0\n  mov ebx, eax\n  mov eax, 1\n  int 0x80\nsection .note.GNU-stack noalloc noexec nowrite progbits\n",
);
execFileSync("nasm", ["-f", "elf32", join(dir, "start.asm"), "-o", join(dir, "start.o")]);
execFileSync(
  "gcc",
  ["-m32", "-c", "-fno-pic", "-O1", "-fno-asynchronous-unwind-tables", ...files],
  { cwd: dir },
);
const objects = files.map((f) => f.replace(/\.c$/, ".o"));
const direct = objects.slice(0, count / 2);
const archived = objects.slice(count / 2);
execFileSync("ar", ["rcs", join(dir, "libbench.a"), ...archived]);
const inputs = [join(dir, "start.o"), ...direct, join(dir, "libbench.a")];

const node = process.execPath;
const logosc = join(root, "bin/logosc.js");
const ldArgs = ["-m", "elf_i386", "-static", "-o", join(dir, "ld.out"), ...inputs];
const ourArgs = [logosc, "-nostdlib", "-static", "-o", join(dir, "ours.out"), ...inputs];

/** Best wall time of five runs of a whole process, in seconds. */
function time(cmd: string, args: string[]): number {
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });
    best = Math.min(best, performance.now() - t0);
  }
  return best / 1000;
}

const ld = time("ld", ldArgs);
const ours = time(node, ourArgs);
const a = spawnSync(join(dir, "ld.out")).status;
const b = spawnSync(join(dir, "ours.out")).status;
if (a !== b) {
  console.error(
    `the programs differ: ld's exits with ${a}, ours with ${b} (inputs kept in ${dir})`,
  );
  process.exit(1);
}
console.log(
  `input: ${count} gcc -m32 objects (${direct.length} direct, ${archived.length} in an archive), ${count * 12} functions`,
);
console.log(`ld -m elf_i386: ${ld.toFixed(3)} s  (whole process, best of 5)`);
console.log(`logosc:         ${ours.toFixed(3)} s`);
console.log(
  `ratio (ld time / logosc time): ${(ld / ours).toFixed(2)}x (above 1: logosc is faster)`,
);
rmSync(dir, { recursive: true });
