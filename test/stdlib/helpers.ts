// Helpers for the C library's tests: build the library once per test file (with our assembler
// and archive writer, gcc for the C), build a test program three ways — against our library and
// linked by GNU ld, against our library and linked by logosc, against glibc — and run programs
// natively or under `logos run` in a fresh scratch folder each.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import {
  buildStdlib,
  logoscCompile,
  PROGRAM_GCC_FLAGS,
  type StdlibBuild,
} from "../../stdlib/build.ts";

export const root = resolve(import.meta.dirname, "../..");
export const programs = join(import.meta.dirname, "programs");
const dir = mkdtempSync(join(tmpdir(), "logos-stdlib-"));

let built: StdlibBuild | undefined;
let builtByLogosc: StdlibBuild | undefined;

/** crt0.o and libc.a (their C compiled by gcc), built on first use. */
export function stdlib(): StdlibBuild {
  built ??= buildStdlib(join(dir, "lib"));
  return built;
}

/** crt0.o and libc.a with their C compiled by logosc, built on first use. */
export function stdlibByLogosc(): StdlibBuild {
  builtByLogosc ??= buildStdlib(join(dir, "lib-logosc"), logoscCompile);
  return builtByLogosc;
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}${r.stderr}`);
}

/** ours-ld, ours-logosc: gcc's program and library, linked by ld or logosc; logosc-lib: the
 * library compiled by logosc (linked by logosc); glibc: gcc -static against glibc. */
export type Build = "ours-ld" | "ours-logosc" | "logosc-lib" | "glibc";

/**
 * The program (test/stdlib/programs/NAME.c) built one way; every build has the same file name
 * (in its own folder), since programs print their name (assert messages do).
 */
export function build(name: string, how: Build): string {
  const key = `${how}/${name}`;
  let exe = builds.get(key);
  if (exe === undefined) {
    exe = compileAndLink(name, how);
    builds.set(key, exe);
  }
  return exe;
}

const builds = new Map<string, string>();

/** gcc's warnings for the programs; glibc's headers add checks that the edge cases trip on purpose. */
const WARNINGS = ["-Wall", "-Wextra", "-Werror"];
const GLIBC_EDGES = [
  "-Wno-stringop-truncation",
  "-Wno-stringop-overread",
  "-Wno-stringop-overflow",
];

function compileAndLink(name: string, how: Build): string {
  const source = join(programs, name + ".c");
  const out = join(dir, how);
  mkdirSync(out, { recursive: true });
  const exe = join(out, name);
  if (how === "glibc") {
    run("gcc", ["-m32", "-static", "-O1", ...WARNINGS, ...GLIBC_EDGES, source, "-o", exe]);
    return exe;
  }
  const lib = how === "logosc-lib" ? stdlibByLogosc() : stdlib();
  const obj = join(out, name + ".o");
  run("gcc", [...PROGRAM_GCC_FLAGS, "-O1", ...WARNINGS, "-c", source, "-o", obj]);
  if (how === "ours-ld")
    run("ld", ["-m", "elf_i386", "-static", lib.crt0, obj, lib.archive, "-o", exe]);
  else run(process.execPath, [join(root, "bin/logosc.js"), lib.crt0, obj, lib.archive, "-o", exe]);
  return exe;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: string | null;
}

/** The environment every run gets, so that getenv and execvp see the same thing everywhere. */
const ENV = { PATH: "/usr/bin:/bin", LOGOS_TEST: "hello", LC_ALL: "C" };

let runs = 0;

/** Runs the executable natively (or under `logos run`) in a fresh scratch folder, passed as argv[1]. */
export function execute(
  exe: string,
  args: string[],
  under: "native" | "logos",
  input = "",
): Outcome {
  const scratch = join(dir, `scratch-${basename(exe)}-${runs++}`);
  mkdirSync(scratch);
  const r =
    under === "native"
      ? spawnSync(exe, [scratch, ...args], {
          encoding: "utf8",
          env: ENV,
          input,
          maxBuffer: 1 << 26,
        })
      : spawnSync(process.execPath, [join(root, "bin/logos.js"), "run", exe, scratch, ...args], {
          encoding: "utf8",
          env: ENV,
          input,
          maxBuffer: 1 << 26,
        });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal };
}

/** LOGOS_FULL=1 asks for the long versions of the randomized and table-driven tests. */
export const FULL = process.env.LOGOS_FULL === "1";
