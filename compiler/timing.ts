// `-ftime-report`: where one run of logosc spends its wall-clock time, phase by phase.
//
// The passes wrap their work in `timed("preprocess", ...)` (phases may nest; each row is a phase's
// own time); the driver prints the table at the end when asked (`logosc -fsyntax-only
// -ftime-report f.c`, as gcc spells it). The first two rows come from Node itself: how long the
// runtime took to start (`performance.nodeTiming`) and how long our modules took to load and
// compile before `main` ran. Phases are timed only when the report was asked for (`startTiming`):
// a compile times several phases per function, and the clock reads and the bookkeeping around
// each cost 0.2% of a 10,000-line `-c -O1` compile (callgrind, two runs each: 3.577 -> 3.569 G).
import { performance } from "node:perf_hooks";

const phases = new Map<string, number>();
let mainStarted = 0;

/** Called first thing in `main`: everything before it was Node's start and module loading. */
export function markMainStarted(): void {
  mainStarted = performance.now();
}

/** Whether phases are timed: set once the command line asks for the report. */
let timing = false;

/** Starts timing the phases (`-ftime-report`). */
export function startTiming(): void {
  timing = true;
}

/** Whether the phases are being timed (a worker thread is told to time its own). */
export function isTiming(): boolean {
  return timing;
}

/** The phases timed so far (a worker thread sends them back). */
export function phaseTimes(): [string, number][] {
  return [...phases];
}

/** Phases another thread timed while this one worked: reported apart, not part of the total. */
const parallel: [string, number][] = [];

/** Adds the phases a worker thread timed (`phaseTimes` there), under `thread`. */
export function addThreadPhases(thread: string, rows: [string, number][]): void {
  for (const [name, ms] of rows) parallel.push([`${name} (${thread})`, ms]);
}

/** Wall time of the phases nested inside the one running now (a phase reports its own time). */
let nested = 0;

/** Runs `work` and adds its wall time, minus that of phases timed inside it, to `phase`. */
export function timed<T>(phase: string, work: () => T): T {
  if (!timing) return work();
  const t0 = performance.now();
  const outerNested = nested;
  nested = 0;
  try {
    return work();
  } finally {
    const total = performance.now() - t0;
    phases.set(phase, (phases.get(phase) ?? 0) + total - nested);
    nested = outerNested + total;
  }
}

/** `timed` for work that awaits (a module imported when a run needs it). */
export async function timedAsync<T>(phase: string, work: () => Promise<T>): Promise<T> {
  if (!timing) return work();
  const t0 = performance.now();
  const outerNested = nested;
  nested = 0;
  try {
    return await work();
  } finally {
    const total = performance.now() - t0;
    phases.set(phase, (phases.get(phase) ?? 0) + total - nested);
    nested = outerNested + total;
  }
}

/** The report, one `phase: ms (share)` row per phase, gcc's `-ftime-report` in spirit. */
export function timeReport(): string {
  const end = performance.now();
  const boot = performance.nodeTiming.bootstrapComplete;
  const rows: [string, number][] = [
    ["node startup", boot],
    ["module load", mainStarted - boot],
    ...phases,
  ];
  const accounted = rows.reduce((s, [, ms]) => s + ms, 0);
  rows.push(["other", end - accounted]);
  const width = Math.max(...rows.map(([name]) => name.length));
  let out = "Time report (wall clock):\n";
  for (const [name, ms] of rows) {
    const share = end > 0 ? (100 * ms) / end : 0;
    out += ` ${name.padEnd(width)} : ${ms.toFixed(1).padStart(8)} ms (${share.toFixed(0).padStart(3)}%)\n`;
  }
  out += ` ${"TOTAL".padEnd(width)} : ${end.toFixed(1).padStart(8)} ms\n`;
  if (parallel.length > 0) {
    out += "At the same time, on another thread:\n";
    const w = Math.max(...parallel.map(([name]) => name.length));
    for (const [name, ms] of parallel)
      out += ` ${name.padEnd(w)} : ${ms.toFixed(1).padStart(8)} ms\n`;
  }
  return out;
}
