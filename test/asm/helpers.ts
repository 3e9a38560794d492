// Helpers for the assembler's tests: assemble in-process (text or file) and with nasm, and read
// objects back with readelf/objdump in a form that can be compared across the two assemblers.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import { assemble, type OutputFormat } from "../../compiler/asm/assemble.ts";
import { writeBin } from "../../compiler/asm/output-bin.ts";
import { writeElf } from "../../compiler/asm/output-elf.ts";
import { listing } from "../../compiler/asm/listing.ts";

export const programs = join(import.meta.dirname, "programs");

export interface Ours {
  bytes: Uint8Array | undefined;
  listing?: string;
  messages: string;
  sink: DiagnosticSink;
}

/** Assembles source text with logosc's assembler, in this process. */
export function ours(
  name: string,
  text: string,
  format: OutputFormat = "bin",
  includeDirs: string[] = [],
  withListing = false,
): Ours {
  const sink = new DiagnosticSink();
  const asm = assemble(
    new SourceFile(name, text),
    { format, includeDirs, defines: [], listing: withListing },
    sink,
  );
  let bytes: Uint8Array | undefined;
  if (!sink.hasErrors) bytes = format === "bin" ? writeBin(asm, sink) : writeElf(asm, sink);
  const ok = !sink.hasErrors;
  return {
    bytes: ok ? bytes : undefined,
    listing: ok && withListing ? listing(asm) : undefined,
    messages: sink.format(),
    sink,
  };
}

export function oursFile(path: string, format: OutputFormat = "bin"): Ours {
  return ours(path, readFileSync(path, "utf8"), format, [programs]);
}

/** A scratch folder that is removed by `done`. */
export class Scratch {
  readonly dir = mkdtempSync(join(tmpdir(), "logos-asm-"));
  path(name: string): string {
    return join(this.dir, name);
  }
  write(name: string, data: string | Uint8Array): string {
    writeFileSync(this.path(name), data);
    return this.path(name);
  }
  done(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: string[], cwd?: string): ToolRun {
  const r = spawnSync(cmd, args, { encoding: "utf8", cwd });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** nasm's output for a file, or its messages when it fails. */
export function nasm(
  src: string,
  format: OutputFormat,
  scratch: Scratch,
  out = "nasm.out",
): { bytes?: Uint8Array; stderr: string } {
  const r = run("nasm", [
    "-f",
    format,
    "-w-all",
    "-I",
    programs + "/",
    "-o",
    scratch.path(out),
    src,
  ]);
  if (r.status !== 0) return { stderr: r.stderr };
  return { bytes: new Uint8Array(readFileSync(scratch.path(out))), stderr: r.stderr };
}

/**
 * What must agree between two objects, from binutils' view of them: section headers (name, type,
 * flags, size, alignment — not file offsets, which are the writer's choice), section contents
 * (`objdump -s`), symbols as a sorted set (name, value, type, binding, section name; not their
 * numbering), relocations as a sorted set per section (offset, type, symbol name), and the
 * disassembly with relocations (`objdump -d -r`).
 */
export function objectView(path: string): string {
  const sections = run("readelf", ["-W", "-S", path])
    .stdout.split("\n")
    .map((l) => /^\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+\S+\s+\S+\s+(\S+)\s+\S+\s+(.*)$/.exec(l))
    .filter((m) => m !== null)
    .map((m) => {
      // flags, link, info, align: link/info are section numbers, so only flags and align stay.
      const rest = m[4].trim().split(/\s+/);
      const align = rest[rest.length - 1];
      const flags = rest.length === 4 ? rest[0] : "";
      return `${m[1]} ${m[2]} size=${m[3]} flags=${flags.replace("I", "")} align=${align}`;
    })
    .filter((l) => !/^\.(symtab|strtab|shstrtab)|^\.rel/.test(l))
    .sort();
  const names = new Map<string, string>();
  run("readelf", ["-W", "-S", path])
    .stdout.split("\n")
    .forEach((l) => {
      const m = /^\s*\[\s*(\d+)\]\s+(\S+)/.exec(l);
      if (m) names.set(m[1], m[2]);
    });
  const symbols = run("readelf", ["-W", "-s", path])
    .stdout.split("\n")
    .map((l) => /^\s*\d+:\s+(\S+)\s+(\d+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*(.*)$/.exec(l))
    .filter((m) => m !== null)
    .map((m) => {
      const sec = names.get(m[6]) ?? m[6];
      const name = m[3] === "SECTION" ? sec : m[7];
      return `${name} ${m[1]} ${m[3]} ${m[4]} ${sec}`;
    })
    .sort();
  const relocs: string[] = [];
  let current = "";
  for (const l of run("readelf", ["-W", "-r", path]).stdout.split("\n")) {
    const h = /^Relocation section '(\S+)'/.exec(l);
    if (h) current = h[1];
    const m = /^([0-9a-f]{8})\s+[0-9a-f]{8}\s+(\S+)\s+[0-9a-f]*\s*(\S*)/.exec(l);
    if (m) relocs.push(`${current} ${m[1]} ${m[2]} ${m[3]}`);
  }
  relocs.sort();
  const dump = (args: string[]) =>
    run("objdump", [...args, path])
      .stdout.split("\n")
      .filter((l) => !l.includes("file format"))
      .join("\n");
  return [
    "sections:",
    ...sections,
    "symbols:",
    ...symbols,
    "relocations:",
    ...relocs,
    "contents:",
    dump(["-s"]),
    "disassembly:",
    dump(["-d", "-r", "-M", "intel"]),
  ].join("\n");
}
