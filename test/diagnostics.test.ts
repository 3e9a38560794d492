// The diagnostics suite: each `test/diagnostics/*.c` holds the messages logosc must print for it,
// as comments `// expect: LINE:COL: SEVERITY: MESSAGE`, in the order they are printed, positions
// included. The file is run through `logosc -fsyntax-only` (in process: the same function the
// driver calls), and the printed `file:line:col: severity: message` lines must be exactly those.
// Parse errors and type errors share this suite; a file without any `expect:` must be clean.
// A file that says `// oracle: gcc` holds messages gcc's own: there `gcc -m32 -fsyntax-only -Wall`
// must print the same ones, notes and positions included (in its order, the phases interleaved:
// compared as groups of a message and its notes). Both compile freestanding, as the kernel does,
// unless the file says `// hosted` (then gcc's hosted builtins, such as a noreturn `exit`, apply).
// gcc reports some flow warnings (a noreturn function that returns) only when it compiles: a file
// that says `// oracle: gcc -c` is compared with `gcc -m32 -c -Wall` instead.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { DiagnosticSink } from "../compiler/diag.ts";
import { checkSyntax } from "../compiler/parse/syntax.ts";
import { oracle } from "./oracle.ts";

const dir = join(resolve(dirname(fileURLToPath(import.meta.url))), "diagnostics");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".c"))
  .sort();

function expected(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\/\/ expect: (.*)$/gm)) out.push(m[1].trim());
  return out;
}

/** Whether the file asks for a hosted environment (`// hosted` on a line of its own). */
const hosted = (path: string): boolean => /^\/\/ hosted$/m.test(readFileSync(path, "utf8"));

function actual(path: string): string[] {
  const sink = new DiagnosticSink();
  checkSyntax([path], { freestanding: !hosted(path) }, sink);
  const name = basename(path);
  const out: string[] = [];
  for (const line of sink.format().split("\n")) {
    // Only the heading lines (not the quoted source or the caret), without the file name.
    if (line.startsWith(path + ":")) out.push(line.slice(path.length + 1));
    else if (line.startsWith(name + ":")) out.push(line.slice(name.length + 1));
  }
  return out;
}

/** gcc's heading lines for `path`, without the file name (and in the C locale's quotes). */
function gcc(path: string): string[] {
  const text = readFileSync(path, "utf8");
  const env = hosted(path) ? [] : ["-ffreestanding"];
  const mode = /^\/\/ oracle: gcc -c$/m.test(text) ? ["-c", "-o", "/dev/null"] : ["-fsyntax-only"];
  const args = ["-m32", ...mode, "-std=c11", ...env, "-Wall", basename(path)];
  const r = spawnSync("gcc", args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "C" },
  });
  const name = basename(path) + ":";
  return r.stderr
    .split("\n")
    .filter(
      (l) => l.startsWith(name) && /^\d+:(\d+:)? (error|warning|note):/.test(l.slice(name.length)),
    )
    .map((l) => l.slice(name.length));
}

/** Messages with their notes, in a canonical order. */
function groups(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (/^\d+:(\d+:)? note:/.test(l) && out.length) out[out.length - 1] += "\n" + l;
    else out.push(l);
  }
  return out.sort();
}

describe("diagnostics (test/diagnostics/*.c)", () => {
  test("the suite is not empty", () => expect(files.length).toBeGreaterThan(5));
  for (const f of files) {
    test(f, () => {
      const path = join(dir, f);
      expect(actual(path)).toEqual(expected(readFileSync(path, "utf8")));
    });
  }
});

const gccFiles = files.filter((f) => /^\/\/ oracle: gcc/m.test(readFileSync(join(dir, f), "utf8")));

describe.runIf(oracle("gcc -m32"))(
  "diagnostics that gcc -m32 -fsyntax-only -Wall prints alike",
  () => {
    test("there are some", () => expect(gccFiles.length).toBeGreaterThan(1));
    for (const f of gccFiles) {
      test(f, () => {
        const text = readFileSync(join(dir, f), "utf8");
        expect(groups(gcc(join(dir, f)))).toEqual(groups(expected(text)));
      });
    }
  },
);
