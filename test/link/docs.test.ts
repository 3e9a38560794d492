// docs/linker.md must say the truth: every file it shows is written, every command it runs is
// run (with `npx logosc` meaning this checkout's logosc), and the output it shows must be the
// output we get. The commands use nasm, gcc -m32 and readelf, so this is an oracle test too.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";

const root = resolve(import.meta.dirname, "../..");

type Step =
  { kind: "file"; name: string; text: string } | { kind: "run"; script: string; output?: string };

/** The marked blocks of a Markdown file, in order: `<!-- file: NAME -->`, `<!-- run -->`, `<!-- output -->`. */
function steps(markdown: string): Step[] {
  const out: Step[] = [];
  const re = /<!-- (file: (\S+)|run|output) -->\s*```[^\n]*\n([\s\S]*?)```/g;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    if (m[2]) out.push({ kind: "file", name: m[2], text: m[3] });
    else if (m[1] === "run") out.push({ kind: "run", script: m[3] });
    else {
      const last = out[out.length - 1];
      if (last?.kind !== "run") throw new Error("an output block must follow a run block");
      last.output = m[3];
    }
  }
  return out;
}

const haveTools = oracle("gcc -m32") && oracle("nasm") && oracle("readelf");

describe.runIf(haveTools)("docs/linker.md", () => {
  it("its examples run and print what it shows", () => {
    const dir = mkdtempSync(join(tmpdir(), "logos-docs-"));
    const bin = join(dir, "bin");
    execFileSync("mkdir", ["-p", bin]);
    // `npx logosc` in the docs is this checkout's logosc.
    writeFileSync(
      join(bin, "npx"),
      `#!/bin/sh\nshift\nexec "${process.execPath}" "${root}/bin/logosc.js" "$@"\n`,
      { mode: 0o755 },
    );
    const all = steps(readFileSync(join(root, "docs/linker.md"), "utf8"));
    expect(all.filter((s) => s.kind === "run").length).toBeGreaterThanOrEqual(4);
    for (const s of all) {
      if (s.kind === "file") {
        writeFileSync(join(dir, s.name), s.text);
        continue;
      }
      const r = spawnSync("bash", ["-c", s.script], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, LC_ALL: "C" },
      });
      if (s.output !== undefined)
        expect({ script: s.script, output: r.stdout + r.stderr }).toEqual({
          script: s.script,
          output: s.output,
        });
      else
        expect({ script: s.script, status: r.status, stderr: r.stderr }).toEqual({
          script: s.script,
          status: 0,
          stderr: "",
        });
    }
  });
});
