// Front-end speed: lines per second of `logosc` beside `gcc -m32` on the same large generated
// program, whole process included, measured in the same run.
//
// The program (~50,000 lines) is realistic, type-correct C that both compilers must accept
// without a diagnostic (checked first): two headers with include guards, one included three
// times (directly twice, once from the other), with typedefs, an enum, structs, function
// pointers, macros and a designated array initializer; then functions of three shapes, each
// calling the one before, with loops, pointer arithmetic, switch with fall-through, do/while,
// casts, struct members through pointers and macro uses. Measured: the whole
// `logosc -fsyntax-only` process (Node's start, module loading, preprocess, parse, check) beside
// the whole `gcc -m32 -fsyntax-only` process, alternately, in rounds: the medians of wall time,
// of CPU time (user + system) and of each round's ratio. The machine's load varies, so the ratio
// of two runs made back to back is the figure to trust. Then one `-ftime-report` run of logosc
// says where its time goes.
// Run: `npm run bench:frontend` (LOGOS_BENCH_LINES=N to change the size, LOGOS_BENCH_RUNS=N the
// rounds, LOGOS_BENCH_DIR=dir to write the program there and keep it).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const target = Number(process.env.LOGOS_BENCH_LINES ?? 50_000);

/** The program's first header: types, macros and declarations every function uses. */
function header(): string {
  const lines = [
    "#ifndef BENCH_H",
    "#define BENCH_H",
    "typedef unsigned int u32;",
    "typedef unsigned short u16;",
    "typedef unsigned char u8;",
    "typedef unsigned int size_t;",
    "#define NULL ((void *)0)",
    "#define MAX(a, b) ((a) > (b) ? (a) : (b))",
    "#define MIN(a, b) ((a) < (b) ? (a) : (b))",
    "#define ARRAY_SIZE(x) (sizeof(x) / sizeof((x)[0]))",
    "#define FLAG(n) (1u << (n))",
    "#define CHECK(c, code) do { if (!(c)) return (code); } while (0)",
    "enum kind { KIND_NONE, KIND_LEAF, KIND_BRANCH = 4, KIND_ROOT };",
    "struct node { struct node *next; struct node *prev; int key; u32 flags; u8 data[16]; enum kind kind; };",
    "struct list { struct node *head; int count; };",
    "typedef struct { int x, y; } point;",
    "typedef struct vec { int *items; size_t len, cap; } vec_t;",
    "typedef int (*visit_fn)(struct node *n, void *arg);",
    "int printf(const char *fmt, ...);",
    "void *memset(void *p, int c, size_t n);",
    "int strcmp(const char *a, const char *b);",
  ];
  for (let i = 0; i < 40; i++) {
    lines.push(`struct rec${i} { int id; u32 mask; struct rec${i} *link; char name[${8 + i}]; };`);
    lines.push(`int rec${i}_apply(struct rec${i} *r, int v);`);
  }
  lines.push("#endif");
  return lines.join("\n") + "\n";
}

/** The second header: list helpers; it includes the first again (its guard skips it). */
function listHeader(): string {
  return `#ifndef LIST_H
#define LIST_H
#include "bench.h"
struct node *list_find(struct list *l, int key);
int list_walk(struct list *l, visit_fn fn, void *arg);
static const char *const kind_names[] = { "none", "leaf", "branch", [KIND_ROOT] = "root" };
#endif
`;
}

/** Function `i` of the program: one of three shapes, each calling the one before it. */
function fn(i: number): string {
  const r = i % 40;
  // The call to the function before, which has the previous shape.
  const prev = i > 0 ? `work${i - 1}` : "";
  switch (i % 3) {
    case 0:
      return `
/* Function ${i}: walks a list and updates records. */
static int work${i}(struct list *l, struct rec${r} *r, int n)
{
    struct node *p;
    int sum = 0, i;
    u32 bits = FLAG(${i % 31}) | FLAG(3);
    CHECK(l != NULL, -1);
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
    return sum + l->count${prev ? ` + ${prev}(l, r->name, n)` : ""};
}
`;
    case 1:
      return `
/* Function ${i}: sums a vector, counting nodes of each kind. */
static int work${i}(vec_t *v, struct list *l, const char *tag)
{
    int counts[KIND_ROOT + 1] = { 0 };
    int *it, *end = v->items + v->len;
    size_t k;
    point at = { .x = ${i % 17}, .y = -${i % 5} };
    struct node *n;
    for (it = v->items; it < end; ++it)
        at.x += *it > 0 ? *it : -*it;
    for (k = 0; k < v->cap && v->items[k] != ${i % 9}; k++)
        at.y--;
    for (n = l->head; n != NULL; n = n->next) {
        switch (n->kind) {
        case KIND_LEAF:
        case KIND_BRANCH:
            counts[n->kind]++;
            break;
        case KIND_ROOT:
            if (strcmp(tag, kind_names[KIND_ROOT]) == 0)
                return at.x;
            /* fall through */
        default:
            counts[KIND_NONE] += (int)(n->flags & 0x${(i % 255).toString(16)}u);
        }
    }
    if (at.y < 0 && counts[KIND_LEAF] > counts[KIND_BRANCH])
        printf("%s: %d leaves\\n", tag, counts[KIND_LEAF]);
    return at.x * at.y + counts[KIND_NONE] + ${prev}(l, (struct rec${(i - 1) % 40} *)v, (int)k);
}
`;
    default:
      return `
/* Function ${i}: visits a list with a callback; a node is found by key, then relinked. */
static int work${i}(struct list *l, const char *tag, int key)
{
    struct node *found = list_find(l, key), *q;
    u16 steps = 0;
    unsigned char c = (unsigned char)tag[0];
    vec_t v = { NULL, 0, 0 };
    if (found == NULL || found->prev == NULL)
        return list_walk(l, (visit_fn)0, (void *)tag);
    q = found->prev;
    do {
        steps += (u16)(q->key & 0x${(i % 4095).toString(16)});
        q->flags ^= FLAG(c % 8u);
        q = q->prev;
    } while (q != NULL && steps < ${100 + (i % 900)}u);
    found->prev->next = found->next;
    if (found->next)
        found->next->prev = found->prev;
    l->count--;
    return steps > 10 ? (int)steps : ${prev}(&v, l, tag);
}
`;
  }
}

const dir = process.env.LOGOS_BENCH_DIR ?? mkdtempSync(join(tmpdir(), "logos-bench-"));
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "bench.h"), header());
writeFileSync(join(dir, "list.h"), listHeader());
const parts = ['#include "bench.h"\n#include "list.h"\n#include "bench.h"\n'];
let lines = 3;
for (let i = 0; lines < target; i++) {
  const f = fn(i);
  parts.push(f);
  lines += f.split("\n").length - 1;
}
const file = join(dir, "bench.c");
writeFileSync(file, parts.join(""));
const totalLines = lines + header().split("\n").length - 1 + listHeader().split("\n").length - 1;

const logosc = join(root, "bin/logosc.js");
const node = process.execPath;
const probe = spawnSync(node, [logosc, "-fsyntax-only", "-ftime-report", file], {
  encoding: "utf8",
});
if (probe.status !== 0 || /: (error|warning):/.test(probe.stderr)) {
  console.error(`logosc -fsyntax-only rejects the benchmark program ${file}:\n${probe.stderr}`);
  process.exit(1);
}
const gccProbe = spawnSync("gcc", ["-m32", "-std=c11", "-fsyntax-only", file], {
  encoding: "utf8",
});
if (gccProbe.status !== 0 || gccProbe.stderr !== "") {
  console.error(
    `gcc -fsyntax-only does not accept the benchmark program ${file}:\n${gccProbe.stderr}`,
  );
  process.exit(1);
}

/** Wall and CPU (user + system) seconds of one whole process, as bash's `time` measures them. */
function time(cmd: string, args: string[]): { wall: number; cpu: number } {
  const run = spawnSync(
    "bash",
    ["-c", 'TIMEFORMAT="%3R %3U %3S"; time "$@" >/dev/null', "-", cmd, ...args],
    {
      encoding: "utf8",
    },
  );
  const [wall, user, sys] = run.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  if (run.status !== 0 || !(wall >= 0)) throw new Error(`${cmd} failed:\n${run.stderr}`);
  return { wall, cpu: user + sys };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Rounds of one logosc run then one gcc run: the machine's load changes over seconds, so each
// round's ratio compares the two under the same load, and the median ratio is the figure.
const rounds = Number(process.env.LOGOS_BENCH_RUNS ?? 5);
const ours: { wall: number; cpu: number }[] = [];
const gcc: { wall: number; cpu: number }[] = [];
for (let k = 0; k < rounds; k++) {
  ours.push(time(node, [logosc, "-fsyntax-only", file]));
  gcc.push(time("gcc", ["-m32", "-std=c11", "-fsyntax-only", file]));
}
const wallRatio = median(ours.map((o, k) => gcc[k].wall / o.wall));
const cpuRatio = median(ours.map((o, k) => gcc[k].cpu / o.cpu));
const row = (name: string, xs: { wall: number; cpu: number }[]): string => {
  const wall = median(xs.map((x) => x.wall));
  const cpu = median(xs.map((x) => x.cpu));
  const rate = Math.round(totalLines / wall).toLocaleString("en");
  return `${name} ${wall.toFixed(3)} s wall (${rate} lines/s), ${cpu.toFixed(3)} s CPU`;
};
console.log(`input: ${totalLines} lines of generated C; medians of ${rounds} rounds`);
console.log(row("logosc -fsyntax-only:  ", ours));
console.log(row("gcc -m32 -fsyntax-only:", gcc));
console.log(
  `ratio gcc/logosc: ${wallRatio.toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU (above 1: logosc is faster)`,
);
console.log(`\nlogosc -ftime-report (one run):\n${probe.stderr.replace(/^Time report.*\n/, "")}`);
if (process.env.LOGOS_BENCH_DIR === undefined) rmSync(dir, { recursive: true });
