// The built-in BIOS's ROM: the little real-mode code at F000:0000-FFFF that the interrupt vector
// table points into, so that every vector leads somewhere real even though the services are
// written in TypeScript (bios.ts).
//
// Each vector v has a four-byte stub at F000:1000 + 4v. For a vector the BIOS serves the stub is
// `int v; iret`: the `int` reaches the TypeScript service (the CPU's realModeService hook sees
// CS = F000 and knows the call comes from the ROM), so a guest that chains to the old vector with
// `pushf; call far [old]` is served as well. Hardware interrupt vectors (08h-0Fh, 70h-77h) are
// served the same way, and the timer's goes on to call int 1Ch as a PC BIOS does. Vectors nobody
// serves point at a bare `iret`. The reset vector at F000:FFF0 jumps to `int 19h`, the bootstrap.

export const ROM_SEGMENT = 0xf000;
export const ROM_BASE = 0xf0000;
/** Offset (in the ROM segment) of vector v's stub: STUBS + 4 * v. */
export const STUBS = 0x1000;
/** The timer interrupt's longer stub: int 08h; int 1Ch; iret. */
export const TIMER_STUB = 0x1400;
/** The bootstrap: int 19h, and if it returns (nothing to boot), cli; hlt forever. */
export const BOOT_ENTRY = 0x1410;

/** Builds the 64 KiB ROM image; `served(v)` says whether the BIOS answers vector v. */
export function buildRom(served: (v: number) => boolean): Uint8Array {
  const rom = new Uint8Array(0x10000);
  for (let v = 0; v < 256; v++) {
    const at = STUBS + 4 * v;
    if (served(v)) rom.set([0xcd, v, 0xcf, 0x90], at);
    else rom.set([0xcf, 0x90, 0x90, 0x90], at);
  }
  rom.set([0xcd, 0x08, 0xcd, 0x1c, 0xcf], TIMER_STUB);
  rom.set([0xcd, 0x19, 0xfa, 0xf4, 0xeb, 0xfd], BOOT_ENTRY);
  // F000:FFF0: jmp far F000:BOOT_ENTRY, then the BIOS date and the model byte (AT).
  rom.set([0xea, BOOT_ENTRY & 0xff, BOOT_ENTRY >> 8, 0x00, 0xf0], 0xfff0);
  rom.set(
    [..."12/07/26"].map((c) => c.charCodeAt(0)),
    0xfff5,
  );
  rom[0xfffe] = 0xfc;
  return rom;
}

/** Where the IVT points vector v (offset in the ROM segment). */
export function stubOffset(v: number): number {
  return v === 8 ? TIMER_STUB : STUBS + 4 * v;
}
