// Writing outputs so that nothing is ever half-written: the bytes go to a temporary file beside
// the target, which is then renamed over it (rename is atomic within a file system).
import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";

export function writeFileAtomic(path: string, data: string | Uint8Array, mode?: number): void {
  // An output that exists and is not a regular file (`-o /dev/null`, a pipe) is written to, as
  // gcc and nasm do: renaming a file over it would replace the device with a file.
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing !== undefined && !existing.isFile()) {
    writeFileSync(path, data);
    return;
  }
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
