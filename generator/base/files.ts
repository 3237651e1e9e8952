// File-system helpers with no knowledge of TL or of outputs: the sorted listing of a tree, a
// removal that never throws, and a bounded read that only reads regular files. Used by the
// output guard, the caches and tlgen's own fingerprint.
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync, rmSync } from "node:fs";
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

/**
 * The text of `path` when it is a regular file of at most `maxBytes`; null when it is missing,
 * too large, or something else: a FIFO (whose read would wait forever), a device (`/dev/zero`
 * reads without end), a symlink (it may point at either), a folder. For reading back what an
 * output folder holds, where anything may have been put.
 */
export function readRegularFile(path: string, maxBytes: number): string | null {
  let fd: number;
  try {
    // O_NOFOLLOW: a symlink is not followed; O_NONBLOCK: opening a FIFO does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) return null;
    const buffer = Buffer.alloc(stat.size + 1);
    let n = 0;
    for (let got = -1; got !== 0 && n < buffer.length; n += got) got = readSync(fd, buffer, n, buffer.length - n, n);
    // Grown while read: not the file that was looked at.
    return n > stat.size ? null : buffer.toString("utf8", 0, n);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
