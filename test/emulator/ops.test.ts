// The executor's switches write op numbers as literals (V8 builds jump tables only from literal
// case labels) with the op's name in a comment; this checks every such pair against ops.ts: in
// execute.ts the op itself, in cpu.ts's hot loop its dense number (HOT).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as O from "../../emulator/cpu/ops.ts";
import { root } from "./helpers.ts";

describe("op numbers in the executor", () => {
  for (const file of ["emulator/cpu/cpu.ts", "emulator/cpu/execute.ts"]) {
    it(`${file}: every "case N: // NAME" names op N`, () => {
      const text = readFileSync(join(root, file), "utf8");
      const pairs = [
        ...text.matchAll(/case (0x[0-9a-f]+|\d+):(?: \{)?\s*(?:\/\/|\/\*) ?([A-Z][A-Z0-9_]+)/g),
      ];
      expect(pairs.length).toBeGreaterThan(20);
      const table = O as unknown as Record<string, number>;
      for (const [, num, name] of pairs) {
        const want = file.endsWith("cpu.ts") ? O.HOT[Number(num) - 1] : Number(num);
        expect(table[name], `${name} in ${file}`).toBe(want);
      }
    });
  }
});
