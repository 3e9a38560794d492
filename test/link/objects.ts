// Objects built by hand through the ELF32 model, shared by the writer's and the linker's tests.
import {
  addSection,
  addSymbol,
  sectionIndex,
  R_386_32,
  R_386_PC32,
  SHN_ABS,
  STB_GLOBAL,
  STT_FILE,
  STT_FUNC,
  STT_SECTION,
  type Elf32Object,
} from "../../compiler/obj/elf32.ts";

/** `_start` calls `greet` (PC32), which writes "hello\n" from .data (R_386_32); exits with 42. */
export function helloObject(): Elf32Object {
  const obj: Elf32Object = { fileName: "hello.o", sections: [], symbols: [] };
  const text = addSection(obj, ".text");
  const data = addSection(obj, ".data");
  data.data = new Uint8Array(Buffer.from("hello\n"));
  data.size = data.data.length;
  addSymbol(obj, { name: "hello.asm", type: STT_FILE, shndx: SHN_ABS });
  const dataSym = addSymbol(obj, { name: "", type: STT_SECTION, shndx: sectionIndex(obj, data) });
  const greet = addSymbol(obj, {
    name: "greet",
    bind: STB_GLOBAL,
    type: STT_FUNC,
    shndx: 1,
    value: 0x18,
  });
  addSymbol(obj, {
    name: "_start",
    bind: STB_GLOBAL,
    type: STT_FUNC,
    shndx: sectionIndex(obj, text),
  });
  // prettier-ignore
  const code = [
    0xe8, 0xfc, 0xff, 0xff, 0xff,   // 00 call greet
    0xb8, 0x01, 0, 0, 0,            // 05 mov eax, 1
    0xbb, 0x2a, 0, 0, 0,            // 0a mov ebx, 42
    0xcd, 0x80,                     // 0f int 0x80
    0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, // 11 padding to 0x18
    0xb8, 0x04, 0, 0, 0,            // 18 greet: mov eax, 4
    0xbb, 0x01, 0, 0, 0,            // 1d mov ebx, 1
    0xb9, 0, 0, 0, 0,               // 22 mov ecx, msg
    0xba, 0x06, 0, 0, 0,            // 27 mov edx, 6
    0xcd, 0x80,                     // 2c int 0x80
    0xc3,                           // 2e ret
  ];
  text.data = new Uint8Array(code);
  text.size = code.length;
  text.relocations.push({ offset: 0x01, type: R_386_PC32, symbol: greet });
  text.relocations.push({ offset: 0x23, type: R_386_32, symbol: dataSym });
  return obj;
}
