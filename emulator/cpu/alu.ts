// The arithmetic of the integer instructions, for every operand size: the eight ALU operations,
// shifts and rotates, multiply and divide, and decimal adjust. Each takes operand values and
// returns the result, setting the flags on the CPU (lazily where it can, see flags.ts). Sizes are
// size codes: 0 = byte, 1 = word, 2 = dword. The hot loop in cpu.ts inlines the 32-bit forms of the
// common operations; these are the general versions.
import {
  AF,
  ARITH,
  CF,
  getAF,
  getCF,
  L_ADC,
  L_ADD,
  L_DEC,
  L_INC,
  L_LOGIC,
  L_RESULT,
  L_SBB,
  L_SUB,
  OF,
  PF,
  SF,
  ZF,
  materialize,
  setSome,
  type LazyFlags,
} from "./flags.ts";
import { Fault } from "./mmu.ts";

export const MASKS = [0xff, 0xffff, -1];
export const BITS = [8, 16, 32];

function lazy(c: LazyFlags, op: number, d: number, s: number, r: number): void {
  c.lazyOp = op;
  c.lazyDst = d;
  c.lazySrc = s;
  c.lazyRes = r;
  c.lazyMask = ARITH;
}

/** ADD OR ADC SBB AND SUB XOR CMP TEST MOV (binop kinds 0-9) of d and s at size code sc. */
export function alu(c: LazyFlags, kind: number, sc: number, d: number, s: number): number {
  const m = MASKS[sc];
  s &= m;
  let r: number;
  switch (kind) {
    case 0:
      r = (d + s) | 0;
      lazy(c, L_ADD | sc, d, s, r);
      return r & m;
    case 1:
      r = d | s;
      lazy(c, L_LOGIC | sc, d, s, r);
      return r;
    case 2: {
      const cin = getCF(c) ? 1 : 0;
      r = (d + s + cin) | 0;
      lazy(c, (cin ? L_ADC : L_ADD) | sc, d, s, r);
      return r & m;
    }
    case 3: {
      const cin = getCF(c) ? 1 : 0;
      r = (d - s - cin) | 0;
      lazy(c, (cin ? L_SBB : L_SUB) | sc, d, s, r);
      return r & m;
    }
    case 4:
    case 8:
      r = d & s;
      lazy(c, L_LOGIC | sc, d, s, r);
      return r;
    case 5:
    case 7:
      r = (d - s) | 0;
      lazy(c, L_SUB | sc, d, s, r);
      return r & m;
    case 6:
      r = d ^ s;
      lazy(c, L_LOGIC | sc, d, s, r);
      return r;
    default:
      return s;
  }
}

/** INC (kind 6) or DEC (kind 7): like ADD/SUB of 1 but CF is kept. */
export function incdec(c: LazyFlags, dec: boolean, sc: number, d: number): number {
  if ((c.lazyMask & CF) !== 0) c.flags = getCF(c) ? c.flags | CF : c.flags & ~CF;
  const r = (dec ? d - 1 : d + 1) | 0;
  c.lazyOp = (dec ? L_DEC : L_INC) | sc;
  c.lazyDst = d;
  c.lazySrc = 1;
  c.lazyRes = r;
  c.lazyMask = ARITH & ~CF;
  return r & MASKS[sc];
}

export function neg(c: LazyFlags, sc: number, d: number): number {
  const r = -d | 0;
  lazy(c, L_SUB | sc, 0, d, r);
  return r & MASKS[sc];
}

/** Flags from a result for ZF, SF, PF (lazy), with CF and OF given and AF cleared. */
function resultFlags(c: LazyFlags, sc: number, r: number, cf: boolean, of: boolean): void {
  c.flags = (c.flags & ~ARITH) | (cf ? CF : 0) | (of ? OF : 0);
  c.lazyOp = L_RESULT | sc;
  c.lazyRes = r;
  c.lazyMask = PF | ZF | SF;
}

/**
 * Group 2: ROL ROR RCL RCR SHL SHR SAL SAR of d by count (already masked to 5 bits).
 * A count of 0 changes nothing. OF is set as for a count of 1 whatever the count; Intel leaves it
 * undefined for larger counts, as it leaves AF.
 */
export function shift(c: LazyFlags, kind: number, sc: number, d: number, count: number): number {
  if (count === 0) return d;
  const bits = BITS[sc];
  const m = MASKS[sc];
  const sign = 1 << (bits - 1);
  d &= m;
  let r: number;
  let cf: boolean;
  switch (kind) {
    case 0: {
      // ROL
      const n = count & (bits - 1);
      r = n === 0 ? d : ((d << n) | (d >>> (bits - n))) & m;
      cf = (r & 1) !== 0;
      setSome(c, CF | OF, (cf ? CF : 0) | (((r & sign) !== 0) !== cf ? OF : 0));
      return r;
    }
    case 1: {
      // ROR
      const n = count & (bits - 1);
      r = n === 0 ? d : ((d >>> n) | (d << (bits - n))) & m;
      cf = (r & sign) !== 0;
      const of = ((r ^ (r << 1)) & sign) !== 0;
      setSome(c, CF | OF, (cf ? CF : 0) | (of ? OF : 0));
      return r;
    }
    case 2: {
      // RCL: rotate through CF, a (bits + 1)-bit rotation
      const n = bits === 32 ? count : count % (bits + 1);
      let v = d;
      let carry = getCF(c) ? 1 : 0;
      for (let k = 0; k < n; k++) {
        const out = (v & sign) !== 0 ? 1 : 0;
        v = ((v << 1) | carry) & m;
        carry = out;
      }
      r = v;
      cf = carry !== 0;
      setSome(c, CF | OF, (cf ? CF : 0) | (((r & sign) !== 0) !== cf ? OF : 0));
      return r;
    }
    case 3: {
      // RCR
      const n = bits === 32 ? count : count % (bits + 1);
      let v = d;
      let carry = getCF(c) ? 1 : 0;
      for (let k = 0; k < n; k++) {
        const out = v & 1;
        v = ((v >>> 1) | (carry ? sign : 0)) & m;
        carry = out;
      }
      r = v;
      cf = carry !== 0;
      const of = ((r ^ (r << 1)) & sign) !== 0;
      setSome(c, CF | OF, (cf ? CF : 0) | (of ? OF : 0));
      return r;
    }
    case 4:
    case 6: {
      // SHL / SAL
      r = count >= 32 ? 0 : (d << count) & m;
      cf = count <= bits ? ((d << (count - 1)) & sign) !== 0 : false;
      resultFlags(c, sc, r, cf, ((r & sign) !== 0) !== cf);
      return r;
    }
    case 5: {
      // SHR
      r = d >>> count;
      cf = ((d >>> (count - 1)) & 1) !== 0;
      resultFlags(c, sc, r, cf, (d & sign) !== 0);
      return r;
    }
    default: {
      // SAR
      const sd = (d << (32 - bits)) >> (32 - bits);
      r = (sd >> count) & m;
      cf = ((sd >> (count - 1)) & 1) !== 0;
      resultFlags(c, sc, r, cf, false);
      return r;
    }
  }
}

/** SHLD (left) / SHRD: shift d by count (masked to 5 bits), filling from s. Sizes 16 and 32. */
export function shiftDouble(
  c: LazyFlags,
  left: boolean,
  sc: number,
  d: number,
  s: number,
  count: number,
): number {
  count &= 31;
  if (count === 0) return d;
  const bits = BITS[sc];
  const m = MASKS[sc];
  const sign = 1 << (bits - 1);
  d &= m;
  s &= m;
  let r: number;
  let cf: boolean;
  if (bits === 16) {
    // Intel leaves the result undefined for counts above 16; this follows d:s:d as one value.
    if (left) {
      const wide = ((d << 16) | s) >>> 0;
      r = count <= 16 ? (wide << count) >>> 16 : (((s << 16) | d) << (count - 16)) >>> 16;
      cf = ((count <= 16 ? d >> (16 - count) : s >> (32 - count)) & 1) !== 0;
    } else {
      const wide = ((s << 16) | d) >>> 0;
      r = count <= 16 ? wide >>> count : ((d << 16) | s) >>> (count - 16);
      cf = ((count <= 16 ? d >>> (count - 1) : s >>> (count - 17)) & 1) !== 0;
    }
  } else if (left) {
    r = (d << count) | (s >>> (32 - count));
    cf = ((d >>> (32 - count)) & 1) !== 0;
  } else {
    r = (d >>> count) | (s << (32 - count));
    cf = ((d >>> (count - 1)) & 1) !== 0;
  }
  r &= m;
  const of = ((r ^ d) & sign) !== 0;
  resultFlags(c, sc, r, cf, of);
  return r;
}

/** The high 32 bits of the unsigned 64-bit product of a and b. */
export function mulHigh(a: number, b: number): number {
  a >>>= 0;
  b >>>= 0;
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
}

/** The high 32 bits of the signed 64-bit product. */
export function imulHigh(a: number, b: number): number {
  let h = mulHigh(a, b);
  if (a < 0) h = (h - b) | 0;
  if (b < 0) h = (h - a) | 0;
  return h;
}

/** Flags after a multiply: CF = OF = overflow; SF ZF PF from the low result (undefined by Intel). */
export function mulFlags(c: LazyFlags, sc: number, lo: number, overflow: boolean): void {
  resultFlags(c, sc, lo, overflow, overflow);
}

/** Two- and three-operand IMUL at 16 or 32 bits: the truncated product, flags set. */
export function imulTrunc(c: LazyFlags, sc: number, a: number, b: number): number {
  if (sc === 2) {
    const lo = Math.imul(a, b);
    const hi = imulHigh(a, b);
    mulFlags(c, 2, lo, hi !== lo >> 31);
    return lo;
  }
  const p = ((a << 16) >> 16) * ((b << 16) >> 16);
  const lo = p & 0xffff;
  mulFlags(c, 1, lo, p !== (lo << 16) >> 16);
  return lo;
}

export function divideError(): never {
  throw new Fault(0, -1);
}

/** Unsigned 64/32 division: returns [quotient, remainder] or raises #DE. */
export function div64(hi: number, lo: number, d: number): [number, number] {
  const dv = d >>> 0;
  if (dv === 0) divideError();
  const h = hi >>> 0;
  const l = lo >>> 0;
  if (h === 0) return [Math.floor(l / dv) | 0, (l % dv) | 0];
  if (h >= dv) divideError();
  const n = (BigInt(h) << 32n) | BigInt(l);
  const q = n / BigInt(dv);
  return [Number(q) | 0, Number(n % BigInt(dv)) | 0];
}

/** Signed 64/32 division (truncating): [quotient, remainder] or #DE. */
export function idiv64(hi: number, lo: number, d: number): [number, number] {
  if (d === 0) divideError();
  if (hi === lo >> 31) {
    // The dividend fits in 32 bits: plain double arithmetic is exact.
    if (lo === -0x80000000 && d === -1) divideError();
    const q = Math.trunc(lo / d);
    return [q | 0, lo - q * d];
  }
  const n = (BigInt(hi) << 32n) | BigInt(lo >>> 0);
  const q = n / BigInt(d);
  if (q > 0x7fffffffn || q < -0x80000000n) divideError();
  return [Number(q) | 0, Number(n - q * BigInt(d)) | 0];
}

// ---- decimal adjust (flags per the Intel pseudo-code; AF/CF where defined) ----

export function daa(c: LazyFlags, al: number): number {
  const oldAl = al;
  const oldCf = getCF(c);
  let cf = false;
  let af = false;
  if ((al & 0xf) > 9 || getAF(c)) {
    al = (al + 6) & 0xff;
    cf = oldCf || oldAl + 6 > 0xff;
    af = true;
  }
  if (oldAl > 0x99 || oldCf) {
    al = (al + 0x60) & 0xff;
    cf = true;
  }
  bcdFlags(c, al, cf, af);
  return al;
}

export function das(c: LazyFlags, al: number): number {
  const oldAl = al;
  const oldCf = getCF(c);
  let cf = false;
  let af = false;
  if ((al & 0xf) > 9 || getAF(c)) {
    al = (al - 6) & 0xff;
    cf = oldCf || oldAl < 6;
    af = true;
  }
  if (oldAl > 0x99 || oldCf) {
    al = (al - 0x60) & 0xff;
    cf = true;
  }
  bcdFlags(c, al, cf, af);
  return al;
}

function bcdFlags(c: LazyFlags, r: number, cf: boolean, af: boolean): void {
  materialize(c);
  c.flags = (c.flags & ~ARITH) | (cf ? CF : 0) | (af ? AF : 0);
  c.lazyOp = L_RESULT;
  c.lazyRes = r;
  c.lazyMask = PF | ZF | SF;
}

/** AAA / AAS on AX: returns the new AX. */
export function aaa(c: LazyFlags, ax: number, sub: boolean): number {
  let al = ax & 0xff;
  let ah = (ax >> 8) & 0xff;
  const adjust = (al & 0xf) > 9 || getAF(c);
  if (adjust) {
    if (sub) {
      // As on every CPU since the 486: AX - 6 (a borrow reaches AH), then AH - 1.
      ax = (ax - 6) & 0xffff;
      al = ax & 0xff;
      ah = ((ax >> 8) - 1) & 0xff;
    } else {
      ax = (ax + 0x106) & 0xffff;
      al = ax & 0xff;
      ah = ax >> 8;
    }
  }
  al &= 0xf;
  // OF SF ZF PF are undefined; real CPUs derive them from the intermediate sum, tests mask them.
  materialize(c);
  c.flags = (c.flags & ~(CF | AF)) | (adjust ? CF | AF : 0);
  return (ah << 8) | al;
}

export function aam(c: LazyFlags, al: number, base: number): number {
  if (base === 0) divideError();
  const r = al % base;
  const ax = ((Math.floor(al / base) & 0xff) << 8) | r;
  bcdFlags(c, r, false, false);
  return ax;
}

export function aad(c: LazyFlags, ax: number, base: number): number {
  const al = ((ax & 0xff) + ((ax >> 8) & 0xff) * base) & 0xff;
  bcdFlags(c, al, false, false);
  return al;
}
