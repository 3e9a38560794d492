// Front-end speed: lines per second of `logosc` beside `gcc -m32` on the same large generated
// program, whole process included, measured in the same run.
//
// The program (~50,000 lines) is realistic C: a header of structs, typedefs and macros included
// by the main file, then many functions with loops, conditions, calls, struct access and macro
// uses. Measured: the whole `logosc -fsyntax-only` process (Node's start, module loading,
// preprocess, parse, check) beside the whole `gcc -m32 -fsyntax-only` process, best of three
// each; then one `-ftime-report` run of logosc says where its time goes.
// Run: `npm run bench:frontend` (LOGOS_BENCH_LINES=N to change the size).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const target = Number(process.env.LOGOS_BENCH_LINES ?? 50_000);

function header(): string {
  const lines = [
    "#ifndef BENCH_H",
    "#define BENCH_H",
    "typedef unsigned int u32;",
    "typedef unsigned char u8;",
    "#define MAX(a, b) ((a) > (b) ? (a) : (b))",
    "#define MIN(a, b) ((a) < (b) ? (a) : (b))",
    "#define ARRAY_SIZE(x) (sizeof(x) / sizeof((x)[0]))",
    "#define FLAG(n) (1u << (n))",
    "#define CHECK(c, code) do { if (!(c)) return (code); } while (0)",
    "struct node { struct node *next; struct node *prev; int key; u32 flags; u8 data[16]; };",
    "struct list { struct node *head; int count; };",
    "int printf(const char *fmt, ...);",
    "void *memset(void *p, int c, unsigned int n);",
  ];
  for (let i = 0; i < 40; i++) {
    lines.push(`struct rec${i} { int id; u32 mask; struct rec${i} *link; char name[${8 + i}]; };`);
    lines.push(`int rec${i}_apply(struct rec${i} *r, int v);`);
  }
  lines.push("#endif");
  return lines.join("\n") + "\n";
}

function fn(i: number): string {
  const r = i % 40;
  return `
/* Function ${i}: walks a list and updates records. */
static int work${i}(struct list *l, struct rec${r} *r, int n)
{
    struct node *p;
    int sum = 0, i;
    u32 bits = FLAG(${i % 31}) | FLAG(3);
    CHECK(l != 0, -1);
    for (p = l->head, i = 0; p && i < n; p = p->next, i++) {
        if (p->key > ${i % 100} && (p->flags & bits) != 0)
            sum += MAX(p->key, r->id) * ${(i % 7) + 1};
        else if (p->key < 0)
            sum -= MIN(p->key, -${i % 50});
        else
            sum ^= p->data[i % ARRAY_SIZE(p->data)];
    }
    while (sum > 1000) {
        sum = (sum >> 1) + (sum & 0xff);
        r->mask |= (u32)sum;
    }
    switch (n & 3) {
    case 0: sum += rec${r}_apply(r, sum); break;
    case 1: sum = -sum; break;
    default: memset(r->name, 0, sizeof r->name); break;
    }
    return sum + l->count;
}
`;
}

const dir = mkdtempSync(join(tmpdir(), "logos-bench-"));
writeFileSync(join(dir, "bench.h"), header());
const parts = ['#include "bench.h"\n'];
let lines = 1;
for (let i = 0; lines < target; i++) {
  const f = fn(i);
  parts.push(f);
  lines += f.split("\n").length - 1;
}
const file = join(dir, "bench.c");
writeFileSync(file, parts.join(""));
const totalLines = lines + header().split("\n").length - 1;

const logosc = join(root, "bin/logosc.js");
const node = process.execPath;
const probe = spawnSync(node, [logosc, "-fsyntax-only", "-ftime-report", file], {
  encoding: "utf8",
});
if (probe.status !== 0) {
  console.error(`logosc -fsyntax-only rejects the benchmark program ${file}:\n${probe.stderr}`);
  process.exit(1);
}

/** Best wall time of three runs of a whole process, in seconds. */
function time(cmd: string, args: string[]): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });
    best = Math.min(best, performance.now() - t0);
  }
  return best / 1000;
}

const ours = time(node, [logosc, "-fsyntax-only", file]);
const gcc = time("gcc", ["-m32", "-std=c11", "-fsyntax-only", file]);
const rate = (s: number): string => `${Math.round(totalLines / s).toLocaleString("en")} lines/s`;
console.log(`input: ${totalLines} lines of generated C`);
console.log(
  `logosc -fsyntax-only:   ${ours.toFixed(3)} s  ${rate(ours)}  (whole process, best of 3)`,
);
console.log(`gcc -m32 -fsyntax-only: ${gcc.toFixed(3)} s  ${rate(gcc)}`);
console.log(
  `ratio (gcc time / logosc time): ${(gcc / ours).toFixed(2)}x (above 1: logosc is faster)`,
);
console.log(`\nlogosc -ftime-report (one run):\n${probe.stderr.replace(/^Time report.*\n/, "")}`);
rmSync(dir, { recursive: true });
