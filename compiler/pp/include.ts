// `#include` search: which file a header name means, in gcc's order.
//
// `"name"` is looked up first in the including file's folder, then like `<name>`: the `-I`
// folders in command-line order, then `stdlib/include` (the C library's headers), then
// `compiler/include` (the freestanding headers that come with the compiler).
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SYSTEM_INCLUDE_DIRS = [
  join(repoRoot, "stdlib/include"),
  join(repoRoot, "compiler/include"),
];

/** The search path for a header, in order (for the "not found" message too). */
export function searchPath(
  quoted: boolean,
  includingFile: string,
  includeDirs: string[],
): string[] {
  const dirs = quoted ? [dirname(includingFile)] : [];
  return [...dirs, ...includeDirs, ...SYSTEM_INCLUDE_DIRS];
}

/** The path of the header, or undefined when no folder of the search path has it. */
export function findInclude(name: string, dirs: string[]): string | undefined {
  if (isAbsolute(name)) return existsSync(name) ? name : undefined;
  for (const d of dirs) {
    const p = join(d, name);
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return undefined;
}
