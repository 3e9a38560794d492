// The golden programs: test/golden/<topic>/<name>.c, each with <name>.expected — what the program
// prints and its exit status when gcc -m32 compiles it against glibc (`npm run golden:update`
// writes them; logosc never does). The format: the program's stdout, then a line `exit N` when N
// is not 0.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const GOLDEN = import.meta.dirname;

export interface GoldenProgram {
  topic: string;
  name: string;
  source: string;
  expected: string;
}

export function goldenPrograms(): GoldenProgram[] {
  const out: GoldenProgram[] = [];
  for (const topic of readdirSync(GOLDEN).sort()) {
    const dir = join(GOLDEN, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith(".c")) continue;
      const name = f.slice(0, -2);
      out.push({ topic, name, source: join(dir, f), expected: join(dir, name + ".expected") });
    }
  }
  return out;
}

/** What a run printed and how it ended, in the .expected format. */
export function outcome(stdout: string, status: number | null): string {
  return status === 0 ? stdout : `${stdout}${stdout === "" || stdout.endsWith("\n") ? "" : "\n"}exit ${status}\n`; // prettier-ignore
}

/** Runs an executable (natively), with a time limit; its outcome. */
export function runNative(exe: string): string {
  const r = spawnSync(exe, [], { encoding: "utf8", timeout: 20_000, maxBuffer: 1 << 26 });
  const status = r.status ?? (r.signal === "SIGSEGV" ? 139 : r.signal === "SIGFPE" ? 136 : r.signal === "SIGABRT" ? 134 : 128); // prettier-ignore
  return outcome(r.stdout, status);
}
