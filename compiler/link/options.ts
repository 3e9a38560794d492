// The linker's command line: ld's options as gcc passes them (`-Wl,-Map,out.map`), and the few
// that `logosc` also takes directly (`-Ttext 0x100000`, `--gc-sections`, `-Map FILE`, `--map`).
//
// `normalizeLinkArgs` runs before commander sees argv: it rewrites the direct spellings, which
// commander cannot parse as gcc does (`-Ttext` would be `-T text`, `-nostdlib` a cluster of short
// flags), into `-Wl,...` and `--long` forms. `linkOptions` then reads the collected ld arguments.
import type { LinkOptions } from "./link.ts";

const WITH_VALUE = new Set([
  "-Ttext",
  "-Map",
  "--oformat",
  "-u",
  "--entry",
  "-T",
  "--script",
  "-m",
  "-e",
]);

/** Rewrites gcc/ld spellings commander cannot parse into ones it can. */
export function normalizeLinkArgs(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-nostdlib" || a === "-static" || a === "-nostartfiles" || a === "-nodefaultlibs")
      out.push("-" + a);
    else if (a === "-Ttext" || a === "-Map" || a === "--oformat") {
      if (i + 1 < argv.length) out.push(`-Wl,${a}=${argv[++i]}`);
      else out.push(`-Wl,${a}`);
    } else if (a.startsWith("-Ttext=") || a.startsWith("-Map=") || a.startsWith("--oformat="))
      out.push("-Wl," + a);
    else if (
      a === "--gc-sections" ||
      a === "--no-gc-sections" ||
      a === "--map" ||
      a === "--print-map"
    )
      out.push("-Wl," + a);
    else out.push(a);
  }
  return out;
}

export interface LinkCommandLine {
  files: string[];
  output?: string;
  /** `-T FILE` as given to gcc. */
  script?: string;
  entry?: string;
  /** Everything given with `-Wl,`, split at commas. */
  ldArgs: string[];
}

function parseAddress(s: string): number | undefined {
  const v = /^0x[0-9a-f]+$/i.test(s)
    ? Number.parseInt(s.slice(2), 16)
    : /^\d+$/.test(s)
      ? Number(s)
      : NaN;
  return Number.isFinite(v) && v >= 0 && v <= 0xffffffff ? v : undefined;
}

/** The LinkOptions of a command line, or the usage error to report. */
export function linkOptions(c: LinkCommandLine): LinkOptions | string {
  const o: LinkOptions = {
    inputs: [...c.files],
    output: c.output ?? "a.out",
    scriptPath: c.script,
    entry: c.entry,
    gcSections: false,
    printMap: false,
    binary: false,
    undefinedSymbols: [],
  };
  const args = c.ldArgs;
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    let value: string | undefined;
    const eq = a.indexOf("=");
    if (a.startsWith("-") && eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const take = (): string | undefined => value ?? args[++i];
    if (WITH_VALUE.has(a) || a === "-o") {
      const v = take();
      if (v === undefined) return `linker option '${a}' needs a value`;
      value = v;
    }
    switch (a) {
      case "--start-group":
      case "-(":
        o.inputs.push("--start-group");
        break;
      case "--end-group":
      case "-)":
        o.inputs.push("--end-group");
        break;
      case "--gc-sections":
        o.gcSections = true;
        break;
      case "--no-gc-sections":
        o.gcSections = false;
        break;
      case "--map":
      case "--print-map":
      case "-M":
        o.printMap = true;
        break;
      case "-Map":
        o.mapFile = value;
        break;
      case "-Ttext": {
        const addr = parseAddress(value!);
        if (addr === undefined) return `invalid address '${value}' for -Ttext`;
        o.textAddress = addr;
        break;
      }
      case "-T":
      case "--script":
        o.scriptPath = value;
        break;
      case "-e":
      case "--entry":
        o.entry = value;
        break;
      case "-u":
        o.undefinedSymbols.push(value!);
        break;
      case "-o":
        o.output = value!;
        break;
      case "--oformat":
        if (value === "binary") o.binary = true;
        else if (value !== "elf32-i386")
          return `unsupported output format '${value}' (elf32-i386 or binary)`;
        break;
      case "-m":
        if (value !== "elf_i386") return `unsupported emulation '${value}' (elf_i386)`;
        break;
      case "-static":
      case "-nostdlib":
      case "--build-id":
      case "-n":
      case "-N":
        break;
      default:
        if (a.startsWith("-")) return `unrecognized linker option '${args[i]}'`;
        o.inputs.push(a);
    }
  }
  return o;
}
