// Writing outputs so that nothing is ever half-written: the bytes go to a temporary file beside
// the target, which is then renamed over it (rename is atomic within a file system).
import { renameSync, rmSync, writeFileSync, chmodSync } from "node:fs";

export function writeFileAtomic(path: string, data: string | Uint8Array, mode?: number): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
