// What every run of the tools pays before it starts working.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

describe("the tools' modules", () => {
  // A source with one character outside Latin-1 (an arrow or a dash in a comment) is a two-byte
  // string in V8. Node converts each module's source to UTF-8 to look it up in its compile cache,
  // and converting a two-byte string is many times slower; V8 also scans it more slowly when it
  // compiles a function at its first call. With the compiler's modules Latin-1, `logosc -c` of a
  // one-line file went from 525 to 435 million instructions (callgrind, three runs each).
  // Comments say `->` and `--`; a string that needs such a character spells it `\u2192`.
  it("are Latin-1, so that Node reads and compiles them as one-byte strings", () => {
    const files = execFileSync(
      "git",
      ["ls-files", "compiler", "x86", "emulator", "bin", "stdlib"],
      {
        cwd: root,
        encoding: "utf8",
      },
    )
      .split("\n")
      .filter((f) => /\.(ts|js)$/.test(f))
      // The code page 437 glyphs the VGA text screen is drawn with; only `logos` loads it.
      .filter((f) => f !== "emulator/devices/vga.ts");
    expect(files.length).toBeGreaterThan(100);
    const wide: string[] = [];
    for (const f of files) {
      const lines = readFileSync(join(root, f), "utf8").split("\n");
      lines.forEach((line, k) => {
        const at = line.search(/[^\u0000-\u00ff]/);
        if (at >= 0) wide.push(`${f}:${k + 1}:${at + 1}: ${line.trim()}`);
      });
    }
    expect(wide).toEqual([]);
  });
});
