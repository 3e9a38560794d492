// The IR's wire form: functions as 32-bit integers, to hand them to the back end on another
// thread (backend/thread.ts) for the cost of copying an array.
//
// Structured cloning the objects (`postMessage`, `v8.serialize`) costs about three times what
// selecting their instructions does, and loses their classes; this form costs a walk that writes
// a few integers per instruction, and the array is transferred, not copied. It carries what the
// back end reads and no more: temporaries are their ids (their names stay behind), blocks their
// positions (their labels stay behind: the back end numbers its own), strings (symbol names, an
// `asm`'s template and operands) an index into a table that grows along with the stream, so that
// each string crosses once.
//
// A function:  name  flags(exported, variadic)  pops  params: n, ids...  temps  blocks: n
//   then each block:  insts: n, then each instruction, then its jump.
// An instruction:  head (opcode | HAS_DST | VOLATILE | CALL | ASM | POPS)  [dst]  args: n, values...
//   [call arguments: n, (value, byval)...]  [asm: string of its JSON]  [pops]
// A value:  a temporary's id (>= 0) | CONST value | GLOBAL name offset.
// A jump:  JMP target | JNZ cond then else | RET 0 | RET 1 value | HLT.

import {
  type AsmInfo,
  type Block,
  type CallArg,
  Const,
  emptyBlock,
  type Function,
  Global,
  type Inst,
  type Jump,
  numberBlocks,
  type Opcode,
  Temp,
  type Value,
} from "./ir.ts";

const OPCODES: readonly Opcode[] = [
  "add", "sub", "mul", "div", "udiv", "rem", "urem", "and", "or", "xor", "shl", "shr", "sar",
  "eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge",
  "neg", "not", "copy", "extsb", "extub", "extsh", "extuh",
  "loadsb", "loadub", "loadsh", "loaduh", "loadw", "storeb", "storeh", "storew",
  "alloc", "argaddr", "blit", "call", "asm", "asmout",
]; // prettier-ignore
const OPCODE_INDEX = new Map<string, number>(OPCODES.map((op, k) => [op, k]));

// An instruction's head: its opcode's index, and which optional parts follow.
const OPCODE_MASK = 0xff;
const HAS_DST = 1 << 8;
const VOLATILE = 1 << 9;
const CALL = 1 << 10;
const ASM = 1 << 11;
const POPS = 1 << 12;

// A value that is not a temporary.
const CONST = -1;
const GLOBAL = -2;

// Jumps.
const JMP = 0;
const JNZ = 1;
const RET = 2;
const HLT = 3;

/** Writes functions in the wire form; `take` hands over what is written so far. */
export class IrWriter {
  private ints = new Int32Array(1 << 14);
  private n = 0;
  private readonly stringIndex = new Map<string, number>();
  /** The strings met since the last `take`, numbered on from those taken before. */
  private strings: string[] = [];

  /** The number of integers written since the last `take`. */
  get length(): number {
    return this.n;
  }

  /** The integers and new strings written since the last `take` (the array is handed over). */
  take(): { ints: Int32Array<ArrayBuffer>; strings: string[] } {
    const out = { ints: this.ints.slice(0, this.n), strings: this.strings };
    this.n = 0;
    this.strings = [];
    return out;
  }

  function(fn: Function): void {
    this.string(fn.name);
    this.int((fn.exported ? 1 : 0) | (fn.variadic ? 2 : 0));
    this.int(fn.pops);
    this.int(fn.params.length);
    for (let k = 0; k < fn.params.length; k++) this.int(fn.params[k].id);
    this.int(fn.temps.length);
    const blocks = fn.blocks;
    this.int(blocks.length);
    numberBlocks(fn);
    for (let k = 0; k < blocks.length; k++) {
      const insts = blocks[k].insts;
      this.int(insts.length);
      for (let j = 0; j < insts.length; j++) this.inst(insts[j]);
      this.jump(blocks[k].jump);
    }
  }

  private inst(i: Inst): void {
    let head = OPCODE_INDEX.get(i.op)!;
    if (i.dst !== null) head |= HAS_DST;
    if (i.volatile === true) head |= VOLATILE;
    if (i.callArgs !== undefined) head |= CALL;
    if (i.asm !== undefined) head |= ASM;
    if (i.pops !== undefined) head |= POPS;
    this.int(head);
    if (i.dst !== null) this.int(i.dst.id);
    const args = i.args;
    this.int(args.length);
    for (let k = 0; k < args.length; k++) this.value(args[k]);
    if (i.callArgs !== undefined) {
      this.int(i.callArgs.length);
      for (const a of i.callArgs) {
        this.value(a.value);
        this.int(a.byval);
      }
    }
    if (i.asm !== undefined) this.string(JSON.stringify(i.asm));
    if (i.pops !== undefined) this.int(i.pops);
  }

  private jump(j: Jump): void {
    switch (j.kind) {
      case "jmp":
        this.int(JMP);
        this.int(j.target.index);
        return;
      case "jnz":
        this.int(JNZ);
        this.value(j.cond);
        this.int(j.then.index);
        this.int(j.else.index);
        return;
      case "ret":
        this.int(RET);
        if (j.value === null) this.int(0);
        else {
          this.int(1);
          this.value(j.value);
        }
        return;
      case "hlt":
        this.int(HLT);
    }
  }

  private value(v: Value): void {
    if (v.kind === "temp") this.int(v.id);
    else if (v.kind === "const") {
      this.int(CONST);
      this.int(v.value);
    } else {
      this.int(GLOBAL);
      this.string(v.name);
      this.int(v.offset);
    }
  }

  private string(s: string): void {
    let k = this.stringIndex.get(s);
    if (k === undefined) {
      k = this.stringIndex.size;
      this.stringIndex.set(s, k);
      this.strings.push(s);
    }
    this.int(k);
  }

  private int(x: number): void {
    if (this.n === this.ints.length) {
      const bigger = new Int32Array(2 * this.ints.length);
      bigger.set(this.ints);
      this.ints = bigger;
    }
    this.ints[this.n++] = x;
  }
}

/** Reads functions in the wire form, batch after batch, as an `IrWriter` wrote them. */
export class IrReader {
  private ints: Int32Array = new Int32Array(0);
  private at = 0;
  private readonly strings: string[] = [];

  /** Starts on the next batch `IrWriter.take` made. */
  batch(ints: Int32Array, strings: string[]): void {
    this.ints = ints;
    this.at = 0;
    for (let k = 0; k < strings.length; k++) this.strings.push(strings[k]);
  }

  /** Whether the batch has another function. */
  get more(): boolean {
    return this.at < this.ints.length;
  }

  function(): Function {
    const name = this.string();
    const flags = this.int();
    const pops = this.int();
    const paramIds: number[] = [];
    for (let k = this.int(); k > 0; k--) paramIds.push(this.int());
    const temps: Temp[] = [];
    for (let k = this.int(), id = 0; id < k; id++) temps.push(new Temp(id));
    const blocks: Block[] = [];
    for (let k = this.int(), b = 0; b < k; b++) {
      const block = emptyBlock("");
      block.index = b;
      blocks.push(block);
    }
    for (let b = 0; b < blocks.length; b++) {
      const insts = blocks[b].insts;
      for (let k = this.int(); k > 0; k--) insts.push(this.inst(temps));
      blocks[b].jump = this.jump(temps, blocks);
    }
    return {
      name,
      exported: (flags & 1) !== 0,
      params: paramIds.map((id) => temps[id]),
      temps,
      blocks,
      pops,
      variadic: (flags & 2) !== 0,
    };
  }

  private inst(temps: Temp[]): Inst {
    const head = this.int();
    const dst = (head & HAS_DST) !== 0 ? temps[this.int()] : null;
    const args: Value[] = [];
    for (let k = this.int(); k > 0; k--) args.push(this.value(temps));
    const i: Inst = { op: OPCODES[head & OPCODE_MASK], dst, args };
    if ((head & VOLATILE) !== 0) i.volatile = true;
    if ((head & CALL) !== 0) {
      const callArgs: CallArg[] = [];
      for (let k = this.int(); k > 0; k--) {
        const value = this.value(temps);
        callArgs.push({ value, byval: this.int() });
      }
      i.callArgs = callArgs;
    }
    if ((head & ASM) !== 0) i.asm = JSON.parse(this.string()) as AsmInfo;
    if ((head & POPS) !== 0) i.pops = this.int();
    return i;
  }

  private jump(temps: Temp[], blocks: Block[]): Jump {
    switch (this.int()) {
      case JMP:
        return { kind: "jmp", target: blocks[this.int()] };
      case JNZ: {
        const cond = this.value(temps);
        const then = blocks[this.int()];
        return { kind: "jnz", cond, then, else: blocks[this.int()] };
      }
      case RET:
        return { kind: "ret", value: this.int() === 0 ? null : this.value(temps) };
      default:
        return { kind: "hlt" };
    }
  }

  private value(temps: Temp[]): Value {
    const x = this.int();
    if (x >= 0) return temps[x];
    if (x === CONST) return new Const(this.int());
    const name = this.string();
    return new Global(name, this.int());
  }

  private string(): string {
    return this.strings[this.int()];
  }

  private int(): number {
    return this.ints[this.at++];
  }
}
