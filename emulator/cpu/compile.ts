// The block compiler: the hot blocks of a page become one JavaScript function, a region.
//
// Hot path. After a block has run COMPILE_AFTER times the interpreter (cpu.ts) asks for its
// region: the blocks of the same physical page that have run more than once and are in no region
// yet, each a `case` of a dispatch loop over the page offset of EIP (`switch (o)`). Each instruction becomes a few lines
// of straight-line JavaScript over the register file (an Int32Array) and the MMU, with the
// operand fields of the decoded instruction baked in as constants, and `new Function` turns the
// region into a function that V8 then optimises like any other. A block's last instruction sets
// `o` to where EIP goes next; when that is another block of the region the loop goes on there
// without returning to the interpreter -- loops and calls within a page run entirely in compiled
// code. The region returns when EIP leaves it, when its instruction budget would run out, or when
// the interpreter must look (an interrupt may be pending, a stop was requested, or decoded code
// was dropped: `code.gen` moved). Compiled code is much faster than the interpreter beyond losing
// the dispatch: flags a later instruction of the same block overwrites before anything reads them
// are never stored (dead-flag elimination), and a conditional branch after a `cmp`/`sub`/`test` in
// the same block tests the operands directly (`d < s`) instead of going through the lazy flags,
// and when no successor in the region reads them its flags stay in locals until the region
// returns (deferred flags). Memory accesses and the stack have the TLB's fast path written out.
// Instructions without a template here run through `execute` (execute.ts) from the compiled code,
// so every block can be compiled; 16-bit code is left to the interpreter.
//
// A region counts the instructions of the blocks it completed in `cpu.ran` and keeps the block
// history (`cpu.recentEip`) for fault reports. Before each instruction that can fault it notes the
// instruction's index, and the block's slot and EIP; a fault is rethrown with them in
// `cpu.faultIndex`, `faultSlot` and `faultEip` so the run loop can put EIP on the faulting
// instruction (precise exceptions, as in the interpreter).
import type { Cpu } from "./cpu.ts";
import { execute } from "./execute.ts";
import { condition, getCF, PARITY } from "./flags.ts";
import * as O from "./ops.ts";
import { endsBlock } from "./ops.ts";

/**
 * A compiled region: runs from `eip` (an entry of the region) through its blocks while they lead
 * to one another, at most `max` instructions; returns the next EIP and leaves the number of
 * instructions run in `c.ran`.
 */
export type CompiledRegion = (c: Cpu, eip: number, max: number) => number;

/** Runs of a block before it is compiled (LOGOS_JIT_AFTER overrides it, for tests). */
export const COMPILE_AFTER = Number(process.env.LOGOS_JIT_AFTER ?? 40);

const ARITH = 0x8d5;

interface Info {
  /** Reads the flags (so earlier flag stores must happen). */
  reads: boolean;
  /** Sets all six arithmetic flags (so earlier flag stores are dead). */
  writes: boolean;
}

/** What an op does to the flags; anything unknown reads them and does not kill them. */
function flagInfo(c: Cpu, slot: number): Info {
  const op = c.code.op[slot];
  if (op < 0xa0) {
    const kind = op >> 4;
    if (kind === 9) return { reads: false, writes: false };
    if (kind === 2 || kind === 3) return { reads: true, writes: true };
    return { reads: false, writes: true };
  }
  switch (op) {
    case O.SHL_R32:
    case O.SHR_R32:
    case O.SAR_R32:
      // A constant non-zero count writes them all; a zero or CL count may leave them.
      return { reads: false, writes: c.code.imm[slot] > 0 && (c.code.imm[slot] & 31) !== 0 };
    case O.LEA:
    case O.MOVZX8_R:
    case O.MOVZX8_M:
    case O.MOVZX16_R:
    case O.MOVZX16_M:
    case O.MOVSX8_R:
    case O.MOVSX8_M:
    case O.MOVSX16_R:
    case O.MOVSX16_M:
    case O.PUSH_R32:
    case O.POP_R32:
    case O.PUSH_I:
    case O.NOP:
    case O.JMP:
    case O.CALL:
    case O.RET:
    case O.XCHG_RR:
    case O.CWD:
    case O.CBW:
      return { reads: false, writes: false };
    default:
      return { reads: true, writes: false };
  }
}

/** JavaScript for the linear address of the slot's memory operand (32-bit addressing only). */
function ea(c: Cpu, slot: number): string | null {
  const m = c.code.mem[slot];
  if ((m & 0x8000) !== 0) return null;
  let s = String(c.code.disp[slot]);
  const base = m & 15;
  const index = (m >> 4) & 15;
  if (base !== 8) s += ` + r[${base}]`;
  if (index !== 8) s += ` + (r[${index}] << ${(m >> 8) & 3})`;
  return `((${s}) + sb[${(m >> 12) & 7}]) | 0`;
}

const SUB_CONDITIONS = [
  "((fd ^ fs) & (fd ^ fv)) < 0",
  "(fd >>> 0) < (fs >>> 0)",
  "fd === fs",
  "(fd >>> 0) <= (fs >>> 0)",
  "fv < 0",
  "P[fv & 255] !== 0",
  "fd < fs",
  "fd <= fs",
];
const LOGIC_CONDITIONS = [
  "false",
  "false",
  "fv === 0",
  "fv === 0",
  "fv < 0",
  "P[fv & 255] !== 0",
  "fv < 0",
  "fv <= 0",
];

function conditionText(kind: "sub" | "logic", cc: number): string {
  const t = (kind === "sub" ? SUB_CONDITIONS : LOGIC_CONDITIONS)[cc >> 1];
  return (cc & 1) === 0 ? `(${t})` : `!(${t})`;
}

/** The most instructions one region holds (V8 stops optimising very large functions). */
const MAX_REGION = 2000;

/**
 * Compiles the region for a hot entry slot (EIP `eip`): it and the blocks of its physical page
 * that have started at least twice and are in no region yet; every entry of the region then runs
 * it. Regions are never rebuilt: a block that gets hot later starts a region of its own, so code
 * V8 has already optimised stays as it is (a new function starts cold in V8's interpreter).
 */
export function regionFor(c: Cpu, slot: number, eip: number): CompiledRegion | null {
  const code = c.code;
  const phys = c.mmu.translateCode((c.segBase[1] + eip) | 0);
  const slots = code.pages[phys >>> 12];
  const entries = [slot];
  const offsets = [phys & 4095];
  if (slots !== undefined) {
    let total = code.remain[slot];
    for (let off = 0; off < 4096; off++) {
      const s = slots[off];
      if (s === 0 || s === slot || code.heat[s] < 2 || code.compiled[s] !== undefined) continue;
      if (total + code.remain[s] > MAX_REGION) break;
      total += code.remain[s];
      entries.push(s);
      offsets.push(off);
    }
  }
  const fn = compileRegion(c, entries, offsets);
  for (const s of entries) code.compiled[s] = fn;
  return fn;
}

/**
 * Compiles a region: the given entry slots, all on one physical page of 32-bit code, into one
 * function; null when it is not worth it (16-bit code).
 */
export function compileRegion(c: Cpu, entries: number[], offsets: number[]): CompiledRegion | null {
  if (!c.code32) return null;
  const members = new Map<number, number>();
  for (let k = 0; k < entries.length; k++) members.set(offsets[k], entries[k]);
  const cases: string[] = [];
  for (let k = 0; k < entries.length; k++) {
    const n = c.code.remain[entries[k]];
    const next = successors(c, entries[k], n, offsets[k]);
    // The flags at the block's end are dead when every successor is a block of the region that
    // sets them before reading them.
    const liveOut =
      next === null ||
      next.some((o) => {
        const s = members.get(o);
        return s === undefined || firstFlagUse(c, s) !== "write";
      });
    cases.push(blockCase(c, entries[k], n, offsets[k], liveOut));
  }
  const body = [
    "const r = c.regs, m = c.mmu, sb = c.segBase, cd = c.code, g = cd.gen, rec = c.recentEip;",
    "const tr = m.tlbR, tw = m.tlbW, dv = m.view, mem = m.mem;",
    "const lb = (sb[1] + e) & -4096, base = (e - ((sb[1] + e) & 4095)) | 0;",
    "let o = (e - base) | 0, n = 0, i = 0, bs = 0, bo = 0, fd = 0, fs = 0, fv = 0, lo = -1, te = 0, t = 0;",
    "let h0 = rec[0], h1 = rec[1], h2 = rec[2], h3 = rec[3], first = true;",
    "try {",
    "for (;;) {",
    "if (first) first = false;",
    "else { if (cd.gen !== g || c.checkInterrupts || c.stop >= 0) break; h3 = h2; h2 = h1; h1 = h0; h0 = (lb + o) | 0; }",
    "switch (o) {",
    ...cases,
    "}",
    "break;",
    "}",
    "} catch (err) {",
    "c.faultIndex = i; c.faultSlot = bs; c.faultEip = (base + bo) | 0; c.ran = n;",
    DEFERRED,
    "rec[0] = h0; rec[1] = h1; rec[2] = h2; rec[3] = h3;",
    "throw err;",
    "}",
    "c.ran = n; rec[0] = h0; rec[1] = h1; rec[2] = h2; rec[3] = h3;",
    DEFERRED,
    "return (base + o) | 0;",
  ].join("\n");
  const make = new Function(
    "x",
    "cond",
    "gcf",
    "P",
    `return function region(c, e, max) {\n${body}\n};`,
  );
  return make(execute, condition, getCF, PARITY) as CompiledRegion;
}

/**
 * Deferred flags: a `cmp`/`test` + `jcc` whose flags no successor reads leaves its operands in
 * the locals fd, fs, fv and its lazy op in lo (-1: none) instead of the CPU's lazy-flag fields;
 * any other flag update clears lo. When the region returns or faults they are stored, so EFLAGS is
 * exact wherever the interpreter, an exception or an interrupt may look at it.
 */
const DEFERRED = `if (lo >= 0) { c.lazyOp = lo; c.lazyDst = fd; c.lazySrc = fs; c.lazyRes = fv; c.lazyMask = ${ARITH}; }`;

/** The page offsets a block may go to next, when they are constants; null when not. */
function successors(c: Cpu, start: number, n: number, bo: number): number[] | null {
  const code = c.code;
  let off = bo;
  for (let k = 0; k < n - 1; k++) off += code.len[start + k];
  const last = start + n - 1;
  const op = code.op[last];
  const len = code.len[last];
  if (op === O.JCC && code.size[last] === 4) return [off + len, off + len + code.imm[last]];
  if ((op === O.JMP || op === O.CALL) && code.size[last] === 4) return [off + len + code.imm[last]];
  if (endsBlock(op)) return null;
  return [off + len];
}

/** Whether the block at `slot` first reads the flags, first sets them all, or neither. */
function firstFlagUse(c: Cpu, slot: number): "read" | "write" | "none" {
  for (let k = 0; k < c.code.remain[slot]; k++) {
    const info = flagInfo(c, slot + k);
    if (info.reads) return "read";
    if (info.writes) return "write";
  }
  return "none";
}

/**
 * One case of a region's dispatch: the block at page offset `bo` (slot `start`, n instructions).
 * It ends by setting `o` to the page offset of the next EIP (possibly outside the page) and
 * continuing the dispatch loop.
 */
function blockCase(c: Cpu, start: number, n: number, bo: number, liveOut: boolean): string {
  const code = c.code;
  const infos: Info[] = [];
  for (let k = 0; k < n; k++) infos.push(flagInfo(c, start + k));
  // Dead-flag elimination, backwards from the block's end (where flags are live).
  const keepFlags: boolean[] = new Array(n).fill(true);
  let live = liveOut;
  for (let k = n - 1; k >= 0; k--) {
    if (infos[k].writes && !live) keepFlags[k] = false;
    live = infos[k].reads || (live && !infos[k].writes);
  }
  // A jcc at the end whose flags come from a cmp/sub/logic op of this block: fuse them.
  let fuse = -1;
  let fuseKind: "sub" | "logic" = "sub";
  const last = start + n - 1;
  if (code.op[last] === O.JCC) {
    for (let k = n - 2; k >= 0; k--) {
      const op = code.op[start + k];
      if (infos[k].writes) {
        const memForm = ((op & 15) / 3) | 0;
        const a16 =
          memForm !== O.FORM_RR && memForm !== O.FORM_RI && (code.mem[start + k] & 0x8000) !== 0;
        if (op < 0xa0 && (op & 15) % 3 === 2 && !a16) {
          const kind = op >> 4;
          if (kind === 5 || kind === 7) {
            fuse = k;
            fuseKind = "sub";
          } else if (kind === 1 || kind === 4 || kind === 6 || kind === 8) {
            fuse = k;
            fuseKind = "logic";
          }
        }
        break;
      }
      if (infos[k].reads) break;
    }
  }
  // Flags dead at the end: the last update is kept (deferred when fused), so that it is exact
  // if the region stops before the next block runs.
  let defer = -1;
  if (!liveOut && fuse >= 0) {
    // Only the fused jcc reads the compare's flags, and it reads them from the locals.
    keepFlags[fuse] = false;
    defer = fuse;
  } else if (!liveOut) {
    let w = n - 1;
    while (w >= 0 && !infos[w].writes) w--;
    if (w >= 0) keepFlags[w] = true;
  }
  const lines: string[] = [
    `case ${bo}: {`,
    `if (n > max - ${n}) break;`,
    `bs = ${start}; bo = ${bo};`,
  ];
  let off = bo;
  for (let k = 0; k < n; k++) {
    const slot = start + k;
    const len = code.len[slot];
    const isLast = k === n - 1;
    const text = instruction(
      c,
      slot,
      k,
      off,
      len,
      keepFlags[k],
      k === fuse,
      k === defer,
      isLast,
      fuse >= 0 ? conditionText(fuseKind, code.a[last]) : null,
    );
    lines.push(text);
    off += len;
  }
  lines.push(`n += ${n};`, "continue;", "}");
  return lines.join("\n");
}

/**
 * Hot path: a load by linear address `ad` (an identifier) with the MMU's TLB fast path written
 * out, so that V8 need not inline the MMU's method into a large region; a miss calls it.
 */
function loadMem(bits: number, ad: string): string {
  const hit = `((te = tr[${ad} >>> 12]) & m.mask) !== 0`;
  const at = `(te & -4096) | (${ad} & 4095)`;
  if (bits === 8) return `(${hit} ? mem[${at}] : m.read8(${ad}))`;
  if (bits === 16)
    return `(${hit} && (${ad} & 4095) < 4095 ? dv.getUint16(${at}, true) : m.read16(${ad}))`;
  return `(${hit} && (${ad} & 4095) < 4093 ? dv.getInt32(${at}, true) : m.read32(${ad}))`;
}

/** Hot path: a store, as `load`. */
function storeMem(bits: number, ad: string, v: string): string {
  const hit = `((te = tw[${ad} >>> 12]) & m.mask) !== 0`;
  const at = `(te & -4096) | (${ad} & 4095)`;
  if (bits === 8) return `if (${hit}) mem[${at}] = ${v}; else m.write8(${ad}, ${v});`;
  return `if (${hit} && (${ad} & 4095) < 4093) dv.setInt32(${at}, ${v}, true); else m.write32(${ad}, ${v});`;
}

/** Hot path: push a dword (a 16-bit stack, rare in 32-bit code, goes through the CPU). */
function push32(v: string): string {
  return (
    `if (c.stack32) { const sp = (r[4] - 4) | 0, sa = (sb[2] + sp) | 0; ` +
    `${storeMem(32, "sa", v)} r[4] = sp; } else c.push32(${v});`
  );
}

/** Hot path: pop a dword into the local `t`. */
function pop32(): string {
  return (
    `if (c.stack32) { const sp = r[4], sa = (sb[2] + sp) | 0; ` +
    `t = ${loadMem(32, "sa")}; r[4] = (sp + 4) | 0; } else t = c.pop32();`
  );
}

/**
 * The binop family (ADD OR AND SUB XOR CMP TEST MOV) on bytes or dwords, in each form; null for
 * 16-bit addressing, left to the general executor.
 */
function binopTemplate(
  c: Cpu,
  slot: number,
  k: number,
  kind: number,
  form: number,
  sc: number,
  keepFlags: boolean,
  fuse: boolean,
  defer: boolean,
): string | null {
  const code = c.code;
  const memory = form !== O.FORM_RR && form !== O.FORM_RI;
  const addr = memory ? ea(c, slot) : "";
  if (addr === null) return null;
  const bits = sc === 2 ? 32 : 8;
  const view = sc === 2 ? "r" : "c.r8";
  const imm = String(sc === 2 ? code.imm[slot] : code.imm[slot] & 0xff);
  const reg = `${view}[${code.a[slot]}]`;
  const loaded = loadMem(bits, "ad");
  const toReg = (v: string) => `${reg} = ${v};`;
  const toMem = (v: string) => storeMem(bits, "ad", v);
  const pre = memory ? `i = ${k}; const ad = ${addr}; ` : "";
  // [destination value, source value, where the result goes] per form: RR RM MR RI MI
  const [d, s, store] = [
    [reg, `${view}[${code.b[slot]}]`, toReg],
    [reg, loaded, toReg],
    [loaded, reg, toMem],
    [reg, imm, toReg],
    [loaded, imm, toMem],
  ][form] as [string, string, (v: string) => string];
  if (kind === 9) return `{ ${pre}${store(s)} }`; // mov: the destination is not read
  const logic = kind === 1 || kind === 4 || kind === 6 || kind === 8;
  const expr = [
    "(d + s) | 0",
    "d | s",
    "",
    "",
    "d & s",
    "(d - s) | 0",
    "d ^ s",
    "(d - s) | 0",
    "d & s",
  ][kind];
  const lazyOp = (logic ? 4 << 2 : kind === 0 ? 0 : 2 << 2) | sc;
  let body = `{ ${pre}const d = ${d}, s = ${s}, v = ${expr}; `;
  if (kind !== 7 && kind !== 8) body += store("v") + " ";
  if (keepFlags) body += lazy(lazyOp, "d", "s", "v", logic) + " ";
  if (fuse) body += "fd = d; fs = s; fv = v; ";
  if (defer) body += `lo = ${lazyOp}; `;
  return body + "}";
}

/** The flag stores of a binop, or of a 32-bit subtract/logic result. */
function lazy(op: number, d: string, s: string, v: string, logic: boolean): string {
  if (logic) return `c.lazyOp = ${op}; c.lazyRes = ${v}; c.lazyMask = ${ARITH}; lo = -1;`;
  return `c.lazyOp = ${op}; c.lazyDst = ${d}; c.lazySrc = ${s}; c.lazyRes = ${v}; c.lazyMask = ${ARITH}; lo = -1;`;
}

/**
 * One instruction at page offset `off` of a region's block. The last instruction of a block
 * leaves the page offset of the next EIP in `o`.
 */
function instruction(
  c: Cpu,
  slot: number,
  k: number,
  off: number,
  len: number,
  keepFlags: boolean,
  fuse: boolean,
  defer: boolean,
  isLast: boolean,
  fused: string | null,
): string {
  const generic =
    `i = ${k}; c.eip = (base + ${off}) | 0; lo = -1; x(c, ${slot});` +
    (isLast ? " o = (c.eip - base) | 0;" : "");
  const text = template(c, slot, k, off, len, keepFlags, fuse, defer, fused, generic);
  if (!isLast || text === generic) return text;
  const op = c.code.op[slot];
  if (op === O.JCC || op === O.JMP || op === O.CALL || op === O.RET) return text;
  return `${text} o = ${off + len};`;
}

function template(
  c: Cpu,
  slot: number,
  k: number,
  off: number,
  len: number,
  keepFlags: boolean,
  fuse: boolean,
  defer: boolean,
  fused: string | null,
  generic: string,
): string {
  const code = c.code;
  const op = code.op[slot];
  const a = code.a[slot];
  const b = code.b[slot];
  const imm = code.imm[slot];
  const size = code.size[slot];
  const next = `(base + ${off + len}) | 0`;
  const to = off + len + imm;
  if (op < 0xa0) {
    const kind = op >> 4;
    const f = op & 15;
    const form = (f / 3) | 0;
    const sc = f - form * 3;
    if (sc === 1 || kind === 2 || kind === 3) return generic; // words, adc, sbb
    return binopTemplate(c, slot, k, kind, form, sc, keepFlags, fuse, defer) ?? generic;
  }
  switch (op) {
    case O.SHL_R32:
    case O.SHR_R32:
    case O.SAR_R32: {
      if (imm < 0) return generic;
      const n = imm & 31;
      if (n === 0) return "";
      const v = op === O.SHL_R32 ? `d << ${n}` : op === O.SHR_R32 ? `d >>> ${n}` : `d >> ${n}`;
      let body = `{ const d = r[${a}], v = ${v}; r[${a}] = v; `;
      if (keepFlags) {
        const cf =
          op === O.SHL_R32
            ? `(d >>> ${32 - n}) & 1`
            : op === O.SHR_R32
              ? `(d >>> ${n - 1}) & 1`
              : `(d >> ${n - 1}) & 1`;
        const of =
          op === O.SHL_R32
            ? `((((v >>> 31) ^ (${cf})) & 1) << 11)`
            : op === O.SHR_R32
              ? "((d >>> 31) << 11)"
              : "0";
        body += `c.flags = (c.flags & ${~ARITH}) | (${cf}) | ${of}; c.lazyOp = ${(7 << 2) | 2}; c.lazyRes = v; c.lazyMask = ${0x4 | 0x40 | 0x80}; lo = -1; `;
      }
      return body + "}";
    }
    case O.INC_R32:
    case O.DEC_R32: {
      const dec = op === O.DEC_R32;
      return (
        `{ if ((c.lazyMask & 1) !== 0) c.flags = gcf(c) ? c.flags | 1 : c.flags & -2; ` +
        `const d = r[${a}], v = (d ${dec ? "-" : "+"} 1) | 0; r[${a}] = v; ` +
        `c.lazyOp = ${((dec ? 6 : 5) << 2) | 2}; c.lazyDst = d; c.lazySrc = 1; c.lazyRes = v; c.lazyMask = ${ARITH & ~1}; lo = -1; }`
      );
    }
    case O.LEA: {
      if (size !== 4) return generic;
      const addr = ea(c, slot);
      if (addr === null) return generic;
      // The offset: the same sum without the segment base.
      const m = code.mem[slot];
      let s = String(code.disp[slot]);
      if ((m & 15) !== 8) s += ` + r[${m & 15}]`;
      if (((m >> 4) & 15) !== 8) s += ` + (r[${(m >> 4) & 15}] << ${(m >> 8) & 3})`;
      return `r[${a}] = (${s}) | 0;`;
    }
    case O.MOVZX8_R:
      return size === 4 ? `r[${a}] = c.r8[${b}];` : generic;
    case O.MOVZX8_M:
    case O.MOVZX16_M:
    case O.MOVSX8_M:
    case O.MOVSX16_M: {
      const addr = ea(c, slot);
      if (size !== 4 || addr === null) return generic;
      const read = loadMem(op === O.MOVZX8_M || op === O.MOVSX8_M ? 8 : 16, "ad");
      const ext = op === O.MOVSX8_M ? ` << 24 >> 24` : op === O.MOVSX16_M ? ` << 16 >> 16` : "";
      return `{ i = ${k}; const ad = ${addr}; r[${a}] = ${read}${ext}; }`;
    }
    case O.MOVZX16_R:
      return size === 4 ? `r[${a}] = c.r16[${b << 1}];` : generic;
    case O.PUSH_R32:
      return `i = ${k}; ${push32(`r[${a}]`)}`;
    case O.POP_R32:
      return `i = ${k}; ${pop32()} r[${a}] = t;`;
    case O.PUSH_I:
      return size === 4 ? `i = ${k}; ${push32(String(imm))}` : generic;
    case O.NOP:
      return "";
    case O.JCC: {
      if (size !== 4) return generic;
      const test = fused !== null ? fused : `cond(c, ${a})`;
      return `o = ${test} ? ${to} : ${off + len};`;
    }
    case O.JMP:
      return size === 4 ? `o = ${to};` : generic;
    case O.CALL:
      return size === 4 ? `i = ${k}; ${push32(next)} o = ${to};` : generic;
    case O.RET:
      if (size !== 4) return generic;
      return `i = ${k}; ${pop32()}${imm !== 0 ? ` c.release(${imm});` : ""} o = (t - base) | 0;`;
    default:
      return generic;
  }
}
