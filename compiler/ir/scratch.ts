// Scratch arrays: typed arrays kept from one call to the next.
//
// V8 gives every new typed array of more than a few elements a buffer of its own outside the
// heap, which costs about a microsecond to make and more to collect -- more than a pass spends on
// a small function, and the passes run on every function of a unit, several times each. So a pass
// that needs per-function arrays (bit sets, counts, block numbers) takes them from `Scratch`es of
// its own, made once when its module loads: `s.u32(n)` is an array whose first n elements are
// zero. It is valid until the next call on `s`, it may be longer than n, and nothing may keep it.
/**
 * Up to this many elements, a loop clears an array faster than `fill()`, a call into the runtime
 * of some 60 ns whatever the length (most functions' arrays are short).
 */
const SHORT = 64;

export class Scratch {
  private buffer = new ArrayBuffer(256);
  /** The buffer's size, kept in a field: `byteLength` is a getter, a call the passes' many
   * requests for arrays paid each time (~1% of the -O1 passes' instructions). */
  private bytes = 256;
  private u32s = new Uint32Array(this.buffer);
  private i32s = new Int32Array(this.buffer);
  private f64s = new Float64Array(this.buffer);

  /** Room for `bytes` bytes and more (the views then see a new, zeroed buffer). */
  private grow(bytes: number): void {
    // (A multiple of 8 bytes, for the doubles' view.)
    this.bytes = Math.max((bytes + 7) & ~7, 2 * this.bytes);
    this.buffer = new ArrayBuffer(this.bytes);
    this.u32s = new Uint32Array(this.buffer);
    this.i32s = new Int32Array(this.buffer);
    this.f64s = new Float64Array(this.buffer);
  }

  /**
   * `n` signed 32-bit elements as the last user left them (not zeroed): for a caller that fills
   * them, or whose elements count only when they equal a stamp of `Stamps` (zero never does) or
   * when such a stamp says so.
   */
  i32Kept(n: number): Int32Array {
    if (4 * n > this.bytes) this.grow(4 * n);
    return this.i32s;
  }

  /** `n` unsigned 32-bit elements as the last user left them: for a caller that fills them. */
  u32Kept(n: number): Uint32Array {
    if (4 * n > this.bytes) this.grow(4 * n);
    return this.u32s;
  }

  /** Zeros the whole buffer. */
  clear(): void {
    this.u32s.fill(0);
  }

  /** `n` unsigned 32-bit zeros (bit sets). */
  u32(n: number): Uint32Array {
    if (4 * n > this.bytes) this.grow(4 * n);
    const a = this.u32s;
    if (n > SHORT) return a.fill(0, 0, n);
    for (let k = 0; k < n; k++) a[k] = 0;
    return a;
  }

  /** `n` signed 32-bit zeros. */
  i32(n: number): Int32Array {
    if (4 * n > this.bytes) this.grow(4 * n);
    const a = this.i32s;
    if (n > SHORT) return a.fill(0, 0, n);
    for (let k = 0; k < n; k++) a[k] = 0;
    return a;
  }

  /** `n` zeros as doubles. */
  f64(n: number): Float64Array {
    if (8 * n > this.bytes) this.grow(8 * n);
    return this.f64s.fill(0, 0, n);
  }
}

/**
 * Numbers for the blocks (or walks) of the passes' calls, that only grow from call to call, and
 * the arrays (`i32Kept`) that hold them by temporary: an element left by an earlier call is a
 * smaller number, never one of this call's, so the arrays need no zeroing per call -- a pass that
 * emptied its per-block tables by a stamp per block zeroed them per call instead, 2 to 7 arrays
 * as long as the function's temporaries, each round. Before the numbers reach 2^31, the arrays
 * are zeroed and they start again from 1.
 */
export class Stamps {
  private last = 0;
  private readonly arrays: Scratch[];

  constructor(...arrays: Scratch[]) {
    this.arrays = arrays;
  }

  /** `count` new numbers: the one returned and the `count - 1` after it. */
  take(count: number): number {
    if (this.last + count >= 0x7fffffff) {
      for (let k = 0; k < this.arrays.length; k++) this.arrays[k].clear();
      this.last = 0;
    }
    const first = this.last + 1;
    this.last += count;
    return first;
  }
}
