import type { Assembly } from "./assemble.ts";
export function listing(asm: Assembly): string {
  void asm;
  return "";
}
