// Helpers for the linker's tests: building inputs with the reference tools (gcc -m32, nasm, ar),
// linking with GNU ld and with logosc, and reading results back with readelf.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

/** A scratch folder with helpers that build files in it. */
export class Scratch {
  readonly dir = mkdtempSync(join(tmpdir(), "logos-link-"));

  path(name: string): string {
    return join(this.dir, name);
  }

  write(name: string, text: string): string {
    writeFileSync(this.path(name), text);
    return this.path(name);
  }

  /** Runs a tool in the folder; throws with its stderr when it fails. */
  tool(cmd: string, args: string[]): string {
    const r = spawnSync(cmd, args, { cwd: this.dir, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
    return r.stdout;
  }

  /** `gcc -m32 -c -fno-pic` a C source into NAME.o (with unwind tables only if `unwind`). */
  cc(name: string, source: string, flags: string[] = [], unwind = false): string {
    const c = this.write(name + ".c", source);
    this.tool("gcc", [
      "-m32",
      "-c",
      "-fno-pic",
      "-O1",
      "-ffreestanding",
      unwind ? "-fasynchronous-unwind-tables" : "-fno-asynchronous-unwind-tables",
      "-fno-stack-protector",
      ...flags,
      c,
      "-o",
      this.path(name + ".o"),
    ]);
    return this.path(name + ".o");
  }

  /** `nasm -f elf32` a source into NAME.o. */
  nasm(name: string, source: string): string {
    const s = this.write(name + ".asm", source);
    this.tool("nasm", ["-f", "elf32", s, "-o", this.path(name + ".o")]);
    return this.path(name + ".o");
  }

  /** GNU ld -m elf_i386 with the given arguments. */
  ld(args: string[]): SpawnSyncReturns<string> {
    return spawnSync("ld", ["-m", "elf_i386", ...args], { cwd: this.dir, encoding: "utf8" });
  }

  /** logosc with the given arguments. */
  logosc(args: string[]): SpawnSyncReturns<string> {
    return spawnSync(process.execPath, [join(root, "bin/logosc.js"), ...args], {
      cwd: this.dir,
      encoding: "utf8",
    });
  }

  run(exe: string): { stdout: string; status: number | null } {
    const r = spawnSync(exe, [], { encoding: "utf8" });
    return { stdout: r.stdout, status: r.status };
  }
}

export interface SymbolRow {
  value: number;
  type: string;
  bind: string;
  ndx: string;
}

/** The defined symbols of an ELF file (not FILE or SECTION), by name, as readelf prints them. */
export function readSymbols(file: string): Map<string, SymbolRow> {
  const r = spawnSync("readelf", ["-sW", file], { encoding: "utf8" });
  if (r.status !== 0 || r.stderr !== "") throw new Error(`readelf -s ${file}: ${r.stderr}`);
  const map = new Map<string, SymbolRow>();
  for (const line of r.stdout.split("\n")) {
    const m = /^\s*\d+:\s+([0-9a-f]+)\s+\d+\s+(\w+)\s+(\w+)\s+\w+\s+(\w+)\s+(\S+)$/.exec(line);
    if (!m || m[2] === "FILE" || m[2] === "SECTION" || m[4] === "UND") continue;
    map.set(m[5], { value: Number.parseInt(m[1], 16), type: m[2], bind: m[3], ndx: m[4] });
  }
  return map;
}

/** Allocated sections of an ELF file: name → address, size (and nothing else, on purpose). */
export function readSections(file: string): Map<string, { addr: number; size: number }> {
  const r = spawnSync("readelf", ["-SW", file], { encoding: "utf8" });
  if (r.status !== 0 || r.stderr !== "") throw new Error(`readelf -S ${file}: ${r.stderr}`);
  const map = new Map<string, { addr: number; size: number }>();
  for (const line of r.stdout.split("\n")) {
    const m =
      /^\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]{8})\s+[0-9a-f]+\s+([0-9a-f]+)\s+\S+\s+(\S*A\S*)\s/.exec(
        line,
      );
    if (m) map.set(m[1], { addr: Number.parseInt(m[2], 16), size: Number.parseInt(m[3], 16) });
  }
  return map;
}

/** readelf -h -l -S -s: the output and whatever it warned about on stderr. */
export function readelfAll(file: string): {
  stdout: string;
  stderr: string;
  status: number | null;
} {
  const r = spawnSync("readelf", ["-h", "-l", "-S", "-s", "-W", file], { encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Load segments as readelf prints them: vaddr, paddr, memsz, flags. */
export function readSegments(
  file: string,
): { vaddr: number; paddr: number; memsz: number; flags: string }[] {
  const r = spawnSync("readelf", ["-lW", file], { encoding: "utf8" });
  const out: { vaddr: number; paddr: number; memsz: number; flags: string }[] = [];
  for (const line of r.stdout.split("\n")) {
    const m =
      /^\s*LOAD\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+(.+?)\s+0x/.exec(
        line,
      );
    if (m)
      out.push({
        vaddr: Number.parseInt(m[1], 16),
        paddr: Number.parseInt(m[2], 16),
        memsz: Number.parseInt(m[3], 16),
        flags: m[4].replace(/\s/g, ""),
      });
  }
  return out;
}
