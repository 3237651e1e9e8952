// tlgen generate: flags and the config file -> generate() options -> a summary in words. With
// --watch, the same on every change of an input (watch.ts).
import { relative, resolve, sep } from "node:path";
import { isInside, projectRootOf } from "../../api/files.ts";
import { compareStrings } from "../../base/order.ts";
import { loadConfig, type LoadedConfig } from "../../config/load-config.ts";
import { resolveGenerate, type ResolvedRun } from "../../api/resolve.ts";
import { generateResolved } from "../../api/generate.ts";
import { shellWord } from "../../api/command.ts";
import { TlgenError } from "../../api/errors.ts";
import type { GenerateOptions, GenerateSummary } from "../../api/types.ts";
import type { LockOwner } from "../../output/lock.ts";
import { lockPathOf } from "../../output/output-lock.ts";
import { parseCommandLine, type ParsedArgs } from "./args.ts";
import { GENERATE_OPTIONS } from "./options.ts";
import { generateHelp } from "./help.ts";
import { noConfigMessage } from "./no-config.ts";
import { count, displayPath, printDiagnostics, UsageError } from "./shared.ts";
import { watchGenerate } from "./watch.ts";
import { escapeForTerminal } from "../../parse/excerpt.ts";

/** The flags that say what to generate (as opposed to how: --check, --watch, the cache). */
const WHAT = ["schema", "schema-from", "include", "selection", "all", "out", "name", "layer", "docs", "no-docs", "older-layers", "no-older-layers"];

export async function runGenerate(args: string[]): Promise<number> {
  const parsed = parseCommandLine("generate", args, GENERATE_OPTIONS);
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(generateHelp());
    return 0;
  }
  if (positionals.length) throw new UsageError(`generate takes no file arguments (got "${positionals[0]}"); a schema file is given with --schema FILE`);
  for (const [a, b] of [["include", "all"], ["include", "selection"], ["selection", "all"], ["schema", "schema-from"], ["docs", "no-docs"], ["cache-dir", "no-cache"], ["watch", "check"]]) {
    if (values[a] !== undefined && values[b] !== undefined) throw new UsageError(`--${a} and --${b} cannot be used together`);
  }
  const flags = flagOptions(values);
  const configFile = typeof values.config === "string" ? values.config : undefined;
  // The config that ran (code found by a search: the summary names it).
  let ran: string | null = null;
  const load = async (): Promise<ResolvedRun | null> => {
    const config = await loadConfig(configFile);
    ran = config ? config.file : null;
    if (!config && !parsed.given.some((g) => WHAT.includes(g.name))) return null;
    const run = resolveGenerate({ ...mergeOptions(config, flags), command: regenerateCommand(config, configFile, parsed) }, config ? displayPath(config.file) : "options");
    if (config) run.inputFiles.push(config.file);
    return run;
  };
  const run = await load();
  if (run === null) {
    process.stderr.write(noConfigMessage());
    return 2;
  }
  const timings = values.timings === true;
  if (values.watch) return watchGenerate(run, load, (r) => generateOnce(r, false, timings, ran));
  return generateOnce(run, values.check === true, timings, ran);
}

/** One generation, printed; schema errors are printed with their excerpts and exit 1. */
async function generateOnce(run: ResolvedRun, check: boolean, timings: boolean, config: string | null): Promise<number> {
  let summary: GenerateSummary;
  try {
    summary = await generateResolved(run, check, { onWait: sayWaiting });
  } catch (e) {
    if (!(e instanceof TlgenError) || e.kind !== "schema") throw e;
    printDiagnostics(e.diagnostics, process.stderr);
    const errors = e.diagnostics.filter((d) => d.severity === "error").length;
    process.stderr.write(`tlgen: ${count(errors, "error")} in the input; nothing generated, ${displayPath(run.out)} is unchanged\n`);
    return 1;
  }
  printDiagnostics(summary.diagnostics, process.stderr);
  if (timings) process.stderr.write(describePhases(summary.phases));
  const configLine = config ? `config: ${escapeForTerminal(displayPath(config))}\n` : "";
  if (check) {
    const code = reportCheck(summary, run.raw.command);
    process.stdout.write(configLine);
    return code;
  }
  process.stdout.write(describeRun(summary, run.cacheDir) + configLine);
  return 0;
}

/** Said once per other run this one waits for, so that a wait of minutes is not silence. */
function sayWaiting(owner: LockOwner, output: string): void {
  const since = owner.since ? `, since ${owner.since}` : "";
  process.stderr.write(
    `tlgen: waiting for another tlgen run (pid ${owner.pid} on ${owner.host}${since}) writing ${displayPath(output)}, for up to 10 minutes;` +
      ` if no such run is alive (a run on another host or container cannot be checked), delete ${displayPath(lockPathOf(output))}\n`,
  );
}

/** `timings: read 3 ms, parse and check 402 ms, …` (the phases that took a millisecond or more). */
export function describePhases(phases: Record<string, number>): string {
  const spent = Object.entries(phases).filter(([, ms]) => ms >= 1);
  return `timings: ${spent.map(([phase, ms]) => `${phase} ${ms} ms`).join(", ")}\n`;
}

/** How many stale files --check names. */
const STALE_LISTED = 20;

function reportCheck(s: GenerateSummary, command: string): number {
  if (s.upToDate) {
    process.stdout.write(`${displayPath(s.out)} is up to date (${count(s.files, "file")})\n`);
    return 0;
  }
  const total = s.changed.length + s.added.length + s.removed.length;
  process.stdout.write(`${displayPath(s.out)} is stale: ${s.changed.length} differ, ${s.added.length} missing, ${s.removed.length} extra\n`);
  // The first files of each kind say what happened; a whole package's worth says no more.
  let shown = 0;
  for (const [label, list] of [["differs", s.changed], ["missing", s.added], ["extra", s.removed]] as const) {
    for (const f of list) if (shown++ < STALE_LISTED) process.stdout.write(`  ${label}: ${f}\n`);
  }
  if (total > STALE_LISTED) process.stdout.write(`  ... and ${total - STALE_LISTED} more\n`);
  if (s.refusal !== null) {
    // Running the command would stop at the same files: say so instead of suggesting it.
    process.stdout.write(`Regenerating would stop: ${s.refusal}\n`);
    return 1;
  }
  // The command holds what was typed (patterns, paths): shown, never sent to the terminal raw.
  process.stdout.write(`Run "${escapeForTerminal(command.replace(OUT_PLACEHOLDER, shellWord(displayPath(s.out))))}" to update it.\n`);
  return 1;
}

/** The summary: what was generated, its docs, what changed on disk and in method signatures. */
export function describeRun(s: GenerateSummary, cacheDir: string | null): string {
  const reused = s.cached && cacheDir ? ` (unchanged inputs: reused the cache in ${escapeForTerminal(displayPath(cacheDir))})` : "";
  const lines = [
    `${escapeForTerminal(displayPath(s.out))}: ${escapeForTerminal(s.name)}, layer ${s.layer}, ${count(s.methods, "method")}, ${count(s.constructors, "constructor")}, ${count(s.types, "type")}, ` +
      `${count(s.files, "file")} in ${(s.milliseconds / 1000).toFixed(2)} s${reused}`,
    `docs: ${s.documented} of ${count(s.declarations, "declaration")} described`,
    s.added.length + s.changed.length + s.removed.length ? `changes: ${s.added.length} added, ${s.changed.length} changed, ${s.removed.length} removed` : "no changes",
  ];
  // The old lines come from the output folder's manifest, whatever it holds: escaped for the terminal.
  if (s.signatureChanges.length) lines.push("method signatures changed:", ...s.signatureChanges.map((l) => `  ${escapeForTerminal(l)}`));
  return lines.join("\n") + "\n";
}

/** The flags as generate() options; paths made absolute, since the config's folder is the base of the rest. */
function flagOptions(values: ParsedArgs["values"]): GenerateOptions {
  const str = (name: string): string | undefined => values[name] as string | undefined;
  const list = (name: string): string[] | undefined => values[name] as string[] | undefined;
  const path = (p: string | undefined): string | undefined => (p === undefined ? undefined : resolve(p));
  const layer = str("layer");
  if (layer !== undefined && !/^\d+$/.test(layer)) throw new UsageError(`--layer must be a layer number, 0 or more (got "${layer}")`);
  if (["false", "none", "off"].includes(str("cache-dir") ?? "")) throw new UsageError(`--cache-dir takes a folder; to run without a cache, use --no-cache`);
  const older = str("older-layers");
  if (older !== undefined && !/^\d+$/.test(older)) throw new UsageError(`--older-layers must be a layer number (got "${older}"); --no-older-layers reads none`);
  if (older !== undefined && values["no-older-layers"]) throw new UsageError("--older-layers and --no-older-layers cannot be used together");
  const options: GenerateOptions = {
    schema: list("schema")?.map((p) => resolve(p)),
    schemaFrom: str("schema-from") as GenerateOptions["schemaFrom"],
    include: list("include"),
    selection: path(str("selection")),
    all: values.all === true ? true : undefined,
    out: path(str("out")),
    name: str("name"),
    layer: layer === undefined ? undefined : Number(layer),
    docs: values["no-docs"] ? false : path(str("docs")),
    cacheDir: values["no-cache"] ? false : path(str("cache-dir")),
    olderLayers: values["no-older-layers"] ? false : older === undefined ? undefined : Number(older),
  };
  if (options.schemaFrom !== undefined && options.schemaFrom !== "telegram") throw new UsageError(`--schema-from ${options.schemaFrom}: the package tlgen can read a schema from is "telegram" (GramJS)`);
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as GenerateOptions;
}

/** The config's options with the flags over them; flags that pick the schema or the methods replace the config's choice whole. */
function mergeOptions(config: LoadedConfig | null, flags: GenerateOptions): GenerateOptions {
  const base: GenerateOptions = { ...(config?.options ?? {}) };
  if (flags.include !== undefined || flags.selection !== undefined || flags.all !== undefined) for (const k of ["include", "selection", "all"] as const) delete base[k];
  if (flags.schema !== undefined || flags.schemaFrom !== undefined) for (const k of ["schema", "schemaFrom"] as const) delete base[k];
  return { ...base, ...flags };
}

/**
 * What the headers say regenerates the package: `tlgen generate`, its --config, and the options
 * that shaped the content, run from the project root. It is canonical, so that the same inputs
 * give the same bytes however they were typed: options in one order, each value once (patterns
 * sorted), paths relative to the project root. An --out is written `--out <this folder>`: the
 * command must name the folder (else it would write generated/), but a package's bytes do not
 * depend on where it is, so copies and moves of an output stay current.
 */
function regenerateCommand(config: LoadedConfig | null, configFile: string | undefined, parsed: ParsedArgs): string {
  const root = projectRootOf(process.cwd());
  const fromRoot = (path: string) => {
    const full = resolve(path);
    return isInside(full, root) && full !== root ? relative(root, full).split(sep).join("/") : path;
  };
  const words = ["tlgen", "generate"];
  if (config && configFile !== undefined) words.push("--config", shellWord(fromRoot(configFile)));
  for (const name of WHAT) {
    if (name === "out") continue;
    const given = parsed.given.filter((g) => g.name === name);
    const values = [...new Set(given.map((g) => (g.value !== undefined && PATH_OPTIONS.has(name) ? fromRoot(g.value) : g.value)))];
    if (name === "include") values.sort((a, b) => compareStrings(a ?? "", b ?? ""));
    for (const v of values) words.push(`--${name}`, ...(v === undefined ? [] : [shellWord(v)]));
  }
  if (parsed.given.some((g) => g.name === "out")) words.push("--out", OUT_PLACEHOLDER);
  return words.join(" ");
}

/** The options whose values are paths. */
const PATH_OPTIONS = new Set(["schema", "selection", "docs"]);

/** How the headers name the output folder in the command that regenerates it. */
const OUT_PLACEHOLDER = "<this folder>";
