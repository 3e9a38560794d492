// The differential fuzzer at fixed seeds: a few hundred small generated programs (gen.ts), in
// batches of ten to a file, compiled by gcc -m32 (at -O2 and -O0 in turn) and by logosc at -O0
// and -O1, must print the same checksums. A failure names the batch's seeds: reproduce and reduce
// a program with `npm run fuzz:cc -- --seed N --count 1`. LOGOS_FULL=1 runs ten times as many.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { batchFile } from "./gen.ts";
import { logosc, reference } from "./harness.ts";

const scratch = mkdtempSync(join(tmpdir(), "logos-fuzz-test-"));
const BATCH = 10;
const batches = process.env.LOGOS_FULL ? 250 : 25;
/** The first seed of the fixed run (any program that ever disagreed is a golden test as well). */
const FIRST = 1_000_000;

describe.runIf(oracle("gcc -m32"))("generated programs print what gcc's print", () => {
  for (let b = 0; b < batches; b++) {
    const seeds = Array.from({ length: BATCH }, (_, i) => FIRST + b * BATCH + i);
    const gccOpt = b % 2 === 0 ? 2 : 0;
    it(`seeds ${seeds[0]}..${seeds[BATCH - 1]} (gcc -O${gccOpt}; logosc -O0, -O1)`, () => {
      const source = join(scratch, `batch${b}.c`);
      writeFileSync(source, batchFile(seeds, true));
      const want = reference(source, join(scratch, `batch${b}-gcc`), gccOpt);
      expect(want.ok, want.text).toBe(true);
      for (const opt of [0, 1]) {
        const got = logosc(source, join(scratch, `batch${b}-O${opt}`), opt);
        expect(got.text, `logosc -O${opt}`).toBe(want.text);
      }
    });
  }
});
