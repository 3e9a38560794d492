// Helpers for the back end's tests: IR text to an object (and its -S text) in a scratch folder,
// built with the reference tools around it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import { generate } from "../../compiler/backend/emit.ts";
import { parseModule } from "../../compiler/ir/text.ts";
import { verifyModule } from "../../compiler/ir/verify.ts";
import { optimizeModule } from "../../compiler/ir/opt.ts";
import { writeElf32Relocatable } from "../../compiler/obj/elf32.ts";
import type { Module } from "../../compiler/ir/ir.ts";

export const scratch = mkdtempSync(join(tmpdir(), "logos-backend-"));

/** Parses and verifies IR text; throws with the diagnostics when it is not valid. */
export function parseIr(text: string, name = "t.ir"): Module {
  const sink = new DiagnosticSink();
  const m = parseModule(new SourceFile(name, text), sink);
  if (!m) throw new Error(sink.format());
  const errors = verifyModule(m);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return m;
}

/** Compiles an IR file to `<scratch>/<name>.o` and `<name>.asm`; returns both paths. */
export function compileIr(
  path: string,
  name: string,
  optimize = false,
): { object: string; assembly: string } {
  const m = parseIr(readFileSync(path, "utf8"), path);
  if (optimize) {
    optimizeModule(m);
    const errors = verifyModule(m);
    if (errors.length > 0) throw new Error(`after -O1:\n${errors.join("\n")}`);
  }
  const r = generate(m, { fileName: name + ".ir", assembly: true });
  const object = join(scratch, name + ".o");
  const assembly = join(scratch, name + ".asm");
  writeFileSync(object, writeElf32Relocatable(r.object));
  writeFileSync(assembly, r.assembly!);
  return { object, assembly };
}

/** Runs a tool; throws with its stderr when it fails. */
export function tool(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
  return r.stdout;
}
