// The parse oracle: gcc -m32 -fsyntax-only -std=c11 decides which programs are C.
//
// Every `.c` file under `test/` that gcc accepts, logosc must accept (preprocess, parse and
// type-check must report no error); every program in `test/parse/invalid/` (syntax errors, and
// `sema-*.c`: type errors) must be rejected by both — by gcc with -pedantic-errors, which
// enforces C11's constraints where plain gcc only warns. gcc's verdict is measured in the same run, never stored.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { DiagnosticSink } from "../../compiler/diag.ts";
import { checkFile } from "../../compiler/parse/syntax.ts";
import { oracle } from "../oracle.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const includeDirs = [join(root, "stdlib/include"), join(root, "compiler/include")];

function cFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...cFiles(p));
    else if (name.endsWith(".c")) out.push(p);
  }
  return out;
}

/** gcc's verdict; `pedantic`: with -pedantic-errors (C11's constraints, not gcc's leniency). */
function gccAccepts(file: string, pedantic = false): boolean {
  const args = ["-m32", "-fsyntax-only", "-std=c11", "-nostdinc", "-ffreestanding"];
  if (pedantic) args.push("-pedantic-errors");
  for (const d of includeDirs) args.push("-isystem", d);
  return spawnSync("gcc", [...args, file], { stdio: "ignore" }).status === 0;
}

function logoscErrors(file: string): string {
  const sink = new DiagnosticSink();
  checkFile(file, { freestanding: true }, sink);
  return sink.hasErrors ? sink.format() : "";
}

const all = cFiles(join(root, "test"));
const invalid = cFiles(join(root, "test/parse/invalid"));

describe.runIf(oracle("gcc -m32"))("parse oracle (gcc -m32 -fsyntax-only -std=c11)", () => {
  test("the corpus is not empty", () => {
    expect(all.length).toBeGreaterThan(20);
    expect(invalid.length).toBeGreaterThan(15);
  });

  // The valid corpus: gcc must accept each file (or the corpus is wrong), and so must logosc.
  for (const file of cFiles(join(root, "test/parse/valid"))) {
    test(`accepted by both: ${relative(root, file)}`, () => {
      expect(gccAccepts(file)).toBe(true);
      expect(logoscErrors(file)).toBe("");
    });
  }

  // Every other C file in the tests (preprocessor corpus, diagnostics suite…): whatever gcc
  // accepts, logosc accepts — except files that expect a logosc error (`// expect: … error:`):
  // Logos C is a strict subset, so gcc accepts `float` and warns where Logos C has errors.
  test("every other .c file under test/ that gcc accepts", () => {
    const others = all.filter(
      (f) =>
        !f.includes("/parse/valid/") &&
        !f.includes("/parse/invalid/") &&
        !/\/\/ expect: \S+ error:/.test(readFileSync(f, "utf8")),
    );
    const failures: string[] = [];
    for (const f of others)
      if (gccAccepts(f) && logoscErrors(f) !== "") failures.push(relative(root, f));
    expect(failures).toEqual([]);
  });

  for (const file of invalid) {
    test(`rejected by both: ${relative(root, file)}`, () => {
      expect(gccAccepts(file, true)).toBe(false);
      expect(logoscErrors(file)).not.toBe("");
    });
  }
});
