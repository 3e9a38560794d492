// The operation codes of decoded instructions.
//
// The decoder turns x86 bytes into one of these numbers plus operand fields (see decode.ts); the
// executor (cpu.ts) switches on it. They are small dense integers so that the executor's switch is
// a jump table, and cpu.ts writes them as numeric literals with the name in a comment
// (`case 0x52: // SUB_RR32`) because V8 only builds a jump table from literal case labels;
// test/emulator/ops.test.ts checks that every such comment names the right number.
//
// Three families are numbered by formula so that a generic executor can take them apart:
//   binop  (0x00-0x9f):  kind * 16 + form * 3 + size
//          kind: 0 ADD 1 OR 2 ADC 3 SBB 4 AND 5 SUB 6 XOR 7 CMP 8 TEST 9 MOV
//          form: 0 RR (reg <- reg), 1 RM (reg <- mem), 2 MR (mem <- reg), 3 RI (reg <- imm), 4 MI
//          size: 0 byte, 1 word, 2 dword
//   shift  (0xa0-0xdf):  0xa0 + kind * 8 + mem * 3 + size, kind = the /r of group 2
//          (0 ROL 1 ROR 2 RCL 3 RCR 4 SHL 5 SHR 6 SAL 7 SAR); the count is imm (-1 = CL)
//   unary  (0xe0-0x11f): 0xe0 + kind * 8 + mem * 3 + size,
//          kind: 0 NOT 1 NEG 2 MUL 3 IMUL 4 DIV 5 IDIV 6 INC 7 DEC
// The rest are numbered one by one from 0x120.

export const BINOP_KINDS = ["add", "or", "adc", "sbb", "and", "sub", "xor", "cmp", "test", "mov"];
export const SHIFT_KINDS = ["rol", "ror", "rcl", "rcr", "shl", "shr", "sal", "sar"];
export const UNARY_KINDS = ["not", "neg", "mul", "imul", "div", "idiv", "inc", "dec"];

export const FORM_RR = 0;
export const FORM_RM = 1;
export const FORM_MR = 2;
export const FORM_RI = 3;
export const FORM_MI = 4;

export function binop(kind: number, form: number, size: number): number {
  return kind * 16 + form * 3 + size;
}
export function shiftOp(kind: number, mem: boolean, size: number): number {
  return 0xa0 + kind * 8 + (mem ? 3 : 0) + size;
}
export function unaryOp(kind: number, mem: boolean, size: number): number {
  return 0xe0 + kind * 8 + (mem ? 3 : 0) + size;
}

// Named members of the families that the hot loop special-cases.
export const ADD_RR32 = 0x02;
export const ADD_RM32 = 0x05;
export const ADD_MR32 = 0x08;
export const ADD_RI32 = 0x0b;
export const ADD_MI32 = 0x0e;
export const OR_RR32 = 0x12;
export const OR_RI32 = 0x1b;
export const AND_RR32 = 0x42;
export const AND_RI32 = 0x4b;
export const SUB_RR32 = 0x52;
export const SUB_RM32 = 0x55;
export const SUB_RI32 = 0x5b;
export const XOR_RR32 = 0x62;
export const XOR_RI32 = 0x6b;
export const CMP_RR32 = 0x72;
export const CMP_RM32 = 0x75;
export const CMP_MR32 = 0x78;
export const CMP_RI32 = 0x7b;
export const CMP_MI32 = 0x7e;
export const CMP_RR8 = 0x70;
export const CMP_RI8 = 0x79;
export const CMP_MI8 = 0x7c;
export const TEST_RR32 = 0x82;
export const TEST_RI32 = 0x8b;
export const TEST_RR8 = 0x80;
export const MOV_RR32 = 0x92;
export const MOV_RM32 = 0x95;
export const MOV_MR32 = 0x98;
export const MOV_RI32 = 0x9b;
export const MOV_MI32 = 0x9e;
export const MOV_RR8 = 0x90;
export const MOV_RM8 = 0x93;
export const MOV_MR8 = 0x96;
export const MOV_RI8 = 0x99;
export const MOV_MI8 = 0x9c;
export const SHL_R32 = 0xc2;
export const SHR_R32 = 0xca;
export const SAR_R32 = 0xda;
export const INC_R32 = 0x112;
export const DEC_R32 = 0x11a;

// One by one.
export const MOVZX8_R = 0x120; // dst size = os, src = reg8 (byte index)
export const MOVZX8_M = 0x121;
export const MOVZX16_R = 0x122;
export const MOVZX16_M = 0x123;
export const MOVSX8_R = 0x124;
export const MOVSX8_M = 0x125;
export const MOVSX16_R = 0x126;
export const MOVSX16_M = 0x127;
export const LEA = 0x128;
export const PUSH_R32 = 0x129;
export const POP_R32 = 0x12a;
export const PUSH_I = 0x12b;
export const PUSH_M = 0x12c;
export const POP_M = 0x12d;
export const PUSH_R16 = 0x12e;
export const POP_R16 = 0x12f;
export const JCC = 0x130; // a = condition, imm = target eip
export const JMP = 0x131; // imm = target eip
export const CALL = 0x132;
export const RET = 0x133; // imm = bytes to release
export const JMP_R = 0x134;
export const JMP_M = 0x135;
export const CALL_R = 0x136;
export const CALL_M = 0x137;
export const LOOP = 0x138; // a = 0 loopne, 1 loope, 2 loop, 3 jcxz
export const SETCC_R = 0x139;
export const SETCC_M = 0x13a;
export const CMOV_R = 0x13b;
export const CMOV_M = 0x13c;
export const LEAVE = 0x13d;
export const ENTER = 0x13e;
export const XCHG_RR = 0x13f;
export const XCHG_RM = 0x140;
export const IMUL3_R = 0x141; // a = dst, b = src reg, imm
export const IMUL3_M = 0x142;
export const IMUL2_R = 0x143;
export const IMUL2_M = 0x144;
export const CWD = 0x145; // cwd / cdq
export const CBW = 0x146; // cbw / cwde
export const NOP = 0x147;
export const STRING = 0x148; // a = kind (STR_*), b = rep (0 none, 1 rep/repe, 2 repne)
export const MOV_R_SREG = 0x149;
export const MOV_M_SREG = 0x14a;
export const MOV_SREG_R = 0x14b;
export const MOV_SREG_M = 0x14c;
export const PUSH_SREG = 0x14d;
export const POP_SREG = 0x14e;
export const PUSHF = 0x14f;
export const POPF = 0x150;
export const SAHF = 0x151;
export const LAHF = 0x152;
export const CLC = 0x153;
export const STC = 0x154;
export const CMC = 0x155;
export const CLD = 0x156;
export const STD = 0x157;
export const CLI = 0x158;
export const STI = 0x159;
export const HLT = 0x15a;
export const INT = 0x15b;
export const INT3 = 0x15c;
export const INTO = 0x15d;
export const IRET = 0x15e;
export const CALLF_I = 0x15f; // imm = offset, imm2 = selector
export const JMPF_I = 0x160;
export const CALLF_M = 0x161;
export const JMPF_M = 0x162;
export const RETF = 0x163; // imm = bytes to release
export const BT = 0x170; // 0x170 + kind * 4 + form; kind 0 BT 1 BTS 2 BTR 3 BTC;
// form 0 reg,reg 1 mem,reg 2 reg,imm 3 mem,imm
export const BSF_R = 0x180;
export const BSF_M = 0x181;
export const BSR_R = 0x182;
export const BSR_M = 0x183;
export const SHLD_R = 0x184; // imm = count, -1 = CL
export const SHLD_M = 0x185;
export const SHRD_R = 0x186;
export const SHRD_M = 0x187;
export const BSWAP = 0x188;
export const XADD_R = 0x189;
export const XADD_M = 0x18a;
export const CMPXCHG_R = 0x18b;
export const CMPXCHG_M = 0x18c;
export const CMPXCHG8B = 0x18d;
export const CPUID = 0x18e;
export const RDTSC = 0x18f;
export const IN = 0x190; // imm = port, -1 = DX
export const OUT = 0x191;
export const XLAT = 0x192;
export const DAA = 0x193;
export const DAS = 0x194;
export const AAA = 0x195;
export const AAS = 0x196;
export const AAM = 0x197;
export const AAD = 0x198;
export const SALC = 0x199;
export const BOUND = 0x19a;
export const ARPL = 0x19b;
export const LOAD_FAR = 0x19c; // les/lds/lss/lfs/lgs: a = reg, b = segment
export const DESC_TABLE = 0x19d; // b = 0 sgdt 1 sidt 2 lgdt 3 lidt
export const SMSW = 0x19e;
export const LMSW = 0x19f;
export const INVLPG = 0x1a0;
export const MOV_R_CR = 0x1a1; // a = gp reg, b = cr number
export const MOV_CR_R = 0x1a2;
export const MOV_R_DR = 0x1a3;
export const MOV_DR_R = 0x1a4;
export const CLTS = 0x1a5;
export const GROUP6 = 0x1a6; // b = 0 sldt 1 str 2 lldt 3 ltr 4 verr 5 verw
export const LAR = 0x1a7;
export const LSL = 0x1a8;
export const WBINVD = 0x1a9;
export const RDMSR = 0x1aa;
export const WRMSR = 0x1ab;
export const UD = 0x1ac;
export const FPU = 0x1ad;
export const WAIT = 0x1ae;
export const PUSHA = 0x1af;
export const POPA = 0x1b0;
export const SLOW = 0x1b1; // an instruction that crosses a page: decoded again each time
export const INT1 = 0x1b2;
export const OP_COUNT = 0x1b3;

/**
 * The ops the hot loop (cpu.ts, runBlocks) executes itself, in the order of its dense case
 * numbers: HOT[k - 1] is case k. Every other op is case 0, which calls the general executor.
 */
export const HOT = [
  ADD_RR32,
  ADD_RM32,
  ADD_RI32,
  SUB_RR32,
  SUB_RI32,
  CMP_RR32,
  CMP_RM32,
  CMP_MR32,
  CMP_RI32,
  CMP_MI32,
  AND_RR32,
  AND_RI32,
  OR_RR32,
  XOR_RR32,
  TEST_RR32,
  TEST_RR8,
  CMP_MI8,
  CMP_RI8,
  CMP_RR8,
  TEST_RI32,
  OR_RI32,
  XOR_RI32,
  ADD_MR32,
  SUB_RM32,
  SHL_R32,
  SHR_R32,
  SAR_R32,
  MOV_MI8,
  MOV_RI8,
  MOV_RR8,
  MOV_RR32,
  MOV_RM32,
  MOV_MR32,
  MOV_RI32,
  MOV_MI32,
  MOV_RM8,
  MOV_MR8,
  INC_R32,
  DEC_R32,
  LEA,
  MOVZX8_R,
  MOVZX8_M,
  PUSH_R32,
  POP_R32,
  JCC,
  JMP,
  CALL,
  RET,
  NOP,
];

/** HOT_INDEX[op] = the hot loop's case number for op (0 = general executor). */
export const HOT_INDEX = new Uint8Array(OP_COUNT);
HOT.forEach((op, k) => (HOT_INDEX[op] = k + 1));

// String instruction kinds (STRING's a field).
export const STR_MOVS = 0;
export const STR_CMPS = 1;
export const STR_STOS = 2;
export const STR_LODS = 3;
export const STR_SCAS = 4;
export const STR_INS = 5;
export const STR_OUTS = 6;

/**
 * Ops after which the decoder ends a block: they change eip, the mode, or let interrupts in
 * (a `rep` string instruction, which can stop part-way, also ends one; see decode.ts).
 */
export function endsBlock(op: number): boolean {
  switch (op) {
    case JCC:
    case JMP:
    case CALL:
    case RET:
    case JMP_R:
    case JMP_M:
    case CALL_R:
    case CALL_M:
    case LOOP:
    case INT:
    case INT3:
    case INTO:
    case INT1:
    case IRET:
    case CALLF_I:
    case JMPF_I:
    case CALLF_M:
    case JMPF_M:
    case RETF:
    case HLT:
    case STI:
    case CLI:
    case POPF:
    case MOV_SREG_R:
    case MOV_SREG_M:
    case POP_SREG:
    case LOAD_FAR:
    case MOV_CR_R:
    case LMSW:
    case CLTS:
    case DESC_TABLE:
    case GROUP6:
    case INVLPG:
    case WRMSR:
    case UD:
    case FPU:
    case SLOW:
    case BOUND:
    case IN:
    case OUT:
      return true;
    default:
      return false;
  }
}
