// The back-end thread's entry (backend/thread.ts starts it and says what it does). Plain
// JavaScript, like bin/launch.js, and the compile cache turned on before anything else: the cache
// is per thread, and without it this thread would strip the types of the back end's modules and
// compile them again (~300 ms) rather than load them as the main thread does (~30 ms).
import { enableCompileCache } from "node:module";
import { parentPort, workerData } from "node:worker_threads";

enableCompileCache?.();
const { serveBackend } = await import("./thread.ts");
serveBackend(workerData, parentPort);
