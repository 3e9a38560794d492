// Runs nasm once over many lines of assembly and returns, per line, its address and bytes (from
// nasm's listing file), so a whole generated corpus costs a single nasm process.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface NasmLine {
  address: number;
  bytes: number[];
}

export interface NasmRun {
  /** Indexed like the input lines; undefined where nasm produced no bytes. */
  lines: (NasmLine | undefined)[];
  /** nasm's stderr (warnings and errors), and the flat binary. */
  messages: string;
  binary: Uint8Array;
  status: number | null;
}

/** Assembles `lines` after `bits N`; with `warnings`, nasm's warnings are kept in `messages`. */
export function nasmLines(lines: string[], bits: 16 | 32, warnings = false): NasmRun {
  const dir = mkdtempSync(join(tmpdir(), "logos-x86-"));
  try {
    const src = join(dir, "corpus.asm");
    // Line 1 is `bits`; input line i is source line i + 2.
    writeFileSync(src, `bits ${bits}\n${lines.join("\n")}\n`);
    const r = spawnSync(
      "nasm",
      [
        "-f",
        "bin",
        warnings ? "-w+all" : "-w-all",
        "-o",
        join(dir, "out.bin"),
        "-l",
        join(dir, "out.lst"),
        src,
      ],
      {
        encoding: "utf8",
      },
    );
    const out: (NasmLine | undefined)[] = new Array(lines.length).fill(undefined);
    let binary = new Uint8Array();
    if (r.status === 0) {
      binary = new Uint8Array(readFileSync(join(dir, "out.bin")));
      for (const l of readFileSync(join(dir, "out.lst"), "utf8").split("\n")) {
        // Fields nasm resolves late are bracketed, `E9(10000000)` or `A1[34120000]`: only
        // their length is taken from the listing, the bytes from the binary.
        const m = /^\s*(\d+) ([0-9A-F]{8}) ([0-9A-F()[\]]+)-?/.exec(l);
        if (!m) continue;
        const i = Number(m[1]) - 2;
        const count = m[3].replace(/[^0-9A-F]/g, "").length / 2;
        const cur = out[i];
        if (cur) cur.bytes.length += count;
        else out[i] = { address: parseInt(m[2], 16), bytes: new Array<number>(count) };
      }
      for (const line of out) {
        if (line)
          for (let k = 0; k < line.bytes.length; k++) line.bytes[k] = binary[line.address + k];
      }
    }
    return { lines: out, messages: r.stderr, binary, status: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
