// The i386 instruction set, described once, as data.
//
// Every instruction form the assembler can encode and the disassembler can decode is one line of
// `TABLE` below, written in the notation of the Intel SDM's opcode tables:
//
//     add   r/mv,simm8   ov 83 /0
//     ^^^   ^^^^^^^^^^   ^^^^^^^^
//     name  operands     encoding
//
// Operands (their kinds are `OperandKind`): `r8 r16 r32` a general register; `r/m8 r/m16 r/m32`
// a register or memory (ModRM); `m` memory of any size, `m8 m16 m32` sized memory, `mfar` a far
// pointer in memory (m16:16 or m16:32); `imm8 imm16 imm32` an immediate of that many bits; `simm8`
// an immediate byte sign-extended to the operand size; `rel8 rel16 rel32` a branch displacement;
// `ptr16:16 ptr16:32` a direct far address (selector:offset); `moffs8 moffs16 moffs32` a memory
// operand given by its address alone (`mov al,[addr]`); `sreg cr dr tr` segment, control, debug and
// test registers; `1` the constant 1 (shifts); fixed registers `al ax eax cl dx es cs ss ds fs gs`.
//
// Encoding: opcode bytes in hex (`B8+r` adds the register number to the byte), `/r` (a ModRM byte
// whose reg field holds the register operand), `/0`...`/7` (a ModRM byte whose reg field is that
// digit, an opcode extension), `o16`/`o32` (the form needs that operand size: a 0x66 prefix when it
// differs from the `bits` in force), `a16`/`a32` (likewise the address size, 0x67; only `jcxz`).
// Immediates, displacements, moffs and far pointers follow the opcode and ModRM in operand order,
// their sizes given by the operand kinds, so they need no separate notation.
//
// The letter `v` stands for "the operand size": a line with `ov` is two forms, one with `o16`
// where every `v` reads `16`, one with `o32` where it reads `32` (`r/mv` -> `r/m16`, `r/m32`).
// `cc` in a name stands for each condition code; the line becomes sixteen forms whose opcode
// byte adds the condition's number, and the aliases (`jz` for `je`) follow as further forms.
//
// The first form of a byte pattern in table order is the one the disassembler prints, so the
// spellings objdump uses come first (`je` before `jz`, `shl` before `sal`). The encoder considers
// every form of a mnemonic and keeps the shortest encoding, ties going to table order -- that is
// nasm's choice (imm8 sign-extended forms, the accumulator forms, `B8+r` for `mov reg,imm`).
// Where the two orders disagree, a form marked `encode-only` gives nasm's encoding and the
// disassembler reads those bytes through another form (`xchg al,cl` is 86 C1, which objdump
// prints `xchg cl,al`). An opcode that starts with F3 (`pause`, `endbr32`) has that prefix as
// part of it: the decoder requires it rather than printing `repz`.
//
// The table is parsed once, at module load, into `FORMS`; encode.ts and disasm.ts build their own
// lookup indexes from that array, also at load. Nothing here runs per instruction.

export type Size = 8 | 16 | 32;

export type OperandKind =
  | "r8"
  | "r16"
  | "r32"
  | "r/m8"
  | "r/m16"
  | "r/m32"
  | "m"
  | "m8"
  | "m16"
  | "m32"
  | "mfar"
  | "imm8"
  | "imm16"
  | "imm32"
  | "simm8"
  | "rel8"
  | "rel16"
  | "rel32"
  | "ptr16:16"
  | "ptr16:32"
  | "moffs8"
  | "moffs16"
  | "moffs32"
  | "sreg"
  | "cr"
  | "dr"
  | "tr"
  | "1"
  | "al"
  | "ax"
  | "eax"
  | "cl"
  | "dx"
  | "es"
  | "cs"
  | "ss"
  | "ds"
  | "fs"
  | "gs";

/** How the ModRM byte is used: none, `/r`, `/digit`, or the register added to the opcode (`+r`). */
export type ModRMForm =
  { kind: "none" } | { kind: "r" } | { kind: "digit"; digit: number } | { kind: "plusr" };

export interface Form {
  /** Lower-case mnemonic, as nasm spells it. */
  mnemonic: string;
  operands: OperandKind[];
  /** Opcode bytes, `0F` included; for `+r` forms the last byte is the base to which the register adds. */
  opcode: number[];
  modrm: ModRMForm;
  /** The operand size the form needs (0x66 when it differs from `bits`), or undefined if none. */
  osize?: 16 | 32;
  /** The address size the form needs (0x67 when it differs from `bits`); only `jcxz`/`jecxz`. */
  asize?: 16 | 32;
  /** Which operand is encoded in ModRM's r/m field, and which in its reg field (-1: none). */
  rm: number;
  reg: number;
  /**
   * nasm's choice for an operand pattern whose bytes the disassembler spells with another form
   * (`xchg al,cl` is 86 C1, which objdump reads as `xchg cl,al`); the decoder skips it.
   */
  encodeOnly?: boolean;
  /** A prefix byte that is part of the opcode (`pause` is F3 90): 0xF3, or undefined. */
  mandatory?: number;
  /** Index in `FORMS`: the table order, which breaks ties between equally short encodings. */
  index: number;
  /** The table line this form came from, for error messages ("the forms that exist"). */
  source: string;
}

/** Condition codes in encoding order (0-15), with the aliases nasm also accepts. */
export const CONDITIONS: readonly (readonly string[])[] = [
  ["o"],
  ["no"],
  ["b", "c", "nae"],
  ["ae", "nb", "nc"],
  ["e", "z"],
  ["ne", "nz"],
  ["be", "na"],
  ["a", "nbe"],
  ["s"],
  ["ns"],
  ["p", "pe"],
  ["np", "po"],
  ["l", "nge"],
  ["ge", "nl"],
  ["le", "ng"],
  ["g", "nle"],
];

// prettier-ignore
const TABLE = `
add   r/m8,r8            00 /r
add   r/mv,rv            ov 01 /r
add   r8,r/m8            02 /r
add   rv,r/mv            ov 03 /r
add   r/mv,simm8         ov 83 /0
add   al,imm8            04
add   accv,immv          ov 05
add   r/m8,imm8          80 /0
add   r/mv,immv          ov 81 /0
or    r/m8,r8            08 /r
or    r/mv,rv            ov 09 /r
or    r8,r/m8            0A /r
or    rv,r/mv            ov 0B /r
or    r/mv,simm8         ov 83 /1
or    al,imm8            0C
or    accv,immv          ov 0D
or    r/m8,imm8          80 /1
or    r/mv,immv          ov 81 /1
adc   r/m8,r8            10 /r
adc   r/mv,rv            ov 11 /r
adc   r8,r/m8            12 /r
adc   rv,r/mv            ov 13 /r
adc   r/mv,simm8         ov 83 /2
adc   al,imm8            14
adc   accv,immv          ov 15
adc   r/m8,imm8          80 /2
adc   r/mv,immv          ov 81 /2
sbb   r/m8,r8            18 /r
sbb   r/mv,rv            ov 19 /r
sbb   r8,r/m8            1A /r
sbb   rv,r/mv            ov 1B /r
sbb   r/mv,simm8         ov 83 /3
sbb   al,imm8            1C
sbb   accv,immv          ov 1D
sbb   r/m8,imm8          80 /3
sbb   r/mv,immv          ov 81 /3
and   r/m8,r8            20 /r
and   r/mv,rv            ov 21 /r
and   r8,r/m8            22 /r
and   rv,r/mv            ov 23 /r
and   r/mv,simm8         ov 83 /4
and   al,imm8            24
and   accv,immv          ov 25
and   r/m8,imm8          80 /4
and   r/mv,immv          ov 81 /4
sub   r/m8,r8            28 /r
sub   r/mv,rv            ov 29 /r
sub   r8,r/m8            2A /r
sub   rv,r/mv            ov 2B /r
sub   r/mv,simm8         ov 83 /5
sub   al,imm8            2C
sub   accv,immv          ov 2D
sub   r/m8,imm8          80 /5
sub   r/mv,immv          ov 81 /5
xor   r/m8,r8            30 /r
xor   r/mv,rv            ov 31 /r
xor   r8,r/m8            32 /r
xor   rv,r/mv            ov 33 /r
xor   r/mv,simm8         ov 83 /6
xor   al,imm8            34
xor   accv,immv          ov 35
xor   r/m8,imm8          80 /6
xor   r/mv,immv          ov 81 /6
cmp   r/m8,r8            38 /r
cmp   r/mv,rv            ov 39 /r
cmp   r8,r/m8            3A /r
cmp   rv,r/mv            ov 3B /r
cmp   r/mv,simm8         ov 83 /7
cmp   al,imm8            3C
cmp   accv,immv          ov 3D
cmp   r/m8,imm8          80 /7
cmp   r/mv,immv          ov 81 /7
push  es                 06
pop   es                 07
push  cs                 0E
push  ss                 16
pop   ss                 17
push  ds                 1E
pop   ds                 1F
push  fs                 0F A0
pop   fs                 0F A1
push  gs                 0F A8
pop   gs                 0F A9
daa   -                  27
das   -                  2F
aaa   -                  37
aas   -                  3F
inc   rv                 ov 40+r
inc   r/m8               FE /0
inc   r/mv               ov FF /0
dec   rv                 ov 48+r
dec   r/m8               FE /1
dec   r/mv               ov FF /1
push  rv                 ov 50+r
push  r/mv               ov FF /6
push  simm8              ov 6A
push  immv               ov 68
pop   rv                 ov 58+r
pop   r/mv               ov 8F /0
pusha -                  60
pushaw -                 o16 60
pushad -                 o32 60
popa  -                  61
popaw -                  o16 61
popad -                  o32 61
bound rv,m               ov 62 /r
arpl  r/m16,r16          63 /r
imul  rv,r/mv,immv       ov 69 /r
imul  rv,r/mv,simm8      ov 6B /r
imul  rv,immv            ov 69 /r
imul  rv,simm8           ov 6B /r
imul  rv,r/mv            ov 0F AF /r
imul  r/m8               F6 /5
imul  r/mv               ov F7 /5
insb  -                  6C
insw  -                  o16 6D
insd  -                  o32 6D
outsb -                  6E
outsw -                  o16 6F
outsd -                  o32 6F
jcc   rel8               70
jcc   relv               ov 0F 80
test  r/m8,r8            84 /r
test  r/mv,rv            ov 85 /r
test  al,imm8            A8
test  accv,immv          ov A9
test  r/m8,imm8          F6 /0
test  r/mv,immv          ov F7 /0
test  r8,r/m8            84 /r
test  rv,r/mv            ov 85 /r
nop   -                  90
xchg  rv,accv            ov 90+r
xchg  accv,rv            ov 90+r
xchg  r8,r8              86 /r encode-only
xchg  rv,rv              ov 87 /r encode-only
xchg  r/m8,r8            86 /r
xchg  r8,r/m8            86 /r
xchg  r/mv,rv            ov 87 /r
xchg  rv,r/mv            ov 87 /r
mov   r/m8,r8            88 /r
mov   r/mv,rv            ov 89 /r
mov   r8,r/m8            8A /r
mov   rv,r/mv            ov 8B /r
mov   r16,sreg           o16 8C /r
mov   r32,sreg           o32 8C /r
mov   m16,sreg           8C /r
mov   sreg,r32           8E /r
mov   sreg,r/m16         8E /r
mov   al,moffs8          A0
mov   accv,moffsv        ov A1
mov   moffs8,al          A2
mov   moffsv,accv        ov A3
mov   r8,imm8            B0+r
mov   rv,immv            ov B8+r
mov   r/m8,imm8          C6 /0
mov   r/mv,immv          ov C7 /0
mov   r32,cr             0F 20 /r
mov   cr,r32             0F 22 /r
mov   r32,dr             0F 21 /r
mov   dr,r32             0F 23 /r
mov   r32,tr             0F 24 /r
mov   tr,r32             0F 26 /r
lea   rv,m               ov 8D /r
cbw   -                  o16 98
cwde  -                  o32 98
cwd   -                  o16 99
cdq   -                  o32 99
call  ptr16:v            ov 9A
call  relv               ov E8
call  r/mv               ov FF /2
call  mfar               FF /3
jmp   rel8               EB
jmp   relv               ov E9
jmp   ptr16:v            ov EA
jmp   r/mv               ov FF /4
jmp   mfar               FF /5
fwait -                  9B
wait  -                  9B
pushf -                  9C
pushfw -                 o16 9C
pushfd -                 o32 9C
popf  -                  9D
popfw -                  o16 9D
popfd -                  o32 9D
sahf  -                  9E
lahf  -                  9F
movsb -                  A4
movsw -                  o16 A5
movsd -                  o32 A5
cmpsb -                  A6
cmpsw -                  o16 A7
cmpsd -                  o32 A7
stosb -                  AA
stosw -                  o16 AB
stosd -                  o32 AB
lodsb -                  AC
lodsw -                  o16 AD
lodsd -                  o32 AD
scasb -                  AE
scasw -                  o16 AF
scasd -                  o32 AF
rol   r/m8,1             D0 /0
rol   r/mv,1             ov D1 /0
rol   r/m8,cl            D2 /0
rol   r/mv,cl            ov D3 /0
rol   r/m8,imm8          C0 /0
rol   r/mv,imm8          ov C1 /0
ror   r/m8,1             D0 /1
ror   r/mv,1             ov D1 /1
ror   r/m8,cl            D2 /1
ror   r/mv,cl            ov D3 /1
ror   r/m8,imm8          C0 /1
ror   r/mv,imm8          ov C1 /1
rcl   r/m8,1             D0 /2
rcl   r/mv,1             ov D1 /2
rcl   r/m8,cl            D2 /2
rcl   r/mv,cl            ov D3 /2
rcl   r/m8,imm8          C0 /2
rcl   r/mv,imm8          ov C1 /2
rcr   r/m8,1             D0 /3
rcr   r/mv,1             ov D1 /3
rcr   r/m8,cl            D2 /3
rcr   r/mv,cl            ov D3 /3
rcr   r/m8,imm8          C0 /3
rcr   r/mv,imm8          ov C1 /3
shl   r/m8,1             D0 /4
shl   r/mv,1             ov D1 /4
shl   r/m8,cl            D2 /4
shl   r/mv,cl            ov D3 /4
shl   r/m8,imm8          C0 /4
shl   r/mv,imm8          ov C1 /4
sal   r/m8,1             D0 /4
sal   r/mv,1             ov D1 /4
sal   r/m8,cl            D2 /4
sal   r/mv,cl            ov D3 /4
sal   r/m8,imm8          C0 /4
sal   r/mv,imm8          ov C1 /4
shr   r/m8,1             D0 /5
shr   r/mv,1             ov D1 /5
shr   r/m8,cl            D2 /5
shr   r/mv,cl            ov D3 /5
shr   r/m8,imm8          C0 /5
shr   r/mv,imm8          ov C1 /5
sar   r/m8,1             D0 /7
sar   r/mv,1             ov D1 /7
sar   r/m8,cl            D2 /7
sar   r/mv,cl            ov D3 /7
sar   r/m8,imm8          C0 /7
sar   r/mv,imm8          ov C1 /7
ret   imm16              C2
ret   -                  C3
retn  imm16              C2
retn  -                  C3
les   rv,mfar            ov C4 /r
lds   rv,mfar            ov C5 /r
enter imm16,imm8         C8
leave -                  C9
retf  imm16              CA
retf  -                  CB
int3  -                  CC
int   imm8               CD
into  -                  CE
iret  -                  CF
iretw -                  o16 CF
iretd -                  o32 CF
aam   imm8               D4
aam   -                  D4 0A
aad   imm8               D5
aad   -                  D5 0A
xlatb -                  D7
loopne rel8              E0
loopnz rel8              E0
loope rel8               E1
loopz rel8               E1
loop  rel8               E2
jcxz  rel8               a16 E3
jecxz rel8               a32 E3
in    al,imm8            E4
in    accv,imm8          ov E5
out   imm8,al            E6
out   imm8,accv          ov E7
in    al,dx              EC
in    accv,dx            ov ED
out   dx,al              EE
out   dx,accv            ov EF
int1  -                  F1
icebp -                  F1
hlt   -                  F4
cmc   -                  F5
not   r/m8               F6 /2
not   r/mv               ov F7 /2
neg   r/m8               F6 /3
neg   r/mv               ov F7 /3
mul   r/m8               F6 /4
mul   r/mv               ov F7 /4
div   r/m8               F6 /6
div   r/mv               ov F7 /6
idiv  r/m8               F6 /7
idiv  r/mv               ov F7 /7
clc   -                  F8
stc   -                  F9
cli   -                  FA
sti   -                  FB
cld   -                  FC
std   -                  FD
sldt  rv                 ov 0F 00 /0
sldt  m16                0F 00 /0
str   rv                 ov 0F 00 /1
str   m16                0F 00 /1
lldt  r/m16              0F 00 /2
ltr   r/m16              0F 00 /3
verr  r/m16              0F 00 /4
verw  r/m16              0F 00 /5
sgdt  m                  0F 01 /0
sidt  m                  0F 01 /1
lgdt  m                  0F 01 /2
lidt  m                  0F 01 /3
smsw  rv                 ov 0F 01 /4
smsw  m16                0F 01 /4
lmsw  r/m16              0F 01 /6
invlpg m                 0F 01 /7
lar   rv,rv              ov 0F 02 /r
lar   rv,r/m16           ov 0F 02 /r
lsl   rv,rv              ov 0F 03 /r
lsl   rv,r/m16           ov 0F 03 /r
clts  -                  0F 06
invd  -                  0F 08
wbinvd -                 0F 09
ud2   -                  0F 0B
wrmsr -                  0F 30
rdtsc -                  0F 31
rdmsr -                  0F 32
cmovcc rv,r/mv           ov 0F 40 /r
setcc r/m8               0F 90 /0
cpuid -                  0F A2
bt    r/mv,rv            ov 0F A3 /r
bt    r/mv,imm8          ov 0F BA /4
shld  r/mv,rv,imm8       ov 0F A4 /r
shld  r/mv,rv,cl         ov 0F A5 /r
bts   r/mv,rv            ov 0F AB /r
bts   r/mv,imm8          ov 0F BA /5
shrd  r/mv,rv,imm8       ov 0F AC /r
shrd  r/mv,rv,cl         ov 0F AD /r
cmpxchg r/m8,r8          0F B0 /r
cmpxchg r/mv,rv          ov 0F B1 /r
lss   rv,mfar            ov 0F B2 /r
btr   r/mv,rv            ov 0F B3 /r
btr   r/mv,imm8          ov 0F BA /6
lfs   rv,mfar            ov 0F B4 /r
lgs   rv,mfar            ov 0F B5 /r
movzx rv,r/m8            ov 0F B6 /r
movzx r32,r/m16          o32 0F B7 /r
btc   r/mv,rv            ov 0F BB /r
btc   r/mv,imm8          ov 0F BA /7
bsf   rv,r/mv            ov 0F BC /r
bsr   rv,r/mv            ov 0F BD /r
movsx rv,r/m8            ov 0F BE /r
movsx r32,r/m16          o32 0F BF /r
xadd  r/m8,r8            0F C0 /r
xadd  r/mv,rv            ov 0F C1 /r
bswap r32                o32 0F C8+r
nop   r/mv               ov 0F 1F /0
pause -                  F3 90
endbr32 -                F3 0F 1E FB
`;

const OPERAND_KINDS = new Set<string>([
  "r8",
  "r16",
  "r32",
  "r/m8",
  "r/m16",
  "r/m32",
  "m",
  "m8",
  "m16",
  "m32",
  "mfar",
  "imm8",
  "imm16",
  "imm32",
  "simm8",
  "rel8",
  "rel16",
  "rel32",
  "ptr16:16",
  "ptr16:32",
  "moffs8",
  "moffs16",
  "moffs32",
  "sreg",
  "cr",
  "dr",
  "tr",
  "1",
  "al",
  "ax",
  "eax",
  "cl",
  "dx",
  "es",
  "cs",
  "ss",
  "ds",
  "fs",
  "gs",
]);

function parseLine(line: string, out: Form[]): void {
  const [name, ops, ...enc] = line.trim().split(/\s+/);
  const sizes: (16 | 32 | undefined)[] = enc[0] === "ov" ? [16, 32] : [undefined];
  const names = name.includes("cc")
    ? CONDITIONS.flatMap((aliases, cc) =>
        aliases.map((a, rank) => ({ n: name.replace("cc", a), cc, rank })),
      ).sort((x, y) => x.rank - y.rank)
    : [{ n: name, cc: 0, rank: 0 }];
  for (const { n, cc } of names) {
    for (const v of sizes) {
      const operands =
        ops === "-"
          ? []
          : ops.split(",").map((o) => {
              const k =
                v === undefined
                  ? o
                  : o.replace("accv", v === 16 ? "ax" : "eax").replace(/v$/, String(v));
              if (!OPERAND_KINDS.has(k))
                throw new Error(`isa: unknown operand kind '${k}' in '${line}'`);
              return k as OperandKind;
            });
      // Every field present from the start: all forms share one object shape, which keeps the
      // encoder's reads of them fast.
      const form: Form = {
        mnemonic: n,
        operands,
        opcode: [],
        modrm: { kind: "none" },
        osize: v,
        asize: undefined,
        rm: -1,
        reg: -1,
        encodeOnly: undefined,
        mandatory: undefined,
        index: out.length,
        source: line.trim(),
      };
      for (const t of enc) {
        if (t === "ov") continue;
        else if (t === "o16" || t === "o32") form.osize = t === "o16" ? 16 : 32;
        else if (t === "a16" || t === "a32") form.asize = t === "a16" ? 16 : 32;
        else if (t === "/r") form.modrm = { kind: "r" };
        else if (t === "encode-only") form.encodeOnly = true;
        else if (/^\/[0-7]$/.test(t)) form.modrm = { kind: "digit", digit: Number(t[1]) };
        else if (/^[0-9A-F]{2}\+r$/.test(t)) {
          form.opcode.push(parseInt(t, 16));
          form.modrm = { kind: "plusr" };
        } else if (/^[0-9A-F]{2}$/.test(t)) form.opcode.push(parseInt(t, 16));
        else throw new Error(`isa: bad encoding token '${t}' in '${line}'`);
      }
      // A condition-code form adds the condition's number to its last opcode byte.
      if (name.includes("cc")) form.opcode[form.opcode.length - 1] += cc;
      if (form.opcode[0] === 0xf3 && form.opcode.length > 1) form.mandatory = 0xf3;
      setModRMRoles(form);
      out.push(form);
    }
  }
}

const isGpr = (k: OperandKind) => k === "r8" || k === "r16" || k === "r32";
const isMemory = (k: OperandKind) => k.startsWith("r/m") || k === "m" || /^m\d|^mfar/.test(k);

/** Which operand goes in ModRM's r/m field and which in its reg field. */
function setModRMRoles(f: Form): void {
  const ops = f.operands;
  if (f.modrm.kind === "plusr") f.reg = ops.findIndex(isGpr);
  if (f.modrm.kind !== "r" && f.modrm.kind !== "digit") return;
  f.rm = ops.findIndex(isMemory);
  if (f.modrm.kind === "digit") {
    // `sldt eax`: a register-only operand in r/m.
    if (f.rm < 0) f.rm = ops.findIndex(isGpr);
    return;
  }
  if (f.rm >= 0) {
    f.reg = ops.findIndex((k, i) => i !== f.rm && (isGpr(k) || /^(sreg|cr|dr|tr)$/.test(k)));
    return;
  }
  // `mov cr0,eax`, `mov eax,ds`: the special register in reg, the general one in r/m.
  const special = ops.findIndex((k) => k === "cr" || k === "dr" || k === "tr" || k === "sreg");
  const gpr = ops.findIndex(isGpr);
  if (special >= 0) {
    f.reg = special;
    f.rm = gpr;
    return;
  }
  // `lar eax,ebx`: two general registers, the second in r/m. `imul eax,5`: one, in both.
  const second = ops.findIndex((k, i) => i > gpr && isGpr(k));
  f.reg = gpr;
  f.rm = second >= 0 ? second : gpr;
}

function parseTable(text: string): Form[] {
  const forms: Form[] = [];
  for (const line of text.split("\n")) if (line.trim() !== "") parseLine(line, forms);
  return forms;
}

/** Every instruction form, in table order. */
export const FORMS: readonly Form[] = parseTable(TABLE);

/** How a form is written in an error message or a listing: `add r/m32,imm32`. */
export function formText(f: Form): string {
  return f.operands.length === 0 ? f.mnemonic : `${f.mnemonic} ${f.operands.join(",")}`;
}

// --- Registers -------------------------------------------------------------------------------

export const REG8 = ["al", "cl", "dl", "bl", "ah", "ch", "dh", "bh"] as const;
export const REG16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"] as const;
export const REG32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"] as const;
export const SREG = ["es", "cs", "ss", "ds", "fs", "gs"] as const;
export const CREG = ["cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7"] as const;
export const DREG = ["dr0", "dr1", "dr2", "dr3", "dr4", "dr5", "dr6", "dr7"] as const;
export const TREG = ["tr0", "tr1", "tr2", "tr3", "tr4", "tr5", "tr6", "tr7"] as const;

export type Reg8 = (typeof REG8)[number];
export type Reg16 = (typeof REG16)[number];
export type Reg32 = (typeof REG32)[number];
export type SegReg = (typeof SREG)[number];
export type Register =
  | Reg8
  | Reg16
  | Reg32
  | SegReg
  | (typeof CREG)[number]
  | (typeof DREG)[number]
  | (typeof TREG)[number];

export type RegisterClass = "r8" | "r16" | "r32" | "sreg" | "cr" | "dr" | "tr";

export interface RegisterInfo {
  cls: RegisterClass;
  /** The 3-bit number in ModRM, SIB and `+r` opcodes. */
  num: number;
  /** A small number of its own (1...54), for lookup keys. */
  id: number;
}

/** Every register by name: its class and number. */
export const REGISTERS: ReadonlyMap<string, RegisterInfo> = (() => {
  const m = new Map<string, RegisterInfo>();
  const add = (names: readonly string[], cls: RegisterClass) =>
    names.forEach((n, num) => m.set(n, { cls, num, id: m.size + 1 }));
  add(REG8, "r8");
  add(REG16, "r16");
  add(REG32, "r32");
  add(SREG, "sreg");
  add(CREG, "cr");
  add(DREG, "dr");
  add(TREG, "tr");
  return m;
})();

/** The segment-override prefix byte of each segment register. */
export const SEGMENT_PREFIX: Readonly<Record<SegReg, number>> = {
  es: 0x26,
  cs: 0x2e,
  ss: 0x36,
  ds: 0x3e,
  fs: 0x64,
  gs: 0x65,
};
