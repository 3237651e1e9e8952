// Writing generated/ so that nothing is ever half-written: the new tree is written into a
// temporary folder beside the output and swapped in only when complete. `--check` compares
// instead of writing.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import type { GeneratedFile } from "./pipeline.ts";

export interface TreeDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
export function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** What writing `files` into `dir` would change. */
export function diffTree(dir: string, files: readonly GeneratedFile[]): TreeDiff {
  const existing = new Set(listTree(dir));
  const diff: TreeDiff = { added: [], changed: [], removed: [] };
  for (const f of files) {
    if (!existing.has(f.path)) diff.added.push(f.path);
    else if (readFileSync(join(dir, f.path), "utf8") !== f.content) diff.changed.push(f.path);
    existing.delete(f.path);
  }
  diff.removed = [...existing].sort();
  return diff;
}

const tempName = (dir: string, kind: "new" | "old"): string => join(dirname(dir), `.${basename(dir)}.${kind}-${process.pid}`);

/**
 * Puts back a tree left aside by a run that was killed between its two renames: if `dir` is
 * missing but an `.old-*` copy exists, that copy is the last complete tree.
 */
export function recoverInterruptedSwap(dir: string): void {
  const parent = dirname(dir);
  if (!existsSync(parent)) return;
  const prefix = `.${basename(dir)}.`;
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const full = join(parent, entry);
    if (entry.startsWith(`${prefix}old-`) && !existsSync(dir)) renameSync(full, dir);
    else rmSync(full, { recursive: true, force: true });
  }
}

/** Writes the whole tree beside `dir`, then swaps it in. The old tree is intact until then. */
export function writeTreeAtomically(dir: string, files: readonly GeneratedFile[]): void {
  recoverInterruptedSwap(dir);
  const fresh = tempName(dir, "new");
  rmSync(fresh, { recursive: true, force: true });
  try {
    for (const f of files) {
      const target = join(fresh, f.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.content);
    }
  } catch (e) {
    rmSync(fresh, { recursive: true, force: true });
    throw e;
  }
  const old = tempName(dir, "old");
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(fresh, dir);
  rmSync(old, { recursive: true, force: true });
}
