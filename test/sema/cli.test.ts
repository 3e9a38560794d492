// `logosc -fsyntax-only` end to end: exit statuses, and the -W options read as gcc reads them
// (-Wall's warnings off by default, -Wall, -Wno-NAME, -Werror).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const logosc = (args: string[]) =>
  spawnSync(process.execPath, ["bin/logosc.js", ...args], { encoding: "utf8" });

describe("logosc -fsyntax-only", () => {
  const dir = mkdtempSync(join(tmpdir(), "logos-cli-check-"));
  const warn = join(dir, "warn.c");
  writeFileSync(warn, "int f(int *p, char *q) {\n  int unused;\n  return p == q;\n}\n");
  const bad = join(dir, "bad.c");
  writeFileSync(bad, "int f(void) { return missing; }\nint g(void) { return f(1); }\n");

  it("gives gcc's default warnings without -Wall, and -Wall's with it", () => {
    const plain = logosc(["-fsyntax-only", warn]);
    expect(plain.status).toBe(0);
    expect(plain.stderr).toContain("3:12: warning: comparison of distinct pointer types");
    expect(plain.stderr).not.toContain("unused variable");
    const all = logosc(["-fsyntax-only", "-Wall", warn]);
    expect(all.status).toBe(0);
    expect(all.stderr).toContain("2:7: warning: unused variable 'unused' [-Wunused-variable]");
  });

  it("-Wno-NAME silences one warning; -Werror makes warnings errors (exit status 1)", () => {
    const quiet = logosc(["-fsyntax-only", "-Wall", "-Wno-unused-variable", warn]);
    expect(quiet.stderr).not.toContain("unused variable");
    const strict = logosc(["-fsyntax-only", "-Wall", "-Werror", warn]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain("2:7: error: unused variable 'unused' [-Wunused-variable]");
  });

  it("reports several type errors, each with its place, and exits with status 1", () => {
    const r = logosc(["-fsyntax-only", bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${bad}:1:22: error: 'missing' undeclared (first use in this function)`,
    );
    expect(r.stderr).toContain(`${bad}:2:22: error: too many arguments to function 'f'`);
    expect(r.stderr).not.toContain("internal compiler error");
  });
});
