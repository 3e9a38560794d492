// Runs objdump over a flat binary and returns each instruction's address and text (Intel
// syntax), with the spacing normalised: the disassembler oracle.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ObjdumpLine {
  address: number;
  text: string;
}

/** Collapses runs of blanks to one space and trims, so only spelling is compared. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function objdumpBinary(code: Uint8Array, bits: 16 | 32): ObjdumpLine[] {
  const dir = mkdtempSync(join(tmpdir(), "logos-x86-"));
  try {
    const bin = join(dir, "code.bin");
    writeFileSync(bin, code);
    const machine = bits === 16 ? "i8086" : "i386";
    const r = spawnSync("objdump", ["-D", "-b", "binary", "-m", machine, "-M", "intel", bin], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    const out: ObjdumpLine[] = [];
    for (const l of r.stdout.split("\n")) {
      // "  1a:\t0f 01 10             \tlgdtd  [eax]"; continuation lines have no third field.
      const m = /^\s*([0-9a-f]+):\t[0-9a-f ]+\t(.*)$/.exec(l);
      if (m) out.push({ address: parseInt(m[1], 16), text: normalise(m[2]) });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
