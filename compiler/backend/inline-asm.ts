// GCC extended inline assembly (`__asm__`), Intel syntax as `gcc -masm=intel` reads it.
//
// An asm statement passes through three stages, each with a function here:
//  - Lowering (ir/lower.ts calls `classifyConstraint`, `numberTemplate` and `checkTemplate`):
//    each operand's constraint becomes a kind -- a register of the allocator's choosing ("r",
//    "q"), a fixed register ("a" "b" "c" "d" "S" "D"), memory ("m"), an immediate ("i" "n", "N"
//    for 0-255), or the register of an earlier output ("0"-"9") -- and the template is checked by
//    substituting stand-ins and encoding it, so a bad template is a caret error, not a crash.
//    The IR instruction `asm` carries the template and one value per operand; `asmout K` reads
//    register output K.
//  - Selection (select.ts calls `selectAsm`): values go into their registers with `mov`s before
//    the instruction and come out of them after (`asmout`), so a fixed register is a short
//    physical live range, like a division's eax, and the allocator works around it. The machine
//    instruction lists its operands with their roles (read, written, both); clobbered registers
//    are zeroed before it and are its `uses` and `defs`, so no operand and nothing live across
//    the asm is kept in them.
//  - Emission (emit.ts calls `asmInstructions`): with registers and frame offsets known, each
//    `%N` becomes the operand's text -- a register named for the operand's size (a char in "a" is
//    `al`; modifiers `%b0 %h0 %w0 %k0` choose), a memory operand as `dword [esp+8]`, a constant
//    as a number -- and each instruction (separated by newlines or `;`) is parsed here and encoded
//    with x86/encode.ts, the encoder of the assembler, in process.
//
// The "memory" clobber needs nothing more: the IR keeps no memory value in a register across any
// asm (cse.ts treats every asm as a store), and locals whose address is never taken are not in
// memory. Numeric local labels (`1:` with `jnz 1b` or `jmp 1f`) become labels and branches of
// the function. Not supported: `asm goto`, named labels inside templates, constraint
// alternatives ("r,m"), operand modifiers other than b h w k c.
import { encode, isPrefix, mnemonicOf, parseRegister, type Instruction, type MemOperand, type Operand, type Prefix } from "../../x86/encode.ts"; // prettier-ignore
import { operandText } from "../../x86/nasm.ts";
import { REG16, REG32, REG8 } from "../../x86/isa.ts";
import type * as ir from "../ir/ir.ts";
import {
  EAX,
  EBX,
  ECX,
  EDI,
  EDX,
  ESI,
  DEF,
  FIRST_VREG,
  imm,
  type MImm,
  type MInst,
  type MMem,
  type MOperand,
  type MReg,
  reg,
  USE,
  USEDEF,
} from "./machine.ts";

/** What an operand's constraint asks for. */
export type ConstraintKind =
  | { kind: "reg"; byte: boolean } // any register ("r", "q")
  | { kind: "fixed"; reg: number } // "a" "b" "c" "d" "S" "D"
  | { kind: "mem" }
  | { kind: "imm"; max?: number } // "i", "n"; "N": 0-255
  | { kind: "match"; output: number }; // "0"-"9"

const FIXED: Record<string, number> = { a: EAX, b: EBX, c: ECX, d: EDX, S: ESI, D: EDI };

/** The constraint letters of an operand, without `=`, `+` and `&`. */
export function constraintLetters(c: string): string {
  return c.replace(/^[=+]/, "").replace(/&/g, "");
}

/**
 * Decides what an operand gets from its constraint letters. `constant` is the operand's value
 * when it is an integer constant (inputs only). Returns a message in gcc's words when nothing fits.
 */
export function classifyConstraint(
  letters: string,
  output: boolean,
  constant: number | undefined,
  isAddressConstant: boolean,
): ConstraintKind | string {
  if (letters === "") return "empty constraint in 'asm'";
  if (/^[0-9]$/.test(letters)) {
    if (output) return "matching constraint not valid in output operand";
    return { kind: "match", output: Number(letters) };
  }
  const set = new Set(letters);
  for (const ch of set)
    if (!"rqabcdSDmignN".includes(ch)) return `invalid punctuation '${ch}' in constraint`;
  const fixed = [...set].filter((ch) => ch in FIXED);
  if (!output) {
    if (constant !== undefined) {
      if (set.has("i") || set.has("n") || set.has("g")) return { kind: "imm" };
      if (set.has("N") && constant >= 0 && constant <= 255) return { kind: "imm", max: 255 };
    } else if (isAddressConstant && (set.has("i") || set.has("g"))) return { kind: "imm" };
  }
  if (set.has("r") || set.has("g")) return { kind: "reg", byte: false };
  if (set.has("q")) return { kind: "reg", byte: true };
  if (fixed.length === 1) return { kind: "fixed", reg: FIXED[fixed[0]] };
  if (fixed.length > 1) return "impossible constraint in 'asm'";
  if (set.has("m")) return { kind: "mem" };
  return "impossible constraint in 'asm'";
}

/** A clobber's register number, -1 for "memory" and "cc", undefined when unknown. */
export function clobberRegister(name: string): number | undefined {
  if (name === "memory" || name === "cc") return -1;
  const n = name.replace(/^%/, "");
  for (const names of [REG32, REG16, REG8] as const) {
    const k = (names as readonly string[]).indexOf(n);
    if (k >= 0) return names === REG8 ? k & 3 : k;
  }
  return undefined;
}

/**
 * The template with `%[name]` turned into `%N` (and `%b[name]` into `%bN`); for basic asm,
 * which is not scanned for operands, every `%` doubled. Returns a message on an unknown name.
 */
export function numberTemplate(
  template: string,
  names: (string | undefined)[],
  basic: boolean,
): string {
  // prettier-ignore
  if (basic) return template.replace(/%/g, "%%");
  let bad: string | undefined;
  const out = template.replace(
    /%([bhwkc]?)\[([A-Za-z_][A-Za-z_0-9]*)\]/g,
    (_m, mod: string, name: string) => {
      // prettier-ignore
      const k = names.indexOf(name);
      if (k < 0) bad ??= `undefined named operand '${name}'`;
      return `%${mod}${k}`;
    },
  );
  if (bad !== undefined) throw new AsmTemplateError(bad);
  return out;
}

export class AsmTemplateError extends Error {}

/** An operand's text, given what it became: register names by size and modifier. */
type OperandTexts = (mod: string) => string;

/** Substitutes `%N`, `%%`, and the modifiers; throws AsmTemplateError on a bad reference. */
function substitute(template: string, texts: OperandTexts[]): string {
  let out = "";
  for (let k = 0; k < template.length; k++) {
    const ch = template[k];
    if (ch !== "%") {
      out += ch;
      continue;
    }
    const m = /^(%|[=]|([bhwkc]?)([0-9]+))/.exec(template.slice(k + 1));
    if (!m) throw new AsmTemplateError(`invalid 'asm': operand number missing after %-letter`);
    k += m[0].length;
    if (m[1] === "%") out += "%";
    else if (m[1] === "=") out += "0";
    else {
      const n = Number(m[3]);
      if (n >= texts.length) throw new AsmTemplateError("invalid 'asm': operand number out of range"); // prettier-ignore
      out += texts[n](m[2]);
    }
  }
  return out;
}

// ---- The Intel-syntax instructions of a template ----

const SIZES: Record<string, 8 | 16 | 32> = { byte: 8, word: 16, dword: 32 };

/**
 * Parses one instruction in the Intel syntax gcc -masm=intel writes and reads:
 *   insn    = prefix* mnemonic (operand ("," operand)*)?
 *   operand = (size "ptr"?)? ( seg ":" )? "[" address "]" | register | immediate
 *   address = term (("+" | "-") term)*        term = register ("*" scale)? | number | symbol
 *   immediate = ("offset" ("flat" ":")?)? ("-"? number | symbol (("+"|"-") number)?)
 */
export function parseIntel(text: string): Instruction {
  const words = text.trim().replace(/\s+/g, " ");
  const sp = words.indexOf(" ");
  let head = sp < 0 ? words : words.slice(0, sp);
  let rest = sp < 0 ? "" : words.slice(sp + 1);
  const prefixes: Prefix[] = [];
  while (isPrefix(head) && !parseRegister(head)) {
    prefixes.push(head.toLowerCase() as Prefix);
    const s = rest.indexOf(" ");
    head = s < 0 ? rest : rest.slice(0, s);
    rest = s < 0 ? "" : rest.slice(s + 1);
  }
  const mnemonic = mnemonicOf(head);
  if (mnemonic === undefined) throw new AsmTemplateError(`no such instruction: '${text.trim()}'`);
  const operands: Operand[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k <= rest.length; k++) {
    const ch = rest[k];
    if (ch === "[") depth++;
    else if (ch === "]") depth--;
    else if ((ch === "," && depth === 0) || k === rest.length) {
      const part = rest.slice(start, k).trim();
      if (part !== "") operands.push(parseOperand(part, text));
      else if (k < rest.length || operands.length > 0) throw new AsmTemplateError(`junk in '${text.trim()}'`); // prettier-ignore
      start = k + 1;
    }
  }
  const ins: Instruction = { mnemonic, operands };
  if (prefixes.length > 0) ins.prefixes = prefixes;
  return ins;
}

function parseNumber(s: string): number | undefined {
  const t = s.trim().toLowerCase();
  if (/^-?[0-9]+$/.test(t)) return Number(t) | 0;
  if (/^-?0x[0-9a-f]+$/.test(t)) return (t.startsWith("-") ? -Number(t.slice(1)) : Number(t)) | 0;
  if (/^[0-9][0-9a-f]*h$/.test(t)) return Number("0x" + t.slice(0, -1)) | 0;
  if (/^0b[01]+$/.test(t)) return Number(t) | 0;
  return undefined;
}

function parseOperand(part: string, text: string): Operand {
  const bad = (): never => {
    throw new AsmTemplateError(`invalid operand '${part}' in '${text.trim()}'`);
  };
  let s = part;
  let size: 8 | 16 | 32 | undefined;
  // gas takes the size twice (`dword ptr %0` with %0 a memory operand printed with its size).
  for (let sm; (sm = /^(byte|word|dword)\s*(ptr\s*)?/i.exec(s)); s = s.slice(sm[0].length)) {
    const n = SIZES[sm[1].toLowerCase()];
    if (size !== undefined && size !== n) bad();
    size = n;
  }
  const open = s.indexOf("[");
  if (open >= 0) {
    if (!s.endsWith("]")) bad();
    const m: MemOperand = { kind: "mem", disp: 0 };
    const seg = s.slice(0, open).trim().replace(/:$/, "").trim();
    if (seg !== "") {
      const r = parseRegister(seg);
      if (!r || !["es", "cs", "ss", "ds", "fs", "gs"].includes(r)) bad();
      m.seg = r as MemOperand["seg"];
    }
    const inner = s.slice(open + 1, -1).replace(/\s+/g, "");
    for (const tm of inner.match(/[+-]?[^+-]+/g) ?? bad()) {
      const neg = tm.startsWith("-");
      const body = tm.replace(/^[+-]/, "");
      const [a, b] = body.split("*");
      const r = parseRegister(a) ?? (b !== undefined ? parseRegister(b) : undefined);
      if (r !== undefined) {
        if (neg || !(REG32 as readonly string[]).includes(r)) bad();
        const scale = b === undefined ? 1 : parseNumber(parseRegister(a) ? b : a);
        if (scale === undefined) bad();
        if (scale === 1 && m.base === undefined) m.base = r;
        else if (m.index === undefined) {
          m.index = r;
          m.scale = scale;
        } else bad();
        continue;
      }
      const n = parseNumber(body);
      if (n !== undefined) m.disp = (m.disp + (neg ? -n : n)) | 0;
      else if (/^[A-Za-z_.$][\w.$@]*$/.test(body) && !neg && m.symbol === undefined)
        m.symbol = body; // prettier-ignore
      else bad();
    }
    if (size !== undefined) m.size = size;
    return m;
  }
  if (size !== undefined) bad();
  const r = parseRegister(s);
  if (r !== undefined) return { kind: "reg", reg: r };
  const v = s.replace(/^offset\s+(flat:)?/i, "");
  const n = parseNumber(v);
  if (n !== undefined) return { kind: "imm", value: n };
  const sym = /^([A-Za-z_.$][\w.$@]*)\s*(?:([+-])\s*(\S+))?$/.exec(v);
  if (sym) {
    const off = sym[3] !== undefined ? parseNumber(sym[3]) : 0;
    if (off === undefined) bad();
    return { kind: "imm", value: sym[2] === "-" ? -off! | 0 : off!, symbol: sym[1] };
  }
  return bad();
}

/**
 * One statement of a template: an instruction, a local label (`1:`), or a jump to one (`jnz 1b`,
 * `jmp 2f`: the nearest label of that number before or after). Jumps are items of their own
 * because emission sizes them with the function's other branches.
 */
export type AsmItem =
  | { kind: "inst"; ins: Instruction }
  | { kind: "label"; id: number }
  | { kind: "jump"; cc: string | null; id: number };

/** The statements of a substituted template (they end at newlines and `;`). */
function instructions(text: string): AsmItem[] {
  const out: AsmItem[] = [];
  /** Local label definitions in order: the number written, and the item's id (its index). */
  const labels: { n: string; id: number }[] = [];
  const refs: { item: { id: number }; n: string; forward: boolean; at: number; text: string }[] =
    [];
  for (const line of text.split(/[\n;]/)) {
    let t = line.replace(/#.*$/, "").trim();
    for (let m; (m = /^(\d+)\s*:/.exec(t)); t = t.slice(m[0].length).trim()) {
      labels.push({ n: m[1], id: out.length });
      out.push({ kind: "label", id: out.length });
    }
    if (t === "") continue;
    if (/^[\w.$]+:/.test(t)) throw new AsmTemplateError(`only numeric local labels are supported in 'asm': '${t}'`); // prettier-ignore
    const jump = /^(j[a-z]+)\s+(\d+)([bf])$/i.exec(t);
    if (jump) {
      const mnemonic = jump[1].toLowerCase();
      const cc = mnemonic === "jmp" ? null : mnemonic.slice(1);
      const r = encode({ mnemonic, operands: [{ kind: "imm", value: 0 }] }, { bits: 32, pc: 0 });
      if (!r.ok || cc === "ecxz") throw new AsmTemplateError(`invalid 'asm': no such jump: '${t}'`);
      const item = { kind: "jump" as const, cc, id: -1 };
      refs.push({
        item,
        n: jump[2],
        forward: jump[3].toLowerCase() === "f",
        at: out.length,
        text: t,
      });
      out.push(item);
      continue;
    }
    const ins = parseIntel(t);
    const r = encode(ins, { bits: 32 });
    if (!r.ok) throw new AsmTemplateError(`invalid 'asm': ${r.error}: '${t}'`);
    out.push({ kind: "inst", ins });
  }
  for (const ref of refs) {
    const l = ref.forward
      ? labels.find((x) => x.n === ref.n && x.id > ref.at)
      : labels.findLast((x) => x.n === ref.n && x.id < ref.at);
    if (!l) throw new AsmTemplateError(`invalid 'asm': no local label ${ref.n} ${ref.forward ? "after" : "before"} '${ref.text}'`); // prettier-ignore
    ref.item.id = l.id;
  }
  return out;
}

function registerText(r: number, size: number, mod: string): string {
  if (mod === "b") size = 8;
  else if (mod === "w") size = 16;
  else if (mod === "k") size = 32;
  if (mod === "h") {
    if (r > 3) throw new AsmTemplateError(`invalid 'asm': no high byte of ${REG32[r]}`);
    return REG8[r + 4];
  }
  if (size === 8) {
    if (r > 3) throw new AsmTemplateError(`invalid 'asm': no byte register for ${REG32[r]}`);
    return REG8[r];
  }
  return size === 16 ? REG16[r] : REG32[r];
}

/**
 * Lowering's check of a template: substitutes stand-ins (eax for registers, `dword [eax]` for
 * memory, the constant for immediates) and encodes the result. Throws AsmTemplateError.
 */
export function checkTemplate(
  a: ir.AsmInfo,
  kinds: ConstraintKind[],
  constants: (ir.Value | undefined)[],
): void {
  // prettier-ignore
  const texts = kinds.map((k, n): OperandTexts => {
    const size = a.sizes[n] * 8;
    const fixedReg = k.kind === "fixed" ? k.reg : k.kind === "match" && kinds[k.output]?.kind === "fixed" ? (kinds[k.output] as { reg: number }).reg : EAX; // prettier-ignore
    switch (k.kind) {
      case "mem":
        return () => `${size > 0 && size <= 32 ? Object.keys(SIZES)[Math.log2(size) - 3] + " " : ""}[eax]`; // prettier-ignore
      case "imm": {
        const v = constants[n];
        return () => (v?.kind === "const" ? String(v.value) : v?.kind === "global" ? v.name : "0");
      }
      default:
        return (mod) => registerText(fixedReg, size === 0 ? 32 : size, mod);
    }
  });
  instructions(substitute(a.template, texts));
}

// ---- Selection ----

/** What select.ts lends selectAsm. */
export interface AsmSelector {
  emit(op: string, ...ops: MOperand[]): MInst;
  operand(v: ir.Value): MReg | MImm;
  newReg(): number;
  byteReg(r: MReg): MReg;
  address(v: ir.Value, size?: 8 | 16 | 32): MMem;
}

/** The asm's machine instruction, with its moves in; returns the register of each output. */
export function selectAsm(i: ir.Inst, s: AsmSelector): (MReg | undefined)[] {
  const a = i.asm!;
  const roles: number[] = [];
  const ops: MOperand[] = [];
  const outRegs: (MReg | undefined)[] = [];
  const sized = (r: number, n: number): MReg => {
    const bits = a.sizes[n] === 1 ? 8 : a.sizes[n] === 2 ? 16 : 32;
    return bits === 8 ? (r >= FIRST_VREG ? s.byteReg(reg(r)) : reg(r, 8)) : reg(r, bits);
  };
  // A clobbered register holds no operand either (gcc: "may not be used for inputs or outputs"):
  // it is defined before the asm and read by it, so its fixed range covers the asm's reads.
  const clobbered = a.clobbers.map((x) => clobberRegister(x)!).filter((r) => r >= 0);
  for (const r of clobbered) s.emit("zero", reg(r));
  a.constraints.forEach((c, n) => {
    const v = i.args[n];
    const output = n < a.outputs;
    const k = parseKind(c, v, output);
    const size = a.sizes[n];
    if (k.kind === "imm") {
      ops.push(v.kind === "global" ? imm(v.offset, v.name) : imm((v as ir.Const).value));
      roles.push(USE);
      return;
    }
    if (k.kind === "mem") {
      ops.push(s.address(v, size === 1 ? 8 : size === 2 ? 16 : size === 4 ? 32 : undefined));
      roles.push(USE);
      return;
    }
    let r: number;
    if (k.kind === "match") r = outRegs[k.output]!.r;
    else if (k.kind === "fixed") r = k.reg;
    else if (output) r = s.newReg();
    else {
      // An input in a register of the allocator's choosing: the value's own register.
      const o = s.operand(v);
      if (o.k === "reg") r = o.r;
      else {
        r = s.newReg();
        s.emit("mov", reg(r), o);
      }
      if (k.byte || size === 1) s.byteReg(reg(r));
      ops.push(sized(r, n));
      roles.push(USE);
      return;
    }
    if (k.kind === "reg" && (k.byte || size === 1)) s.byteReg(reg(r));
    const inout = output && a.inout[n];
    if (!output || inout) s.emit("mov", reg(r), s.operand(v));
    else if (c.includes("&")) {
      // Early clobber: written before the inputs are read, so it may share no register with
      // them -- live (and zeroed) from before the asm.
      s.emit("zero", reg(r));
    }
    ops.push(sized(r, n));
    roles.push(output ? (inout || c.includes("&") ? USEDEF : DEF) : USE);
    if (output) outRegs[n] = reg(r);
  });
  const mi = s.emit("asm", ...ops);
  mi.asm = { template: a.template, sizes: a.sizes, roles };
  if (clobbered.length > 0) ((mi.uses = clobbered), (mi.defs = clobbered));
  return outRegs;
}

/** The kind of an operand at selection, from its constraint and the value lowering gave it. */
function parseKind(c: string, v: ir.Value, output: boolean): ConstraintKind {
  const letters = constraintLetters(c);
  const k = classifyConstraint(
    letters,
    output,
    v.kind === "const" ? v.value : undefined,
    v.kind === "global",
  );
  if (typeof k === "string") throw new Error(`internal: ${k}`);
  return k;
}

// ---- Emission ----

/** The statements of an allocated asm: operands substituted, parsed, checked by the encoder. */
export function asmInstructions(mi: MInst, operand: (o: MOperand) => Operand): AsmItem[] {
  const info = mi.asm!;
  const texts = mi.ops.map((o, n): OperandTexts => {
    if (o.k === "reg") return (mod) => registerText(o.r, o.size, mod);
    const op = operand(o);
    return () => operandText(op);
  });
  return instructions(substitute(info.template, texts));
}
