// The documentation must say the truth. Every page under docs/ that marks its examples is run
// here: each `<!-- file: NAME -->` block is written to a scratch folder, each `<!-- run -->`
// block is run there with bash (`npx logosc` and `npx logos` meaning this checkout's tools), and
// an `<!-- output -->` block after a run must be exactly what it printed (stdout then stderr).
// A page names the reference tools its commands use with `<!-- oracles: nasm, ld -->`, which makes
// its test an oracle test: skipped locally without them, an error under CI=true; and the folders
// of the checkout its commands name by relative path (as run from the top folder) with
// `<!-- links: stdlib, compiler -->`, which are linked into the scratch folder.
import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { oracle, type OracleName } from "./oracle.ts";

const root = resolve(import.meta.dirname, "..");

type Step =
  { kind: "file"; name: string; text: string } | { kind: "run"; script: string; output?: string };

/** The marked blocks of a page, in order. */
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

/** The tools a page's commands need, from its `<!-- oracles: ... -->` line. */
function oraclesOf(markdown: string): OracleName[] {
  const m = /<!-- oracles: ([^>]*?) -->/.exec(markdown);
  return m ? (m[1].split(/,\s*/).filter(Boolean) as OracleName[]) : [];
}

/** The checkout's folders a page's commands use, from its `<!-- links: ... -->` line. */
function linksOf(markdown: string): string[] {
  const m = /<!-- links: ([^>]*?) -->/.exec(markdown);
  return m ? m[1].split(/,\s*/).filter(Boolean) : [];
}

/** A folder with an `npx` that runs this checkout's logosc and logos. */
function scratchWithNpx(): string {
  const dir = mkdtempSync(join(tmpdir(), "logos-docs-"));
  const bin = join(dir, ".bin");
  mkdirSync(bin);
  writeFileSync(
    join(bin, "npx"),
    `#!/bin/sh\ntool="$1"; shift\nexec "${process.execPath}" "${root}/bin/$tool.js" "$@"\n`,
    { mode: 0o755 },
  );
  return dir;
}

const pages = readdirSync(join(root, "docs"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => ({ name: `docs/${f}`, text: readFileSync(join(root, "docs", f), "utf8") }))
  .filter((p) => p.text.includes("<!-- run -->"));

describe.each(pages)("$name", ({ name, text }) => {
  const tools = oraclesOf(text);
  it.runIf(tools.every((t) => oracle(t)))("its examples run and print what it shows", () => {
    const dir = scratchWithNpx();
    for (const l of linksOf(text)) symlinkSync(join(root, l), join(dir, l));
    try {
      for (const s of steps(text)) {
        if (s.kind === "file") {
          writeFileSync(join(dir, s.name), s.text);
          continue;
        }
        const r = spawnSync("bash", ["-c", s.script], {
          cwd: dir,
          encoding: "utf8",
          env: { ...process.env, PATH: `${join(dir, ".bin")}:${process.env.PATH}`, LC_ALL: "C" },
        });
        if (s.output !== undefined)
          expect({ page: name, script: s.script, output: r.stdout + r.stderr }).toEqual({
            page: name,
            script: s.script,
            output: s.output,
          });
        else
          expect({
            page: name,
            script: s.script,
            status: r.status,
            stderr: r.stderr,
          }).toMatchObject({ status: 0 });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it("the pages with examples are found", () => {
  expect(pages.map((p) => p.name)).toEqual(
    expect.arrayContaining(["docs/assembler.md", "docs/linker.md"]),
  );
});
