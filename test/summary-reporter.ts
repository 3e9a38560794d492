// A last line for CI logs in the plain form any log reader understands: "N passed, N failed,
// N skipped", after vitest's own summary. Under CI=true a skipped test fails the run: CI must
// consult every oracle, and a test that quietly did not run proves nothing.
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    const skipped: string[] = [];
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped.push(`${m.moduleId}: ${t.fullName}`);
      }
      if (m.state() === "failed" && m.children.size === 0) failed++;
    }
    process.stdout.write(
      `\ntests: ${passed} passed, ${failed} failed, ${skipped.length} skipped\n`,
    );
    if (process.env.CI === "true" && skipped.length > 0) {
      process.stdout.write(`CI=true: no test may be skipped, but these were:\n`);
      for (const s of skipped) process.stdout.write(`  ${s}\n`);
      process.exitCode = 1;
    }
  }
}
