// A reducer for the fuzzer's disagreements: deletes what it can of a program while the program
// stays interesting (still UB-free and still miscompiled — the caller's predicate decides).
//
// It works on lines, as the generator writes them (gen.ts: a statement a line, a block opened at
// the end of its line and closed on a line of its own): each pass tries, top to bottom, to delete
// a whole balanced block (with its `else` block), then to unwrap it (keep its body, drop its
// head and closing line), then to delete single lines; it repeats until a pass deletes nothing.
// Most candidates do not compile (a declaration gone, a brace unbalanced) and fail fast.

/** Lines `[i, end]` of the block opened at the end of line i (with a following `else {` block). */
function blockEnd(lines: string[], i: number): number | undefined {
  if (!lines[i].trimEnd().endsWith("{")) return undefined;
  let depth = 0;
  for (let j = i; j < lines.length; j++) {
    for (const ch of lines[j]) {
      if (ch === "{") depth++;
      else if (ch === "}") depth--;
    }
    if (depth === 0) {
      if (j + 1 < lines.length && lines[j + 1].trimStart().startsWith("else {")) {
        const e = blockEnd(lines, j + 1);
        if (e !== undefined) return e;
      }
      return j;
    }
  }
  return undefined;
}

/** The smallest program found (lines deleted) for which `interesting` still holds. */
export function reduce(
  text: string,
  interesting: (text: string) => boolean,
  log: (msg: string) => void = () => {},
): string {
  let lines = text.split("\n");
  const attempt = (candidate: string[]): boolean => {
    if (!interesting(candidate.join("\n"))) return false;
    lines = candidate;
    return true;
  };
  for (let progress = true; progress;) {
    progress = false;
    for (let i = 0; i < lines.length; i++) {
      const end = blockEnd(lines, i);
      if (end !== undefined) {
        if (attempt([...lines.slice(0, i), ...lines.slice(end + 1)])) {
          progress = true;
          i--;
          continue;
        }
        // Unwrap: the body without its head and closing line (an if's condition, a loop).
        const body = lines.slice(i + 1, end).filter((l) => !l.trimStart().startsWith("} else"));
        if (attempt([...lines.slice(0, i), ...body, ...lines.slice(end + 1)])) {
          progress = true;
          i--;
          continue;
        }
      }
      // A return stays: without it the function's value would be undefined, which the
      // sanitizer cannot see.
      if (lines[i].trimStart().startsWith("return")) continue;
      if (attempt([...lines.slice(0, i), ...lines.slice(i + 1)])) {
        progress = true;
        i--;
      }
    }
    log(`reduced to ${lines.length} lines`);
  }
  return lines.join("\n");
}
