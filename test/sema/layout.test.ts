// The layout oracle: struct/union/enum/typedef declarations generated from a seed, laid out by
// logosc and by gcc -m32. gcc's figures come from a native program that prints sizeof, _Alignof,
// offsetof and where each bit-field's bits are; logosc's from `layoutRecord` (and, in
// check.test.ts, from the checker reading the same C). LOGOS_FULL=1 measures many more.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { oracle } from "../oracle.ts";
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import { tokenize } from "../../compiler/parse/lexer.ts";
import { parse } from "../../compiler/parse/parser.ts";
import { checkUnit } from "../../compiler/sema/check.ts";
import { evalInt } from "../../compiler/sema/const.ts";
import { expectedLine, generate, measuringProgram, type Generated } from "./layout-gen.ts";

const full = process.env.LOGOS_FULL === "1";
const SEEDS = full ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : [1, 2];
const RECORDS = full ? 400 : 150;

/** Runs the measuring program under gcc -m32; its output lines. */
export function gccLayout(program: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "logos-layout-"));
  const src = join(dir, "layout.c");
  const exe = join(dir, "layout");
  writeFileSync(src, program);
  const cc = spawnSync("gcc", ["-m32", "-w", src, "-o", exe], { encoding: "utf8" });
  if (cc.status !== 0) throw new Error(`gcc rejected the generated program:\n${cc.stderr}`);
  const run = spawnSync(exe, { encoding: "utf8", maxBuffer: 1 << 26 });
  return run.stdout.trimEnd().split("\n");
}

/**
 * The same figures from the checker reading the generated C: `sizeof`, `_Alignof` and
 * `offsetof` of every record in one array initializer, whose folded values are read back.
 */
function checkerLayout(g: Generated): string[] {
  const items: string[] = [];
  for (const rec of g.records) {
    items.push(`sizeof(${rec.c})`, `_Alignof(${rec.c})`);
    for (const f of rec.fields) items.push(`__builtin_offsetof(${rec.c}, ${f})`);
  }
  const text = `${g.source}unsigned figures[] = { ${items.join(", ")} };\n`;
  const sink = new DiagnosticSink();
  const unit = parse(tokenize(text), new SourceFile("layout.c", text), sink);
  const checked = checkUnit(unit, sink);
  if (sink.hasErrors) throw new Error(sink.format());
  const figures = checked.globals.find((d) => d.name === "figures")!;
  const values = figures.init!.entries.map((e) => evalInt(e.expr));
  let k = 0;
  return g.records.map((rec, i) => {
    const n = 2 + rec.fields.length;
    const line = `${i} ${values.slice(k, k + n).join(" ")}`;
    k += n;
    return line;
  });
}

describe.runIf(oracle("gcc -m32"))("layout oracle (gcc -m32)", () => {
  for (const seed of SEEDS) {
    test(`seed ${seed}: ${RECORDS} records laid out as gcc does`, () => {
      const g = generate(seed, RECORDS);
      const want = gccLayout(measuringProgram(g));
      const got = g.records.map((rec, i) => expectedLine(i, rec));
      // Compare line by line so a failure names the first record that differs.
      for (let i = 0; i < got.length; i++) {
        if (got[i] !== want[i]) {
          const decl = g.source.split("\n").find((l) => l.startsWith(g.records[i].c + " {"));
          expect({ record: decl, logosc: got[i] }).toEqual({ record: decl, logosc: want[i] });
        }
      }
      expect(got.length).toBe(want.length);
      // The checker, reading the declarations as C, agrees (bit-fields have no offsetof).
      const fromChecker = checkerLayout(g);
      g.records.forEach((rec, i) => {
        const n = 3 + rec.fields.length;
        const gccFigures = want[i].split(" ").slice(0, n).join(" ");
        if (fromChecker[i] !== gccFigures) {
          const decl = g.source.split("\n").find((l) => l.startsWith(rec.c + " {"));
          expect({ record: decl, logosc: fromChecker[i] }).toEqual({
            record: decl,
            logosc: gccFigures,
          });
        }
      });
    });
  }
});
