// The C library against glibc: each program of test/stdlib/programs/ is built with gcc against
// our headers and library (linked once by GNU ld, once by logosc) and against glibc, and the
// three run natively must print the same bytes on stdout and stderr and end the same way. The
// builds with our library also run under `logos run`, and must match there too — except the
// process program, which needs fork, execve, wait and pipe, which `logos run` (one process, no
// kernel) answers with ENOSYS: the Logos kernel will provide them.
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { build, execute, FULL, type Outcome } from "./helpers.ts";

interface Program {
  name: string;
  /** Arguments after the scratch folder, natively and under `logos run`. */
  args: string[];
  logosArgs?: string[];
  /** Whether it can run under `logos run` at all. */
  logos: boolean;
  /** Its standard input. */
  input?: string;
}

/** Two lines, then 10,000 bytes with no newline at the end: crosses stdin's buffer. */
const STDIN_TEXT =
  "first line\nsecond line\n" +
  Array.from({ length: 10000 }, (_, k) => String.fromCharCode(32 + ((k * 7) % 95))).join("");

const PROGRAMS: Program[] = [
  { name: "string", args: [], logos: true },
  { name: "stdlib", args: [], logos: true },
  { name: "stdio", args: [], logos: true, input: STDIN_TEXT },
  // The printf table: every case natively; every 9th under the (slower) emulator.
  { name: "printf", args: [], logosArgs: FULL ? [] : ["9"], logos: true },
  // The allocator stress test: operation counts (seeded, so the same sequence each run).
  {
    name: "malloc",
    args: [FULL ? "200000" : "4000"],
    logosArgs: [FULL ? "20000" : "300"],
    logos: true,
  },
  { name: "files", args: [], logos: true },
  { name: "process", args: [], logos: false },
];

function same(a: Outcome): Omit<Outcome, "signal"> & { signal: string | null } {
  return { stdout: a.stdout, stderr: a.stderr, status: a.status, signal: a.signal };
}

describe.runIf(oracle("gcc -m32") && oracle("ld"))("stdlib against glibc", () => {
  for (const p of PROGRAMS) {
    describe(p.name, () => {
      it("gives glibc's output natively, linked by ld and by logosc", { timeout: 60_000 }, () => {
        const glibc = execute(build(p.name, "glibc"), p.args, "native", p.input);
        expect(glibc.stdout.length).toBeGreaterThan(0);
        for (const how of ["ours-ld", "ours-logosc"] as const) {
          const ours = execute(build(p.name, how), p.args, "native", p.input);
          expect({ how, ...same(ours) }).toEqual({ how, ...same(glibc) });
        }
      });
      // fork, execve and pipe are the kernel's, not logos run's (ENOSYS there): such programs
      // have no logos-run leg at all rather than a skipped one.
      if (p.logos)
        it("gives glibc's output under logos run", { timeout: 60_000 }, () => {
          const args = p.logosArgs ?? p.args;
          const glibc = execute(build(p.name, "glibc"), args, "native", p.input);
          const ours = execute(build(p.name, "ours-logosc"), args, "logos", p.input);
          expect(same(ours)).toEqual(same(glibc));
        });
    });
  }
});

// The library compiled by our own code generator: these programs must give glibc's output too.
const BY_LOGOSC = ["string", "stdlib", "stdio", "printf", "malloc", "files", "process"];

describe.runIf(oracle("gcc -m32"))("stdlib compiled by logosc against glibc", () => {
  for (const name of BY_LOGOSC) {
    const p = PROGRAMS.find((q) => q.name === name)!;
    it(`${name} gives glibc's output natively`, { timeout: 120_000 }, () => {
      const glibc = execute(build(name, "glibc"), p.args, "native", p.input);
      const ours = execute(build(name, "logosc-lib"), p.args, "native", p.input);
      expect(same(ours)).toEqual(same(glibc));
    });
  }
});
