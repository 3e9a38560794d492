// `npm run fuzz:cc -- --seed N --count M`: differential testing of logosc against gcc -m32.
//
// Generates M programs (gen.ts) from seeds N, N+1, …, compiles them in batches (one file of
// `--batch` programs, so that gcc runs once per batch) with gcc -m32 (-O0 and -O2 in turn, or
// `--gcc O`) and with logosc at -O0 and -O1, runs the three, and compares what they print. A
// batch that disagrees is split into its programs; for each program that disagrees on its own,
// it writes to `--out` (default fuzz-out/) `seed-N/`: the program, gcc's and logosc's outputs,
// checks that the program is UB-free (gcc -O2 -fsanitize=undefined prints what gcc -O0 prints),
// and reduces it (reduce.ts; `--no-reduce` to skip) to `reduced.c`. `--small`: programs a third
// of the size (as the test generates them). Exit status 1 if any program disagreed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { batchFile, generate, standalone } from "./gen.ts";
import { logosc, reference, type Result } from "./harness.ts";
import { reduce } from "./reduce.ts";

const { values: args } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    count: { type: "string", default: "100" },
    batch: { type: "string", default: "10" },
    gcc: { type: "string" },
    out: { type: "string", default: "fuzz-out" },
    "no-reduce": { type: "boolean", default: false },
    small: { type: "boolean", default: false },
  },
});
const first = Number(args.seed);
const count = Number(args.count);
const batch = Math.max(1, Number(args.batch));
const out = resolve(args.out);
const scratch = mkdtempSync(join(tmpdir(), "logos-fuzz-"));

interface Disagreement {
  opt: number;
  want: Result;
  got: Result;
}

/** Compiles `text` both ways; the first logosc level that disagrees with gcc -O`gccOpt`. */
function compare(text: string, tag: string, gccOpt: number): Disagreement | "gcc" | undefined {
  const source = join(scratch, tag + ".c");
  writeFileSync(source, text);
  const want = reference(source, join(scratch, tag + "-gcc"), gccOpt);
  if (!want.ok) {
    process.stderr.write(`${tag}: gcc: ${want.text}`);
    return "gcc";
  }
  for (const opt of [0, 1]) {
    const got = logosc(source, join(scratch, `${tag}-O${opt}`), opt);
    if (got.text !== want.text) return { opt, want, got };
  }
  return undefined;
}

/** What makes a reduced program still show the bug: same kind of failure, still UB-free. */
function stillFails(d: Disagreement): (text: string) => boolean {
  const kind = (r: Result) => (r.ok ? "output" : r.text.split("\n")[0]);
  return (text) => {
    const source = join(scratch, "reduce.c");
    writeFileSync(source, text);
    const want = reference(source, join(scratch, "reduce-gcc"), 0);
    if (!want.ok) return false;
    const got = logosc(source, join(scratch, "reduce-logosc"), d.opt);
    if (got.text === want.text || kind(got) !== kind(d.got)) return false;
    const checked = reference(source, join(scratch, "reduce-ubsan"), 2, true);
    return checked.ok && checked.text === want.text;
  };
}

function report(seed: number, text: string, d: Disagreement): void {
  const dir = join(out, `seed-${seed}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "prog.c"), text);
  writeFileSync(join(dir, "gcc.out"), d.want.text);
  writeFileSync(join(dir, `logosc-O${d.opt}.out`), d.got.text);
  const checked = reference(join(dir, "prog.c"), join(scratch, "ubsan"), 2, true);
  const clean = checked.ok && checked.text === d.want.text;
  writeFileSync(join(dir, "seed"), `${seed}\nlogosc -O${d.opt} disagrees with gcc\nubsan: ${clean ? "clean" : checked.text}\n`); // prettier-ignore
  if (!clean) {
    process.stdout.write(`seed ${seed}: NOT UB-free by gcc -fsanitize=undefined (a generator bug): ${dir}\n`); // prettier-ignore
    return;
  }
  process.stdout.write(`seed ${seed}: logosc -O${d.opt} disagrees with gcc: ${dir}\n`);
  if (args["no-reduce"]) return;
  const reduced = reduce(text, stillFails(d), (m) => process.stdout.write(`  ${m}\n`));
  writeFileSync(join(dir, "reduced.c"), reduced);
  process.stdout.write(`  reduced: ${join(dir, "reduced.c")}\n`);
}

let failures = 0;
try {
  for (let b = 0; b * batch < count; b++) {
    const seeds = Array.from({ length: Math.min(batch, count - b * batch) }, (_, i) => first + b * batch + i); // prettier-ignore
    const gccOpt = args.gcc !== undefined ? Number(args.gcc.replace(/^O/, "")) : b % 2 === 0 ? 2 : 0; // prettier-ignore
    const d = compare(batchFile(seeds, args.small), `batch${b}`, gccOpt);
    process.stdout.write(`seeds ${seeds[0]}..${seeds[seeds.length - 1]} (gcc -O${gccOpt}): ${d === undefined ? "agree" : "DISAGREE"}\n`); // prettier-ignore
    if (d === undefined) continue;
    for (const seed of seeds) {
      const text = standalone(generate(seed, "p_", args.small));
      const one = compare(text, `seed${seed}`, gccOpt);
      if (one === undefined || one === "gcc") continue;
      failures++;
      report(seed, text, one);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.stdout.write(`${count} programs, ${failures} disagreements\n`);
process.exit(failures > 0 ? 1 : 0);
