// Output folders that are mount points. tlgen writes a new tree beside the output and swaps the
// two by renaming; a mount point cannot be renamed (EBUSY), so such a folder is refused before
// anything is generated, and the package can go in a folder inside it. Decided by reasoning (no
// test here can mount a file system): /proc stands in for one in the tests, and a rename that
// fails as a mount point's does for the rest (write.ts removes its new tree then).
import { closeSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { dirname } from "node:path";

/**
 * True when a file system is mounted at `dir`: such a folder cannot be renamed, and tlgen swaps
 * whole trees by renaming (write.ts). Linux lists its mounts (/proc/self/mountinfo, exact even
 * for a bind mount); elsewhere a folder whose device is not its parent's is one.
 */
export function isMountPoint(dir: string): boolean {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return false;
  }
  if (dirname(real) === real) return false;
  const mounts = readProcFile("/proc/self/mountinfo");
  if (mounts !== null) return mountPoints(mounts).has(real);
  try {
    return statSync(real).dev !== statSync(dirname(real)).dev;
  } catch {
    return false;
  }
}

/** The mount points of a mountinfo text (its fifth field, octal escapes undone). */
export function mountPoints(mountinfo: string): Set<string> {
  const unescape = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
  return new Set(mountinfo.split("\n").flatMap((line) => (line.split(" ")[4] ? [unescape(line.split(" ")[4])] : [])));
}

/** A /proc file, bounded (its size reads as 0, so it is read to its end or the bound); null where there is none. */
function readProcFile(path: string): string | null {
  try {
    const fd = openSync(path, "r");
    try {
      const buffer = Buffer.alloc(16 * 1024 * 1024);
      let n = 0;
      for (let got = -1; got !== 0 && n < buffer.length; n += got) got = readSync(fd, buffer, n, buffer.length - n, null);
      return buffer.toString("utf8", 0, n);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}
