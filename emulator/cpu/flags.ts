// Lazy arithmetic flags.
//
// Most instructions that set CF, PF, AF, ZF, SF and OF are followed by another one that overwrites
// them before anything reads them, so the CPU does not compute them when an instruction runs: it
// records the operation, its operands and its result (`lazyOp`, `lazyDst`, `lazySrc`, `lazyRes`)
// and a mask of which flags those describe (`lazyMask`). A reader (a `jcc`, `pushf`, `adc` ...) asks
// for the one flag it needs and only that is derived. Flags outside `lazyMask` live in `flags`,
// the materialised EFLAGS. This is the hot path of every ALU instruction: setting the lazy state is
// four field stores and no branches.
//
// The operation codes pack the operand size in the low two bits (0 = 8, 1 = 16, 2 = 32 bits).

export const CF = 0x1;
export const PF = 0x4;
export const AF = 0x10;
export const ZF = 0x40;
export const SF = 0x80;
export const TF = 0x100;
export const IF = 0x200;
export const DF = 0x400;
export const OF = 0x800;
export const IOPL = 0x3000;
export const NT = 0x4000;
export const RF = 0x10000;
export const VM = 0x20000;
export const AC = 0x40000;
export const VIF = 0x80000;
export const VIP = 0x100000;
export const ID = 0x200000;

/** The six flags an ALU instruction defines. */
export const ARITH = CF | PF | AF | ZF | SF | OF;

// Lazy operation kinds (shifted left by 2; the size code is or-ed in).
export const L_ADD = 0 << 2;
export const L_ADC = 1 << 2; // add with carry-in 1
export const L_SUB = 2 << 2;
export const L_SBB = 3 << 2; // subtract with borrow-in 1
export const L_LOGIC = 4 << 2; // CF = OF = 0, AF = 0
export const L_INC = 5 << 2; // like ADD of 1, CF untouched
export const L_DEC = 6 << 2; // like SUB of 1, CF untouched
export const L_RESULT = 7 << 2; // only ZF, SF, PF from the result (shifts, mul); others eager

/** The state the lazy flags live in; the CPU implements it. */
export interface LazyFlags {
  flags: number;
  lazyMask: number;
  lazyOp: number;
  lazyDst: number;
  lazySrc: number;
  lazyRes: number;
}

const SIGN = [0x80, 0x8000, 0x80000000 | 0];
const MASK = [0xff, 0xffff, -1];

/** PARITY[b] is PF (0x4) when byte b has an even number of set bits. */
export const PARITY = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  let n = 0;
  for (let k = 0; k < 8; k++) n += (b >> k) & 1;
  PARITY[b] = n & 1 ? 0 : PF;
}

export function getCF(c: LazyFlags): boolean {
  if ((c.lazyMask & CF) === 0) return (c.flags & CF) !== 0;
  const size = c.lazyOp & 3;
  const m = MASK[size];
  const d = (c.lazyDst & m) >>> 0;
  const s = (c.lazySrc & m) >>> 0;
  const r = (c.lazyRes & m) >>> 0;
  switch (c.lazyOp & ~3) {
    case L_ADD:
      return r < d;
    case L_ADC:
      return r <= d;
    case L_SUB:
      return d < s;
    case L_SBB:
      return d <= s;
    default:
      return false;
  }
}

export function getZF(c: LazyFlags): boolean {
  if ((c.lazyMask & ZF) === 0) return (c.flags & ZF) !== 0;
  return (c.lazyRes & MASK[c.lazyOp & 3]) === 0;
}

export function getSF(c: LazyFlags): boolean {
  if ((c.lazyMask & SF) === 0) return (c.flags & SF) !== 0;
  return (c.lazyRes & SIGN[c.lazyOp & 3]) !== 0;
}

export function getPF(c: LazyFlags): boolean {
  if ((c.lazyMask & PF) === 0) return (c.flags & PF) !== 0;
  return PARITY[c.lazyRes & 0xff] !== 0;
}

export function getAF(c: LazyFlags): boolean {
  if ((c.lazyMask & AF) === 0) return (c.flags & AF) !== 0;
  switch (c.lazyOp & ~3) {
    case L_LOGIC:
    case L_RESULT:
      return false;
    case L_INC:
      return (c.lazyRes & 0xf) === 0;
    case L_DEC:
      return (c.lazyRes & 0xf) === 0xf;
    default:
      return ((c.lazyDst ^ c.lazySrc ^ c.lazyRes) & 0x10) !== 0;
  }
}

export function getOF(c: LazyFlags): boolean {
  if ((c.lazyMask & OF) === 0) return (c.flags & OF) !== 0;
  const sign = SIGN[c.lazyOp & 3];
  const d = c.lazyDst;
  const s = c.lazySrc;
  const r = c.lazyRes;
  switch (c.lazyOp & ~3) {
    case L_ADD:
    case L_ADC:
      return ((d ^ r) & (s ^ r) & sign) !== 0;
    case L_SUB:
    case L_SBB:
      return ((d ^ s) & (d ^ r) & sign) !== 0;
    case L_INC:
      return (r & MASK[c.lazyOp & 3]) === sign;
    case L_DEC:
      return (r & MASK[c.lazyOp & 3]) === ((sign - 1) & MASK[c.lazyOp & 3]);
    default:
      return false;
  }
}

/** The full EFLAGS value (bit 1 always set). */
export function getFlags(c: LazyFlags): number {
  let f = c.flags & ~ARITH;
  if (getCF(c)) f |= CF;
  if (getPF(c)) f |= PF;
  if (getAF(c)) f |= AF;
  if (getZF(c)) f |= ZF;
  if (getSF(c)) f |= SF;
  if (getOF(c)) f |= OF;
  return f | 2;
}

/** Makes every flag concrete: after this `flags` is EFLAGS and nothing is lazy. */
export function materialize(c: LazyFlags): void {
  if (c.lazyMask !== 0) {
    c.flags = getFlags(c);
    c.lazyMask = 0;
  }
}

/** Sets CF concretely, keeping the other flags (lazy ones stay lazy). */
export function setCF(c: LazyFlags, on: boolean): void {
  c.lazyMask &= ~CF;
  c.flags = on ? c.flags | CF : c.flags & ~CF;
}

/** Sets the given concrete flags (mask) to `bits`, taking them out of the lazy state. */
export function setSome(c: LazyFlags, mask: number, bits: number): void {
  if ((c.lazyMask & ~mask) !== 0 && (c.lazyMask & mask) !== 0) {
    // Keep the lazy flags outside `mask`: materialise everything, then overwrite.
    materialize(c);
  }
  c.lazyMask &= ~mask;
  c.flags = (c.flags & ~mask) | (bits & mask);
}

/**
 * Condition code cc (the low nibble of jcc/setcc/cmovcc) holds. Hot path: after a 32-bit
 * `cmp`/`sub` or a logic op (what compilers put before nearly every branch) the condition is read
 * straight from the operands or the result; anything else derives the flags one by one.
 */
export function condition(c: LazyFlags, cc: number): boolean {
  if (c.lazyMask === ARITH) {
    if (c.lazyOp === (L_SUB | 2)) return subCondition(cc, c.lazyDst, c.lazySrc, c.lazyRes);
    if (c.lazyOp === (L_LOGIC | 2)) return logicCondition(cc, c.lazyRes);
  }
  return slowCondition(c, cc);
}

function subCondition(cc: number, d: number, s: number, r: number): boolean {
  let t: boolean;
  switch (cc >> 1) {
    case 0:
      t = ((d ^ s) & (d ^ r)) < 0;
      break;
    case 1:
      t = d >>> 0 < s >>> 0;
      break;
    case 2:
      t = d === s;
      break;
    case 3:
      t = d >>> 0 <= s >>> 0;
      break;
    case 4:
      t = r < 0;
      break;
    case 5:
      t = PARITY[r & 0xff] !== 0;
      break;
    case 6:
      t = d < s;
      break;
    default:
      t = d <= s;
  }
  return (cc & 1) === 0 ? t : !t;
}

function logicCondition(cc: number, r: number): boolean {
  let t: boolean;
  switch (cc >> 1) {
    case 0:
    case 1:
      t = false;
      break;
    case 2:
    case 3:
      t = r === 0;
      break;
    case 4:
    case 6:
      t = r < 0;
      break;
    case 5:
      t = PARITY[r & 0xff] !== 0;
      break;
    default:
      t = r <= 0;
  }
  return (cc & 1) === 0 ? t : !t;
}

function slowCondition(c: LazyFlags, cc: number): boolean {
  let t: boolean;
  switch (cc >> 1) {
    case 0: // O
      t = getOF(c);
      break;
    case 1: // B / C
      t = getCF(c);
      break;
    case 2: // Z / E
      t = getZF(c);
      break;
    case 3: // BE
      t = getCF(c) || getZF(c);
      break;
    case 4: // S
      t = getSF(c);
      break;
    case 5: // P
      t = getPF(c);
      break;
    case 6: // L
      t = getSF(c) !== getOF(c);
      break;
    default: // LE
      t = getZF(c) || getSF(c) !== getOF(c);
      break;
  }
  return (cc & 1) === 0 ? t : !t;
}
