// File-system helpers with no knowledge of TL or of outputs: the sorted listing of a tree, and a
// removal that never throws. Used by the output guard, the caches and tlgen's own fingerprint.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { compareStrings } from "./order.ts";

/** Every file under `dir` (not folders), as `/`-separated paths relative to it, in one order. */
export function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort(compareStrings);
}

/** Removes a file if it is there; never throws. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // its folder is not there or not a folder: nothing to remove
  }
}
