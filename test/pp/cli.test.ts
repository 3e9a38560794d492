// `logosc -E` end to end: gcc's line markers, -P, -o, -D, and exit status 1 with a located error.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const logosc = (args: string[]) =>
  spawnSync(process.execPath, ["bin/logosc.js", ...args], { encoding: "utf8" });

describe("logosc -E", () => {
  const dir = mkdtempSync(join(tmpdir(), "logos-cli-e-"));
  writeFileSync(join(dir, "h.h"), "int h;\n");
  writeFileSync(join(dir, "a.c"), '#include "h.h"\n#define N 3\nint a[N] = { VAL };\n');

  it("prints line markers like gcc -E, and none with -P", () => {
    const r = logosc(["-E", "-DVAL=7", join(dir, "a.c")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`# 1 "${join(dir, "h.h")}"\nint h;\n`);
    expect(r.stdout).toContain(`# 3 "${join(dir, "a.c")}"\nint a[3] = { 7 };\n`);
    const p = logosc(["-E", "-P", "-DVAL=7", join(dir, "a.c")]);
    expect(p.stdout).toBe("int h;\n\nint a[3] = { 7 };\n");
  });

  it("writes -o, and nothing on errors (exit status 1, file:line:col)", () => {
    const out = join(dir, "a.i");
    expect(logosc(["-E", "-P", join(dir, "a.c"), "-o", out]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("int a[3] = { VAL };");
    writeFileSync(join(dir, "bad.c"), "x\n#error no way\n");
    const bad = join(dir, "bad.i");
    const r = logosc(["-E", join(dir, "bad.c"), "-o", bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "bad.c")}:2:2: error: #error no way`);
    expect(existsSync(bad)).toBe(false);
  });
});
