// Running a documentation page's examples: the page marks its blocks `<!-- file: NAME -->` (write
// this file), `<!-- run -->` (run this shell script) and `<!-- output -->` (what the run before it
// prints). `npx logosc` and `npx logos` in a script mean this checkout's tools.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");

export type DocStep =
  { kind: "file"; name: string; text: string } | { kind: "run"; script: string; output?: string };

/** The marked blocks of a Markdown page, in order. */
export function docSteps(markdown: string): DocStep[] {
  const out: DocStep[] = [];
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

export interface DocRun {
  script: string;
  /** What the page says it prints (undefined: it shows no output, so it must succeed quietly). */
  expected?: string;
  output: string;
  status: number | null;
}

/** Runs the page's steps in `dir` (relative to the repository: `docs/x.md`); returns each run. */
export function runDoc(page: string, dir: string): DocRun[] {
  const bin = join(dir, ".bin");
  mkdirSync(bin, { recursive: true });
  writeFileSync(
    join(bin, "npx"),
    `#!/bin/sh\ntool="$1"; shift\nexec "${process.execPath}" "${root}/bin/$tool.js" "$@"\n`,
    { mode: 0o755 },
  );
  const runs: DocRun[] = [];
  for (const s of docSteps(readFileSync(join(root, page), "utf8"))) {
    if (s.kind === "file") {
      writeFileSync(join(dir, s.name), s.text);
      continue;
    }
    const r = spawnSync("bash", ["-c", s.script], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, LC_ALL: "C" },
    });
    runs.push({
      script: s.script,
      expected: s.output,
      output: r.stdout + r.stderr,
      status: r.status,
    });
  }
  return runs;
}
