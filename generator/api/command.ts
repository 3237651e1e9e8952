// The command that regenerates a package, as its headers name it: `tlgen generate` with the
// config, or with the options that made it (`tlgen generate --include 'messages.*' --name my-tl`).
import type { GenerateOptions } from "./types.ts";

/** Quotes a word for a POSIX shell when it needs it. */
export function shellWord(word: string): string {
  return /^[\w./:@=+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * `tlgen generate` plus the flags that give `options` (paths as written in them). A given `out`
 * is `--out <this folder>`, as the CLI writes it: the command must name the folder (else it would
 * write generated/), but a package's bytes do not depend on where it is written.
 */
export function commandOf(options: GenerateOptions): string {
  const words = ["tlgen", "generate"];
  const flag = (name: string, value?: string): void => {
    words.push(`--${name}`);
    if (value !== undefined) words.push(shellWord(value));
  };
  if (options.schemaFrom) flag("schema-from", options.schemaFrom);
  const schema = options.schema === undefined ? [] : typeof options.schema === "string" ? [options.schema] : options.schema;
  for (const s of schema) flag("schema", typeof s === "string" ? s : s.file);
  for (const p of options.include === undefined ? [] : typeof options.include === "string" ? [options.include] : options.include) flag("include", p);
  if (options.selection) flag("selection", options.selection);
  if (options.all) flag("all");
  if (options.layer !== undefined) flag("layer", String(options.layer));
  if (options.docs === false) flag("no-docs");
  else if (options.docs) flag("docs", options.docs);
  if (options.olderLayers === false) flag("no-older-layers");
  else if (options.olderLayers !== undefined) flag("older-layers", String(options.olderLayers));
  if (options.name) flag("name", options.name);
  if (options.out !== undefined) words.push("--out", "<this folder>");
  return words.join(" ");
}
