import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function run(bin: string, args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
}

describe("command-line entry points", () => {
  it("logosc --help lists the options", () => {
    const r = run("bin/logosc.js", ["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("-fsyntax-only");
  });
  it("logos --help lists the commands", () => {
    const r = run("bin/logos.js", ["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/run.*\n[\s\S]*boot/);
  });
  it("logosc -ftime-report prints where the time went", () => {
    const r = run("bin/logosc.js", [
      "-fsyntax-only",
      "-ftime-report",
      "test/parse/valid/statements.c",
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/module load[\s\S]*preprocess[\s\S]*TOTAL/);
  });
  it("logosc -fchecking verifies the IR, which is not done by default", () => {
    const phases = (args: string[]) => {
      const r = run("bin/logosc.js", ["-c", "-ftime-report", "-o", "/dev/null", ...args, "test/parse/valid/statements.c"]); // prettier-ignore
      expect(r.status).toBe(0);
      return r.stderr;
    };
    expect(phases([])).not.toMatch(/^ verify /m);
    expect(phases(["-fchecking"])).toMatch(/^ verify /m);
  });
  it("npm start assembles, links and runs its sample on the Logos CPU", () => {
    const r = run("bin/start.ts", []);
    expect(r.stderr).toMatch(/^instructions=8 /);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Hello from Logos! Assembled and linked by logosc");
    expect(r.stdout).toContain("All good.");
  });
  it("bad usage exits with status 2", () => {
    expect(run("bin/logosc.js", ["--no-such-option"]).status).toBe(2);
    expect(run("bin/logosc.js", []).status).toBe(2);
  });
});
