// The IR verifier: the invariants every pass may rely on and must keep.
//
// A module is well formed when, in every function: block names are unique and every jump goes
// to a block of the function; every instruction has the operands its opcode takes (constants
// where the opcode wants constants), a result exactly when it gives a value, and temporaries of
// its own function; `alloc` appears only in the entry block; and every temporary is assigned on
// every path before it is read (a "must be defined" dataflow over the blocks, parameters defined
// at entry). Data objects have power-of-2 alignments, and `.bss` ones hold only zeros.
//
// logosc runs it under -fchecking, on the IR the back end is given (cc.ts); the IR tests run it
// after parsing and after the passes. What it finds are compiler bugs, said as
// `function $f, block @b: message`.
import { arity, instText, resultKind } from "./text.ts";
import {
  type Block,
  type Function,
  type Inst,
  type Module,
  numberBlocks,
  readsBeforeAssignment,
  type Value,
} from "./ir.ts";

export function verifyModule(m: Module): string[] {
  const errors = verifyDefinitions(
    m.data,
    m.functions.map((f) => f.name),
  );
  for (const f of m.functions) verifyFunction(f, errors);
  return errors;
}

/**
 * What `verifyModule` checks besides the functions' bodies: the data objects, and that no name is
 * defined twice (for a unit compiled a function at a time, which verifies each with
 * `verifyFunction` as it goes).
 */
export function verifyDefinitions(data: Module["data"], functions: string[]): string[] {
  const errors: string[] = [];
  const names = new Set<string>();
  for (const d of data) {
    if (names.has(d.name)) errors.push(`$${d.name} is defined twice`);
    names.add(d.name);
    if (d.align <= 0 || (d.align & (d.align - 1)) !== 0)
      errors.push(`data $${d.name}: alignment ${d.align} is not a power of 2`);
    if (d.section === ".bss" && d.items.some((i) => i.kind !== "zero"))
      errors.push(`data $${d.name}: a .bss object holds only zeros`);
  }
  for (const name of functions) {
    if (names.has(name)) errors.push(`$${name} is defined twice`);
    names.add(name);
  }
  return errors;
}

// (verifyFunction makes no function per block, and keeps no variable that a function made
// there reads: such a closure and its context, which then holds the variable, were allocated per
// block. Callgrind, verifying the 10,000-line bench program's -O0 IR: 6% fewer instructions.)

const where = (fn: Function, b: Block): string => `function $${fn.name}, block @${b.name}`;

function bad(errors: string[], fn: Function, b: Block, i: Inst, message: string): void {
  errors.push(`${where(fn, b)}: '${instText(i)}': ${message}`);
}

/** Whether `v` is not a temporary of another function. */
const ownTemp = (fn: Function, v: Value): boolean => v.kind !== "temp" || fn.temps[v.id] === v;

/** A jump's target is a block of the function: where its number says (they are numbered). */
function checkTarget(errors: string[], fn: Function, b: Block, s: Block): void {
  if (fn.blocks[s.index] !== s)
    errors.push(`${where(fn, b)}: jump to @${s.name}, not a block of the function`);
}

export function verifyFunction(fn: Function, errors: string[] = []): string[] {
  if (fn.blocks.length === 0) {
    errors.push(`function $${fn.name} has no blocks`);
    return errors;
  }
  // A block of the function is where its number says (the numbers are scratch: ir.ts).
  numberBlocks(fn);
  const names = new Set<string>();
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const b = fn.blocks[bk];
    if (names.has(b.name)) errors.push(`${where(fn, b)}: the label is defined twice`);
    names.add(b.name);
    const j = b.jump;
    if (j.kind === "jmp") checkTarget(errors, fn, b, j.target);
    else if (j.kind === "jnz") {
      checkTarget(errors, fn, b, j.then);
      if (j.else !== j.then) checkTarget(errors, fn, b, j.else);
    }
  }
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const b = fn.blocks[bk];
    const insts = b.insts;
    // (Indexed loops: the verifier walks every instruction of every unit.)
    for (let x = 0; x < insts.length; x++) {
      const i = insts[x];
      const n = arity(i.op);
      if (n >= 0 && i.args.length !== n) bad(errors, fn, b, i, `'${i.op}' takes ${n} operands`);
      const rk = resultKind(i.op);
      if (rk === "value" && !i.dst) bad(errors, fn, b, i, "no result");
      if (rk === "none" && i.dst) bad(errors, fn, b, i, "a result it does not give");
      if (i.dst && fn.temps[i.dst.id] !== i.dst) bad(errors, fn, b, i, "the result is not a temporary of this function"); // prettier-ignore
      for (let k = 0; k < i.args.length; k++) {
        const v = i.args[k];
        if (!ownTemp(fn, v)) bad(errors, fn, b, i, `%${(v as { name: string }).name} is not a temporary of this function`); // prettier-ignore
      }
      if (i.op === "alloc") {
        if (b !== fn.blocks[0]) bad(errors, fn, b, i, "alloc outside the entry block");
        const size = i.args[0];
        const align = i.args[1];
        if (size.kind !== "const" || size.value <= 0) bad(errors, fn, b, i, "the size must be a positive constant"); // prettier-ignore
        if (align.kind !== "const" || align.value <= 0 || (align.value & (align.value - 1)) !== 0)
          bad(errors, fn, b, i, "the alignment must be a constant power of 2");
      }
      if (i.op === "argaddr" && i.args[0].kind !== "const") bad(errors, fn, b, i, "the offset must be a constant"); // prettier-ignore
      if (i.op === "blit" && (i.args[2].kind !== "const" || i.args[2].value <= 0))
        bad(errors, fn, b, i, "the size must be a positive constant");
      if (i.op === "call") {
        if (i.callArgs === undefined) bad(errors, fn, b, i, "a call without an argument list");
        else
          for (let k = 0; k < i.callArgs.length; k++) {
            const a = i.callArgs[k];
            if (!ownTemp(fn, a.value)) bad(errors, fn, b, i, "an argument is not a temporary of this function"); // prettier-ignore
            if (a.byval < 0) bad(errors, fn, b, i, "a negative byval size");
          }
      } else if (i.callArgs !== undefined) bad(errors, fn, b, i, "an argument list on a non-call");
    }
    const j = b.jump;
    const v = j.kind === "jnz" ? j.cond : j.kind === "ret" ? j.value : null;
    if (v && !ownTemp(fn, v))
      errors.push(`${where(fn, b)}: the jump reads a temporary of another function`);
  }
  if (errors.length === 0) checkDefinedBeforeUse(fn, errors);
  return errors;
}

/** Every temporary is assigned on every path before it is read (ir.ts: readsBeforeAssignment). */
function checkDefinedBeforeUse(fn: Function, errors: string[]): void {
  readsBeforeAssignment(fn, (t, b) =>
    errors.push(
      `function $${fn.name}, block @${b.name}: %${t.name} may be read before it is assigned`,
    ),
  );
}
