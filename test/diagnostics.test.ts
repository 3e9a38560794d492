// The diagnostics suite: each `test/diagnostics/*.c` holds the messages logosc must print for it,
// as comments `// expect: LINE:COL: SEVERITY: MESSAGE`, in the order they are printed, positions
// included. The file is run through `logosc -fsyntax-only` (in process: the same function the
// driver calls), and the printed `file:line:col: severity: message` lines must be exactly those.
// Parse errors and type errors share this suite; a file without any `expect:` must be clean.
// A file that says `// oracle: gcc` holds messages gcc's own: there logosc and
// `gcc -m32 -fsyntax-only -Wall` must print the same lines, in the same order: the headings,
// notes and positions, and gcc's lines about where they are ("In file included from h.h:1",
// "f.c: In function 'g':", "At top level:"). Both compile freestanding, as the kernel does,
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

/** A diagnostic's heading line after `file:`. */
const HEADING = /^\d+:(\d+:)? (error|warning|note):/;

function expected(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\/\/ expect: (.*)$/gm)) out.push(m[1].trim());
  return out;
}

/** Whether the file asks for a hosted environment (`// hosted` on a line of its own). */
const hosted = (path: string): boolean => /^\/\/ hosted$/m.test(readFileSync(path, "utf8"));

/**
 * The lines of a compiler's messages that say where: the headings (`f.c:3:5: error: …`), gcc's
 * context lines (`f.c: In function 'g':`, `f.c: At top level:`, `In file included from h.h:1,`
 * and its `from` lines), without the quoted source and carets; file names relative to this
 * folder.
 */
function placeLines(stderr: string): string[] {
  return stderr
    .split("\n")
    .map((l) => l.replaceAll(dir + "/", ""))
    .filter(
      (l) =>
        /^[^\s:]+:(\d+:)?(\d+:)? (error|warning|note):/.test(l) ||
        /^[^\s:]+: (In function '.*'|At top level):$/.test(l) ||
        /^(In file included from|\s+from) /.test(l),
    );
}

/** logosc's messages for `path` (run in process: the same function the driver calls). */
function logosc(path: string): string {
  const sink = new DiagnosticSink();
  checkSyntax([path], { freestanding: !hosted(path) }, sink);
  return sink.format();
}

/** The heading lines about `path` itself, without its name: what `// expect:` lines say. */
function headings(lines: string[], path: string): string[] {
  const name = basename(path) + ":";
  return lines
    .filter((l) => l.startsWith(name) && HEADING.test(l.slice(name.length)))
    .map((l) => l.slice(name.length));
}

/** What `gcc -m32 -fsyntax-only -Wall` (or `-c`, as the file says) prints for `path`. */
function gcc(path: string): string {
  const text = readFileSync(path, "utf8");
  const env = hosted(path) ? [] : ["-ffreestanding"];
  const mode = /^\/\/ oracle: gcc -c$/m.test(text) ? ["-c", "-o", "/dev/null"] : ["-fsyntax-only"];
  const args = ["-m32", ...mode, "-std=c11", ...env, "-Wall", basename(path)];
  const r = spawnSync("gcc", args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "C" },
  });
  return r.stderr;
}

describe("diagnostics (test/diagnostics/*.c)", () => {
  test("the suite is not empty", () => expect(files.length).toBeGreaterThan(5));
  for (const f of files) {
    test(f, () => {
      const path = join(dir, f);
      expect(headings(placeLines(logosc(path)), path)).toEqual(
        expected(readFileSync(path, "utf8")),
      );
    });
  }
});

const gccFiles = files.filter((f) => /^\/\/ oracle: gcc/m.test(readFileSync(join(dir, f), "utf8")));

describe.runIf(oracle("gcc -m32"))(
  "diagnostics that gcc -m32 -fsyntax-only -Wall prints alike, in the same order and context",
  () => {
    test("there are some", () => expect(gccFiles.length).toBeGreaterThan(1));
    for (const f of gccFiles) {
      test(f, () => {
        const path = join(dir, f);
        expect(placeLines(logosc(path))).toEqual(placeLines(gcc(path)));
      });
    }
  },
);
