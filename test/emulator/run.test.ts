// `logos run` against native execution: the same gcc-built static programs, the same stdout and
// exit status.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { gcc, logos, native, programs } from "./helpers.ts";

// Each program runs interpreted as far as the default compile threshold allows, and again with
// every block compiled before its first run (LOGOS_JIT_AFTER=0).
const modes: [string, Record<string, string>][] = [
  ["default", {}],
  ["all blocks compiled", { LOGOS_JIT_AFTER: "0" }],
];

for (const [mode, env] of modes)
  describe.runIf(oracle("gcc -m32"))(`logos run matches native execution (${mode})`, () => {
    it("runs a -nostdlib program with its own _start (write, exit)", () => {
      const exe = gcc(
        join(programs, "hello-nostdlib.c"),
        ["-nostdlib", "-ffreestanding", "-O2"],
        "hello-nostdlib",
      );
      const want = native(exe, ["a", "bc"]);
      const got = logos(exe, ["a", "bc"], [], undefined, env);
      expect(want.status).toBe(42);
      expect(got.stdout.replace(exe, "PROG")).toBe(want.stdout.replace(exe, "PROG"));
      expect(got.status).toBe(want.status);
    });

    it("runs a program linked against glibc (TLS, brk, printf, malloc)", () => {
      const exe = gcc(join(programs, "hello-glibc.c"), ["-O2"], "hello-glibc");
      for (const args of [[], ["x"], ["x", "y", "z"]]) {
        const want = native(exe, args);
        const got = logos(exe, args, [], undefined, env);
        expect(got.stderr).toBe("");
        expect(got.stdout).toBe(want.stdout);
        expect(got.status).toBe(want.status);
      }
    });

    it("does file I/O on the host like Linux (open, lseek, stat, getdents64, rename, unlink, errors)", () => {
      const exe = gcc(join(programs, "files.c"), ["-O2"], "files");
      const a = mkdtempSync(join(tmpdir(), "logos-files-native-"));
      const b = mkdtempSync(join(tmpdir(), "logos-files-logos-"));
      const want = native(exe, [a]);
      const got = logos(exe, [b], [], undefined, env);
      expect(want.status).toBe(0);
      expect(got.stderr).toBe("");
      expect(got.stdout).toBe(want.stdout);
      expect(got.status).toBe(want.status);
    });

    it("runs a mixed glibc workload (printf formats, strings, qsort, 64-bit math, longjmp, malloc)", () => {
      const exe = gcc(join(programs, "libc-mix.c"), ["-O2"], "libc-mix");
      const want = native(exe);
      const got = logos(exe, [], [], undefined, env);
      expect(want.status).toBe(0);
      expect(got.stderr).toBe("");
      expect(got.stdout).toBe(want.stdout);
      expect(got.status).toBe(want.status);
    });
  });
