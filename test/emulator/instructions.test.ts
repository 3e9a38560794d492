// A real CPU is the oracle: every integer instruction form of the shared x86 table, with edge and
// random operand values, run natively and under `logos run`; registers, EFLAGS (less the flags
// Intel leaves undefined) and the memory operand must match. LOGOS_FULL=1 runs many more values.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { compare, generate, program } from "./corpus.ts";
import { root } from "./helpers.ts";

const perForm = process.env.LOGOS_FULL ? 60 : 8;

describe.runIf(oracle("gcc -m32"))("instruction corpus: native i386 against logos run", () => {
  const cases = generate(perForm);
  const dir = mkdtempSync(join(tmpdir(), "logos-corpus-"));
  const exe = join(dir, "corpus");
  writeFileSync(exe, program(cases));
  chmodSync(exe, 0o755);
  const native = spawnSync(exe, [], { maxBuffer: 1 << 30 });

  // Each case runs once, so by default the interpreter runs it; LOGOS_JIT_AFTER=0 compiles every
  // block before its first run, which puts the block compiler (compile.ts) to the same test.
  const modes: [string, Record<string, string>][] = [
    ["interpreted", {}],
    ["compiled", { LOGOS_JIT_AFTER: "0" }],
  ];
  for (const [mode, env] of modes) {
    it(`${perForm} operand sets per form, ${mode}`, () => {
      expect(cases.length).toBeGreaterThan(500);
      expect(native.status, "native run").toBe(0);
      const emulated = spawnSync(process.execPath, [join(root, "bin/logos.js"), "run", exe], {
        maxBuffer: 1 << 30,
        env: { ...process.env, ...env },
      });
      expect(emulated.stderr.toString()).toBe("");
      expect(emulated.status).toBe(0);
      const problems = compare(cases, native.stdout, emulated.stdout);
      expect(
        problems.slice(0, 30).join("\n"),
        `${problems.length} of ${cases.length} cases differ`,
      ).toBe("");
    });
  }
});
