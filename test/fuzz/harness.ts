// Building and running one C file both ways, for the fuzzer (run.ts) and its test: gcc -m32 at
// -O0 or -O2, the reference; logosc at -O0 and -O1, compiled in this process and linked by
// gcc -m32 against glibc, as the golden tests link (test/golden/golden.test.ts).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { compileC } from "../../compiler/cc.ts";
import { DiagnosticSink } from "../../compiler/diag.ts";
import { outcome } from "../golden/golden.ts";

/** What a build and run gave: the outcome (stdout, `exit N`) or why there is none. */
export interface Result {
  ok: boolean;
  text: string;
}

/** Runs an executable natively with a time limit (generated programs finish in milliseconds). */
export function run(exe: string, timeout = 10_000): Result {
  const r = spawnSync(exe, [], { encoding: "utf8", timeout, maxBuffer: 1 << 24 });
  if (r.error !== undefined || r.signal === "SIGTERM") return { ok: false, text: `timed out (${timeout} ms)\n` }; // prettier-ignore
  const status = r.status ?? 128 + (r.signal === "SIGSEGV" ? 11 : r.signal === "SIGFPE" ? 8 : 6);
  // A sanitizer's report goes to stderr: the program is not UB-free.
  if (r.stderr.includes("runtime error")) return { ok: false, text: `undefined behaviour:\n${r.stderr}` }; // prettier-ignore
  return { ok: true, text: outcome(r.stdout, status) };
}

/** gcc -m32 -O`opt` (`-fsanitize=undefined` when `ubsan`): undefined, or why it failed. */
export function gccBuild(
  source: string,
  exe: string,
  opt: number,
  ubsan = false,
): string | undefined {
  const flags = ["-m32", `-O${opt}`, "-fno-pie", "-no-pie"];
  // With the sanitizer, a function that can end without its return is an error too (the
  // reducer may delete a return; ubsan does not see a missing one in C).
  if (ubsan)
    flags.push("-fsanitize=undefined", "-fno-sanitize-recover=all", "-Werror=return-type"); // prettier-ignore
  else flags.push("-w");
  const r = spawnSync("gcc", [...flags, source, "-o", exe], { encoding: "utf8" });
  return r.status === 0 ? undefined : `gcc -O${opt} failed:\n${r.stderr}`;
}

/** The reference: gcc's build of `source`, run. */
export function reference(source: string, exe: string, opt: number, ubsan = false): Result {
  const err = gccBuild(source, exe, opt, ubsan);
  return err !== undefined ? { ok: false, text: err } : run(exe);
}

/** logosc -O`opt` -c in this process, linked by gcc -m32 with glibc, run. */
export function logosc(source: string, exe: string, opt: number): Result {
  const sink = new DiagnosticSink();
  let object: Uint8Array | undefined;
  try {
    object = compileC(
      source,
      { pp: {}, optimize: opt, object: true, checking: true },
      sink,
    )?.object;
  } catch (e) {
    return { ok: false, text: `logosc -O${opt} threw: ${(e as Error).stack ?? String(e)}\n` };
  }
  if (object === undefined || sink.hasErrors) return { ok: false, text: `logosc -O${opt} failed:\n${sink.format()}` }; // prettier-ignore
  writeFileSync(exe + ".o", object);
  const r = spawnSync("gcc", ["-m32", "-fno-pie", "-no-pie", exe + ".o", "-o", exe], { encoding: "utf8" }); // prettier-ignore
  if (r.status !== 0) return { ok: false, text: `gcc -m32 could not link logosc's object:\n${r.stderr}` }; // prettier-ignore
  return run(exe);
}
