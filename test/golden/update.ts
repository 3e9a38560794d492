// `npm run golden:update [-- TOPIC/NAME …]`: writes each golden program's .expected from gcc -m32
// and glibc — the reference, never logosc. Run it after adding or changing a program, and read
// the diff: the expected files are what logosc is held to.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compilePartner, goldenPrograms, runNative } from "./golden.ts";

const only = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), "logos-golden-"));
let failed = 0;
try {
  for (const p of goldenPrograms()) {
    if (only.length > 0 && !only.includes(`${p.topic}/${p.name}`)) continue;
    const exe = join(dir, `${p.topic}-${p.name}`);
    const partner: string[] = [];
    if (p.partner !== undefined) {
      partner.push(exe + "-gcc.o");
      compilePartner(p.partner, partner[0]!);
    }
    const r = spawnSync("gcc", ["-m32", "-masm=intel", "-w", "-fno-pie", "-no-pie", p.source, ...partner, "-o", exe], { encoding: "utf8" }); // prettier-ignore
    if (r.status !== 0) {
      process.stderr.write(`${p.topic}/${p.name}: gcc failed\n${r.stderr}`);
      failed++;
      continue;
    }
    writeFileSync(p.expected, runNative(exe));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
