// logosc on C sources end to end: -c, -S (whose text nasm assembles to the same bytes as the
// object), --emit-ir (which parses back), a full link with stdlib, and errors that leave no output.
import { spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import { parseModule, printModule } from "../../compiler/ir/text.ts";
import { verifyModule } from "../../compiler/ir/verify.ts";
import { readElf32 } from "../../compiler/obj/elf32.ts";
import { buildStdlib } from "../../stdlib/build.ts";
import { oracle } from "../oracle.ts";

const root = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "logos-cc-"));

function logosc(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin/logosc.js"), ...args], { cwd: dir, encoding: "utf8" }); // prettier-ignore
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const program = `
struct pair { int a, b; };
static int table[] = {3, 1, 4, 1, 5, 9, 2, 6};
int printf(const char *, ...);
static int sum(const int *v, int n) { int s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }
static struct pair swap(struct pair p) { struct pair q = {p.b, p.a}; return q; }
int main(void) {
  struct pair p = swap((struct pair){1, 2});
  switch (sum(table, 8)) { case 31: printf("sum ok %d %d\\n", p.a, p.b); break; default: return 1; }
  return 0;
}
`;
writeFileSync(join(dir, "prog.c"), program);

describe("logosc on C", () => {
  it("-c writes an object, --emit-ir IR that parses back and verifies", () => {
    expect(logosc(["-c", "prog.c"]).status).toBe(0);
    expect(readElf32(new Uint8Array(readFileSync(join(dir, "prog.o"))), "prog.o").sections.map((s) => s.name)).toContain(".text"); // prettier-ignore
    const r = logosc(["--emit-ir", "prog.c", "-o", "-"]);
    expect(r.status).toBe(0);
    const sink = new DiagnosticSink();
    const m = parseModule(new SourceFile("prog.ir", r.stdout), sink);
    expect(sink.format()).toBe("");
    expect(verifyModule(m!)).toEqual([]);
    expect(printModule(m!)).toBe(r.stdout);
  });

  it.runIf(oracle("nasm"))("-S text assembles with nasm to the object's bytes", () => {
    for (const o of ["-O0", "-O1"]) {
      expect(logosc(["-S", o, "prog.c", "-o", "prog.s"]).status).toBe(0);
      expect(logosc(["-c", o, "prog.c", "-o", "prog.o"]).status).toBe(0);
      const r = spawnSync("nasm", ["-f", "elf32", "prog.s", "-o", "prog.nasm.o"], { cwd: dir, encoding: "utf8" }); // prettier-ignore
      expect(r.stderr).toBe("");
      const ours = readElf32(new Uint8Array(readFileSync(join(dir, "prog.o"))), "prog.o");
      const theirs = readElf32(new Uint8Array(readFileSync(join(dir, "prog.nasm.o"))), "prog.nasm.o"); // prettier-ignore
      const text = (f: typeof ours) => Buffer.from(f.sections.find((s) => s.name === ".text")!.data).toString("hex"); // prettier-ignore
      expect(text(ours)).toBe(text(theirs));
    }
  });

  it.runIf(oracle("gcc -m32"))("links with stdlib into a program that runs natively", () => {
    const lib = buildStdlib(join(dir, "lib"));
    const r = logosc(["prog.c", lib.crt0, lib.archive, "-nostdlib", "-o", "prog"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const run = spawnSync(join(dir, "prog"), [], { encoding: "utf8" });
    expect(run.stdout).toBe("sum ok 2 1\n");
    expect(run.status).toBe(0);
  });

  it("an error in the source: a diagnostic, exit 1, no output written", () => {
    writeFileSync(join(dir, "bad.c"), "int main(void) {\n  return undefined_thing;\n}\n");
    const r = logosc(["-c", "bad.c"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bad.c:2:10: error: 'undefined_thing' undeclared");
    expect(existsSync(join(dir, "bad.o"))).toBe(false);
  });

  it("-o a pipe (or /dev/null) writes into it rather than renaming a file over it", async () => {
    expect(logosc(["-c", "prog.c", "-o", "file.o"]).status).toBe(0);
    const pipe = join(dir, "pipe");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    // The reader runs beside logosc, which blocks opening the pipe until it is there.
    const out = openSync(join(dir, "piped.o"), "w");
    const reader = spawn("cat", [pipe], { stdio: ["ignore", out, "inherit"] });
    const done = new Promise((ok) => reader.on("exit", ok));
    expect((await spawnAsync(["-c", "prog.c", "-o", "pipe"])).status).toBe(0);
    const still = statSync(pipe).isFIFO();
    if (!still) reader.kill(); // (it would wait for a writer for ever)
    expect(still).toBe(true);
    expect(await done).toBe(0);
    closeSync(out);
    expect(readFileSync(join(dir, "piped.o"))).toEqual(readFileSync(join(dir, "file.o")));
  });
});

/** logosc run without blocking this process (which the other end of a pipe may be in). */
function spawnAsync(args: string[]): Promise<{ status: number | null }> {
  const child = spawn(process.execPath, [join(root, "bin/logosc.js"), ...args], { cwd: dir, stdio: "inherit" }); // prettier-ignore
  return new Promise((ok) => child.on("exit", (status) => ok({ status })));
}
