// The command line of one command: `--name value`, `--name=value`, short flags, `--` and
// positionals, checked against the command's option list, with our own messages ("unknown
// option --outt; did you mean --out?") rather than node:util's. The same list writes --help.
import { closest } from "../../input/suggest.ts";
import { UsageError } from "./shared.ts";

export interface OptionSpec {
  type: "string" | "boolean";
  /** May be given more than once (the values are collected in order). */
  multiple?: boolean;
  short?: string;
  /** What the value is, in --help (`FILE`, `DIR`). */
  value?: string;
  help: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  /** By option name: a string, a list of strings (multiple), or true. */
  values: Record<string, string | string[] | true>;
  positionals: string[];
  /** The options as given, in order, with their values (for the regenerate command). */
  given: { name: string; value?: string }[];
}

/** The options every command has. */
export const COMMON: OptionSpecs = { help: { type: "boolean", short: "h", help: "show this command's options" } };

/** Parses `args` for `command`; any problem is a UsageError naming the option. */
export function parseCommandLine(command: string, args: readonly string[], specs: OptionSpecs): ParsedArgs {
  const all: OptionSpecs = { ...COMMON, ...specs };
  const byShort = new Map(Object.entries(all).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  const parsed: ParsedArgs = { values: {}, positionals: [], given: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      parsed.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      parsed.positionals.push(arg);
      continue;
    }
    const [flag, inline] = splitInline(arg);
    const name = flag.startsWith("--") ? flag.slice(2) : byShort.get(flag.slice(1));
    // Own options only: `--constructor` or `--toString` is unknown, not a member of Object.prototype.
    const spec = name === undefined || !Object.hasOwn(all, name) ? undefined : all[name];
    if (name === undefined || spec === undefined) throw unknownOption(command, flag, all);
    if (spec.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value (got "${inline}")`);
      parsed.values[name] = true;
      parsed.given.push({ name });
    } else {
      const value = inline ?? args[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError(`${flag} needs a value: ${flag} ${spec.value ?? "VALUE"}`);
      if (spec.multiple) parsed.values[name] = [...((parsed.values[name] as string[] | undefined) ?? []), value];
      else if (parsed.values[name] !== undefined) throw new UsageError(`${flag} was given twice`);
      else parsed.values[name] = value;
      parsed.given.push({ name, value });
    }
  }
  return parsed;
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf("=");
  return arg.startsWith("--") && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function unknownOption(command: string, flag: string, all: OptionSpecs): UsageError {
  const names = Object.keys(all).map((n) => `--${n}`);
  const near = flag.startsWith("--") ? closest(flag, names) : null;
  return new UsageError(`unknown option ${flag} for "tlgen ${command}"${near ? `; did you mean ${near}?` : ""}`);
}

/** The options part of a command's --help, from the same list the parser reads. */
export function formatOptions(specs: OptionSpecs): string {
  const rows = Object.entries({ ...specs, ...COMMON }).map(([name, s]) => [`${s.short ? `-${s.short}, ` : ""}--${name}${s.value ? ` ${s.value}` : ""}`, s.help + (s.multiple ? " (repeatable)" : "")]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows
    .map(([left, help]) => {
      const [first, ...rest] = help.split("\n");
      return [`  ${left.padEnd(width)}${first}`, ...rest.map((l) => `  ${" ".repeat(width)}${l}`)].join("\n");
    })
    .join("\n");
}
