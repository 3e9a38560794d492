// docs/stdlib.md must say the truth: its example is written, built against our library with gcc,
// linked by logosc and run natively and under `logos run`, and prints what the page shows.
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDoc } from "../docs.ts";
import { oracle } from "../oracle.ts";
import { root } from "./helpers.ts";

describe.runIf(oracle("gcc -m32"))("docs/stdlib.md", () => {
  it("its example builds, runs and prints what it shows", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "logos-stdlib-docs-"));
    // The page's commands run in the checkout's top folder.
    for (const d of ["stdlib", "compiler"]) symlinkSync(join(root, d), join(dir, d));
    const runs = runDoc("docs/stdlib.md", dir);
    expect(runs.length).toBe(2);
    for (const r of runs) {
      if (r.expected !== undefined) expect(r).toEqual({ ...r, output: r.expected });
      else
        expect({ script: r.script, status: r.status, output: r.output }).toEqual({
          script: r.script,
          status: 0,
          output: expect.stringContaining("libc.a"),
        });
    }
  });
});
