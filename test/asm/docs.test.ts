// docs/assembler.md must say the truth: every file it shows is written, every command it runs is
// run (`npx logosc` meaning this checkout's logosc), and the output it shows is the output we get.
// The commands use nasm, nm and ld, so this is an oracle test too.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { Scratch } from "./helpers.ts";

const root = resolve(import.meta.dirname, "../..");
const scratch = new Scratch();
afterAll(() => scratch.done());

type Step =
  { kind: "file"; name: string; text: string } | { kind: "run"; script: string; output?: string };

/** The marked blocks of the page, in order: `<!-- file: NAME -->`, `<!-- run -->`, `<!-- output -->`. */
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

describe.runIf(oracle("nasm") && oracle("ld"))("docs/assembler.md", () => {
  it("its examples run and print what it shows", () => {
    const dir = scratch.dir;
    const bin = scratch.path("bin");
    spawnSync("mkdir", ["-p", bin]);
    writeFileSync(
      join(bin, "npx"),
      `#!/bin/sh\nshift\nexec "${process.execPath}" "${root}/bin/logosc.js" "$@"\n`,
      { mode: 0o755 },
    );
    const all = steps(readFileSync(join(root, "docs/assembler.md"), "utf8"));
    expect(all.filter((s) => s.kind === "run").length).toBeGreaterThanOrEqual(5);
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
        expect({ script: s.script, status: r.status, stderr: r.stderr }).toMatchObject({
          status: 0,
        });
    }
  });
});
