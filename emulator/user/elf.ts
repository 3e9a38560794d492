// Reading a static ELF32 i386 executable: the header and the program headers, which is all a
// loader needs (the kernel's execve reads no more). Bad input is an `ElfError` naming the problem.

export const PT_LOAD = 1;
export const PT_INTERP = 3;
export const PT_PHDR = 6;
export const PT_TLS = 7;
export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;

export interface ProgramHeader {
  type: number;
  offset: number;
  vaddr: number;
  filesz: number;
  memsz: number;
  flags: number;
  align: number;
}

export interface ElfExecutable {
  entry: number;
  phoff: number;
  phentsize: number;
  phnum: number;
  segments: ProgramHeader[];
  bytes: Uint8Array;
}

export class ElfError extends Error {}

export function readElf(bytes: Uint8Array, name: string): ElfExecutable {
  const fail = (why: string): never => {
    throw new ElfError(`${name}: ${why}`);
  };
  if (
    bytes.length < 52 ||
    bytes[0] !== 0x7f ||
    bytes[1] !== 0x45 ||
    bytes[2] !== 0x4c ||
    bytes[3] !== 0x46
  ) {
    fail("not an ELF file");
  }
  if (bytes[4] !== 1) fail("not a 32-bit ELF file (ELFCLASS32 expected)");
  if (bytes[5] !== 1) fail("not a little-endian ELF file");
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = v.getUint16(16, true);
  const machine = v.getUint16(18, true);
  if (machine !== 3) fail(`not an i386 program (e_machine ${machine}, expected 3 = EM_386)`);
  if (type === 3)
    fail("a shared object or PIE; logos run needs a static executable (gcc -static -no-pie)");
  if (type !== 2) fail(`not an executable (e_type ${type}, expected 2 = ET_EXEC)`);
  const entry = v.getUint32(24, true);
  const phoff = v.getUint32(28, true);
  const phentsize = v.getUint16(42, true);
  const phnum = v.getUint16(44, true);
  if (phentsize < 32 || phoff + phnum * phentsize > bytes.length)
    fail("program headers are outside the file");
  const segments: ProgramHeader[] = [];
  for (let k = 0; k < phnum; k++) {
    const at = phoff + k * phentsize;
    const ph: ProgramHeader = {
      type: v.getUint32(at, true),
      offset: v.getUint32(at + 4, true),
      vaddr: v.getUint32(at + 8, true),
      filesz: v.getUint32(at + 16, true),
      memsz: v.getUint32(at + 20, true),
      flags: v.getUint32(at + 24, true),
      align: v.getUint32(at + 28, true),
    };
    if (ph.type === PT_INTERP)
      fail("dynamically linked; logos run needs a static executable (gcc -static)");
    if (ph.type === PT_LOAD) {
      if (ph.offset + ph.filesz > bytes.length) fail(`segment ${k} runs past the end of the file`);
      if (ph.filesz > ph.memsz) fail(`segment ${k} has p_filesz > p_memsz`);
      if (ph.vaddr + ph.memsz > 0xc0000000)
        fail(`segment ${k} reaches above 0xc0000000 (the kernel's half)`);
    }
    segments.push(ph);
  }
  if (!segments.some((s) => s.type === PT_LOAD)) fail("no loadable segments");
  return { entry, phoff, phentsize, phnum, segments, bytes };
}
