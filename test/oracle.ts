// The reference implementations the tests compare against (gcc -m32, nasm, binutils, qemu,
// native i386 execution), and the rule for when one is missing: locally the suite says so and
// skips it; under CI=true a missing oracle is an error, because a green run that skipped its
// oracles proves nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function runs(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: "ignore" });
  return r.status === 0;
}

const probes: Record<string, () => boolean> = {
  /** gcc -m32 can compile, link against glibc and run a program natively (i386 execution). */
  "gcc -m32": () => {
    const dir = mkdtempSync(join(tmpdir(), "logos-oracle-"));
    try {
      writeFileSync(join(dir, "t.c"), "int main(void) { return 0; }\n");
      return (
        runs("gcc", ["-m32", join(dir, "t.c"), "-o", join(dir, "t")]) && runs(join(dir, "t"), [])
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  nasm: () => runs("nasm", ["-v"]),
  readelf: () => runs("readelf", ["-v"]),
  objdump: () => runs("objdump", ["-v"]),
  ld: () => runs("ld", ["-V"]),
  "qemu-system-i386": () => runs("qemu-system-i386", ["-version"]),
};

const known = new Map<string, boolean>();

export type OracleName = keyof typeof probes;

/**
 * Whether the oracle can be used. Use as `describe.runIf(oracle("nasm"))(...)`.
 * Throws under CI=true when it is missing, so that CI fails loudly instead of skipping.
 */
export function oracle(name: OracleName): boolean {
  let ok = known.get(name);
  if (ok === undefined) {
    ok = probes[name]();
    known.set(name, ok);
    if (!ok) {
      if (process.env.CI === "true" || process.env.CI === "1") {
        throw new Error(`oracle '${name}' is missing under CI=true; .ci/run must install it`);
      }
      process.stderr.write(`SKIPPING tests that need '${name}': it is not installed here\n`);
    }
  }
  return ok;
}
