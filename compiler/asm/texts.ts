// A table from pieces of source text to numbers, without making a string of each piece.
//
// The assembler knows a constant instruction it has encoded before by its text (assemble.ts,
// `encodedText`). Looking every line up by a string sliced out of the file would make a string
// per line and hash it in the map; here a key is a range of a text that is alive anyway (the
// source file's), hashed from its characters and compared character by character on a hit. A
// lookup allocates nothing, and an entry is a few numbers and a reference to the text it is in.
//
// The table is open hashing in typed arrays: `heads[hash & mask]` is the first entry of a chain,
// `next[entry]` the one after it (-1 ends a chain), and entry i's key is `texts[i]` from
// `starts[i]` to `ends[i]`. It doubles when it is half full.
//
// Hot path: every line of a file without macros is looked up here once.

/** A key's hash: FNV-1a over its character codes, from `HASH_START` on (see `hashStep`). */
export function hashOf(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

export const HASH_START = 0x811c9dc5;

/** The hash of a text one character longer: a scanner can hash a line as it reads it. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

export class TextTable {
  private heads = new Int32Array(1024).fill(-1);
  private next = new Int32Array(512);
  private hashes = new Int32Array(512);
  private starts = new Int32Array(512);
  private ends = new Int32Array(512);
  private values = new Int32Array(512);
  private texts: string[] = [];
  private size = 0;

  /**
   * The value of the text from `start` to `end` of `text`, or -1 if it has none; `h`, its hash
   * (`hashOf`), if the caller has it already.
   */
  get(text: string, start: number, end: number, h = hashOf(text, start, end)): number {
    const length = end - start;
    for (let e = this.heads[h & (this.heads.length - 1)]; e >= 0; e = this.next[e]) {
      if (this.hashes[e] !== h || this.ends[e] - this.starts[e] !== length) continue;
      if (sameText(this.texts[e], this.starts[e], text, start, length)) return this.values[e];
    }
    return -1;
  }

  /** Gives that text a value (`value` ≥ 0; the text must not have one yet). */
  set(text: string, start: number, end: number, value: number): void {
    if (this.size === this.next.length) this.growEntries();
    if (2 * this.size >= this.heads.length) this.rehash(this.heads.length * 2);
    const e = this.size++;
    const h = hashOf(text, start, end);
    const slot = h & (this.heads.length - 1);
    this.hashes[e] = h;
    this.starts[e] = start;
    this.ends[e] = end;
    this.values[e] = value;
    this.texts[e] = text;
    this.next[e] = this.heads[slot];
    this.heads[slot] = e;
  }

  private growEntries(): void {
    const n = this.next.length * 2;
    const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.next = grow(this.next);
    this.hashes = grow(this.hashes);
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
    this.values = grow(this.values);
  }

  private rehash(capacity: number): void {
    const heads = new Int32Array(capacity).fill(-1);
    for (let e = 0; e < this.size; e++) {
      const slot = this.hashes[e] & (capacity - 1);
      this.next[e] = heads[slot];
      heads[slot] = e;
    }
    this.heads = heads;
  }
}

function sameText(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  for (let i = 0; i < length; i++)
    if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
}
