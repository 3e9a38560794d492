// Helpers for the emulator tests: build a C program with gcc -m32 -static (cached per test run),
// run it natively and under `logos run`, and compare.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "logos-emu-"));
export const root = resolve(import.meta.dirname, "../..");

/** Compiles `source` (a path) with gcc -m32 -static and `flags`; returns the executable. */
export function gcc(source: string, flags: string[], name: string): string {
  const out = join(dir, name);
  const r = spawnSync(
    "gcc",
    ["-m32", "-static", "-fno-pie", "-no-pie", ...flags, source, "-o", out],
    {
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`gcc failed for ${source}:\n${r.stderr}`);
  return out;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function native(exe: string, args: string[] = [], input?: string): Outcome {
  const r = spawnSync(exe, args, { encoding: "utf8", input, maxBuffer: 1 << 28 });
  return {
    stdout: r.stdout,
    stderr: r.stderr,
    status: r.status ?? (r.signal ? 128 + signalNumber(r.signal) : null),
  };
}

export function logos(
  exe: string,
  args: string[] = [],
  options: string[] = [],
  input?: string,
  env: Record<string, string> = {},
): Outcome {
  const r = spawnSync(
    process.execPath,
    [join(root, "bin/logos.js"), "run", ...options, exe, ...args],
    {
      encoding: "utf8",
      input,
      maxBuffer: 1 << 28,
      env: { ...process.env, ...env },
    },
  );
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function signalNumber(sig: string): number {
  const table: Record<string, number> = {
    SIGSEGV: 11,
    SIGILL: 4,
    SIGFPE: 8,
    SIGABRT: 6,
    SIGTRAP: 5,
    SIGBUS: 7,
  };
  return table[sig] ?? 0;
}

export const programs = join(import.meta.dirname, "programs");
