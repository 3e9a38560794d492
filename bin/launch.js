// Starts a Logos command-line tool on Node 24: imports its module and calls its
// `main(argv)`, which returns the exit status.
//
// The TypeScript sources run directly on Node's built-in type stripping, so there is nothing to
// build first. The repository pins Node 24 as the npm package `node` (see DESIGN.md, "The
// runtime"); when this file finds itself on an older Node (say the system's Node 20, started by
// hand as `./bin/logosc.js`), it re-runs the same command on that bundled Node. This file is
// plain JavaScript so that any Node can read it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as nodeModule from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const [major, minor] = process.versions.node.split(".").map(Number);
const modern = major > 22 || (major === 22 && minor >= 18);

/**
 * `exitWhenDone`: the tool has nothing left to do once `main` returns (logosc): the process ends
 * as soon as its output is written, without the garbage collection and clean-up Node would do on
 * the way out (after a large compile, a full collection of everything the front end built).
 */
export async function launch(entry, { exitWhenDone = false } = {}) {
  const target = fileURLToPath(new URL(entry, import.meta.url));
  if (modern) {
    // Node keeps the compiled code of our modules (types stripped, V8 bytecode) in the system's
    // temporary folder, keyed by their content: a second run starts in half the time.
    nodeModule.enableCompileCache?.();
    const tool = await import(pathToFileURL(target).href);
    process.exitCode = await tool.main(process.argv.slice(2));
    if (exitWhenDone) {
      await Promise.all([drained(process.stdout), drained(process.stderr)]);
      process.exit();
    }
    return;
  }
  const bundled = fileURLToPath(new URL("../node_modules/node/bin/node", import.meta.url));
  if (!existsSync(bundled)) {
    process.stderr.write(
      `logos: Node ${process.versions.node} is too old (needs 22.18 or newer); run \`npm install\` to get Node 24\n`,
    );
    process.exit(2);
  }
  const run = spawnSync(bundled, [process.argv[1], ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(run.status ?? 1);
}

/** Resolves once everything written to `stream` has been handed to the system. */
function drained(stream) {
  if (stream.writableLength === 0) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once("drain", resolve);
    stream.once("error", resolve);
    stream.once("close", resolve);
  });
}
