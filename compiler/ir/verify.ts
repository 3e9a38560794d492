// The IR verifier: the invariants every pass may rely on and must keep.
//
// A module is well formed when, in every function: block names are unique and every jump goes
// to a block of the function; every instruction has the operands its opcode takes (constants
// where the opcode wants constants), a result exactly when it gives a value, and temporaries of
// its own function; `alloc` appears only in the entry block; and every temporary is assigned on
// every path before it is read (a "must be defined" dataflow over the blocks, parameters defined
// at entry). Data objects have power-of-2 alignments, and `.bss` ones hold only zeros.
//
// logosc runs it once per C file, on the IR the back end is given (cc.ts); the IR tests run it
// after parsing and after the passes. What it finds are compiler bugs, said as
// `function $f, block @b: message`.
import { arity, instText, resultKind } from "./text.ts";
import {
  type Block,
  type Function,
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

export function verifyFunction(fn: Function, errors: string[] = []): string[] {
  const where = (b: Block) => `function $${fn.name}, block @${b.name}`;
  if (fn.blocks.length === 0) {
    errors.push(`function $${fn.name} has no blocks`);
    return errors;
  }
  // A block of the function is where its number says (the numbers are scratch: ir.ts).
  numberBlocks(fn);
  const isBlock = (b: Block): boolean => fn.blocks[b.index] === b;
  const names = new Set<string>();
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const b = fn.blocks[bk];
    if (names.has(b.name)) errors.push(`${where(b)}: the label is defined twice`);
    names.add(b.name);
    const j = b.jump;
    const target = (s: Block): void => {
      if (!isBlock(s)) errors.push(`${where(b)}: jump to @${s.name}, not a block of the function`); // prettier-ignore
    };
    if (j.kind === "jmp") target(j.target);
    else if (j.kind === "jnz") {
      target(j.then);
      if (j.else !== j.then) target(j.else);
    }
  }
  const ownTemp = (v: Value) => v.kind !== "temp" || fn.temps[v.id] === v;
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const b = fn.blocks[bk];
    let i = b.insts[0];
    // (One function for every instruction, not a closure each: the verifier runs on every unit.)
    const bad = (message: string) => errors.push(`${where(b)}: '${instText(i)}': ${message}`);
    const insts = b.insts;
    // (Indexed loops: the verifier walks every instruction of every unit.)
    for (let x = 0; x < insts.length; x++) {
      i = insts[x];
      const n = arity(i.op);
      if (n >= 0 && i.args.length !== n) bad(`'${i.op}' takes ${n} operands`);
      const rk = resultKind(i.op);
      if (rk === "value" && !i.dst) bad("no result");
      if (rk === "none" && i.dst) bad("a result it does not give");
      if (i.dst && fn.temps[i.dst.id] !== i.dst) bad("the result is not a temporary of this function"); // prettier-ignore
      for (let k = 0; k < i.args.length; k++) {
        const v = i.args[k];
        if (!ownTemp(v)) bad(`%${(v as { name: string }).name} is not a temporary of this function`); // prettier-ignore
      }
      if (i.op === "alloc") {
        if (b !== fn.blocks[0]) bad("alloc outside the entry block");
        const size = i.args[0];
        const align = i.args[1];
        if (size.kind !== "const" || size.value <= 0) bad("the size must be a positive constant");
        if (align.kind !== "const" || align.value <= 0 || (align.value & (align.value - 1)) !== 0)
          bad("the alignment must be a constant power of 2");
      }
      if (i.op === "argaddr" && i.args[0].kind !== "const") bad("the offset must be a constant");
      if (i.op === "blit" && (i.args[2].kind !== "const" || i.args[2].value <= 0))
        bad("the size must be a positive constant");
      if (i.op === "call") {
        if (i.callArgs === undefined) bad("a call without an argument list");
        else
          for (let k = 0; k < i.callArgs.length; k++) {
            const a = i.callArgs[k];
            if (!ownTemp(a.value)) bad("an argument is not a temporary of this function");
            if (a.byval < 0) bad("a negative byval size");
          }
      } else if (i.callArgs !== undefined) bad("an argument list on a non-call");
    }
    const j = b.jump;
    const v = j.kind === "jnz" ? j.cond : j.kind === "ret" ? j.value : null;
    if (v && !ownTemp(v))
      errors.push(`${where(b)}: the jump reads a temporary of another function`);
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
