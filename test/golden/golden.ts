// The golden programs: test/golden/<topic>/<name>.c, each with <name>.expected — what the program
// prints and its exit status when gcc -m32 compiles it against glibc (`npm run golden:update`
// writes them; logosc never does). The format: the program's stdout, then a line `exit N` when N
// is not 0.
//
// A program may have a partner, <name>.gcc.c, that gcc always compiles (GCC_PARTNER_FLAGS: against
// the freestanding headers, so that one object links with glibc and with our stdlib alike): the
// ABI interop programs call across the two compilers' objects in both directions.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { PROGRAM_GCC_FLAGS } from "../../stdlib/build.ts";

export const GOLDEN = import.meta.dirname;

export interface GoldenProgram {
  topic: string;
  name: string;
  source: string;
  expected: string;
  /** <name>.gcc.c, compiled by gcc whoever compiles the program. */
  partner?: string;
}

/** gcc's flags for a partner file (add -c and -o). */
export const GCC_PARTNER_FLAGS = [...PROGRAM_GCC_FLAGS, "-O1", "-Wall", "-Wextra", "-Werror"];

/** gcc -c of a program's partner file into `object`. */
export function compilePartner(partner: string, object: string): void {
  const r = spawnSync("gcc", [...GCC_PARTNER_FLAGS, "-c", partner, "-o", object], { encoding: "utf8" }); // prettier-ignore
  if (r.status !== 0) throw new Error(`gcc failed on ${partner}:\n${r.stderr}`);
}

export function goldenPrograms(): GoldenProgram[] {
  const out: GoldenProgram[] = [];
  for (const topic of readdirSync(GOLDEN).sort()) {
    const dir = join(GOLDEN, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith(".c") || f.endsWith(".gcc.c")) continue;
      const name = f.slice(0, -2);
      const partner = join(dir, name + ".gcc.c");
      out.push({ topic, name, source: join(dir, f), expected: join(dir, name + ".expected"), ...(existsSync(partner) ? { partner } : {}) }); // prettier-ignore
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
