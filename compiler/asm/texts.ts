// A table from pieces of source text to numbers, without making a string of each piece.
//
// The assembler knows a constant instruction it has encoded before by its text (assemble.ts,
// `encodedText`). Looking every line up by a string sliced out of the file would make a string
// per line and hash it in the map; here a key is a range of a text that is alive anyway (the
// source file's), hashed from its characters and compared character by character on a hit. A
// lookup allocates nothing, and an entry is four numbers.
//
// The table is open addressing with linear probing, in typed arrays laid out so that a lookup
// touches little memory (the table is large, and each line of a file looks itself up once):
// `slots` holds, per slot, a key's hash and its entry's number plus one (0: an empty slot), so
// a probe reads a hash without going to the entry; `entries` holds, per entry, where its key is
// (which text, from where, how long) and its value, side by side. It doubles when half full.
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

/** The numbers an entry has in `entries`, and where each is. */
const ENTRY = 4;
const TEXT = 0;
const START = 1;
const LENGTH = 2;
const VALUE = 3;

export class TextTable {
  /** Per slot: [hash, entry + 1]. */
  private slots = new Int32Array(2 * 1024);
  private entries = new Int32Array(ENTRY * 512);
  private size = 0;
  /** The texts keys are in (most often one: the file's), by their number in `entries`. */
  private texts: string[] = [];

  /**
   * The value of the text from `start` to `end` of `text`, or -1 if it has none; `h`, its hash
   * (`hashOf`), if the caller has it already.
   */
  get(text: string, start: number, end: number, h = hashOf(text, start, end)): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const length = end - start;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = slots[2 * i + 1] - 1;
      if (e < 0) return -1;
      if (slots[2 * i] !== h) continue;
      const at = e * ENTRY;
      const entries = this.entries;
      if (entries[at + LENGTH] !== length) continue;
      if (sameText(this.texts[entries[at + TEXT]], entries[at + START], text, start, length))
        return entries[at + VALUE];
    }
  }

  /** Gives that text a value (`value` >= 0; the text must not have one yet). */
  set(text: string, start: number, end: number, value: number): void {
    if (ENTRY * (this.size + 1) > this.entries.length) {
      const entries = new Int32Array(this.entries.length * 2);
      entries.set(this.entries);
      this.entries = entries;
    }
    if (4 * (this.size + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    let t = this.texts.indexOf(text);
    if (t < 0) t = this.texts.push(text) - 1;
    const e = this.size++;
    const at = e * ENTRY;
    this.entries[at + TEXT] = t;
    this.entries[at + START] = start;
    this.entries[at + LENGTH] = end - start;
    this.entries[at + VALUE] = value;
    this.place(this.slots, hashOf(text, start, end), e);
  }

  /** Puts entry `e`, whose key has hash `h`, in the first free slot from its own on. */
  private place(slots: Int32Array, h: number, e: number): void {
    const mask = (slots.length >> 1) - 1;
    let i = h & mask;
    while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
    slots[2 * i] = h;
    slots[2 * i + 1] = e + 1;
  }

  private rehash(length: number): void {
    const slots = new Int32Array(length);
    const old = this.slots;
    for (let i = 0; i < old.length; i += 2)
      if (old[i + 1] !== 0) this.place(slots, old[i], old[i + 1] - 1);
    this.slots = slots;
  }
}

function sameText(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  for (let i = 0; i < length; i++)
    if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
}
