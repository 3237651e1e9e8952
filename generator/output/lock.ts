// A lock file that serializes the runs writing one output folder, across processes (and across
// concurrent calls in one process). It holds its owner's pid, host and process start time; a
// lock whose owner is dead (or whose pid now belongs to another process) is stale and is taken
// over.
//
// Taking over is itself guarded: two runs that both find a stale lock must not both delete it
// (the second would delete the first one's fresh lock). The one that creates `<lock>.takeover`
// (exclusively) re-reads the lock and deletes it only if it is still the stale one it saw; only
// a takeover holder ever deletes someone else's lock, so that re-read cannot go stale.
//
// The lock path is read only as a regular file: a directory, a symlink (dangling or not) or a
// FIFO there is not a lock tlgen wrote, and waiting on it would never end (a FIFO blocks the
// read), so it is refused with a LockError that says what it is. Every wait, whatever it waits
// on, ends at the timeout. A lock file whose write fails (a full disk) is removed at once, so a
// failed run leaves no empty lock for the next one to wait out.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readSync, statSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { hostname } from "node:os";

/** Who holds a lock, as written in the lock file. */
export interface LockOwner {
  pid: number;
  host: string;
  /** The owner's start time (Linux: /proc/PID/stat), to tell a reused pid; "" where unknown. */
  start: string;
  /** When the lock was taken (ISO time): makes every lock file's text unique. */
  since: string;
}

export interface LockOptions {
  /** Give up after this long (default 10 minutes). */
  timeoutMs?: number;
  /** Called once if the lock is busy, with its owner (to say that the run is waiting). */
  onWait?: (owner: LockOwner) => void;
}

/** The lock could not be taken in time, or its folder cannot be written. */
export class LockError extends Error {}

/** A lock file younger than this with no readable owner is being written, not stale. */
const UNREADABLE_GRACE_MS = 5_000;
/** A takeover guard lives for microseconds; one older than this was left by a killed run. */
const GUARD_STALE_MS = 10_000;
const POLL_MS = 50;

const held = new Set<string>();
let exitHookInstalled = false;

/** Takes the lock at `path`, waiting while a live owner holds it. Resolves to its release. */
export async function acquireLock(path: string, options: LockOptions = {}): Promise<() => void> {
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  const mine = JSON.stringify(ownerOf(process.pid));
  let told = false;
  for (;;) {
    if (tryCreate(path, mine)) return holdUntilReleased(path, mine);
    const text = readLockText(path);
    const owner = text === null ? null : parseOwner(text);
    const stale = text !== null && (owner ? !isAlive(owner) : ageMs(path) > UNREADABLE_GRACE_MS);
    // Taken over: try again at once. Someone else is taking it over: wait a breath, not spin.
    if (stale && takeOver(path, text)) continue;
    if (Date.now() > deadline) {
      throw new LockError(`timed out waiting for ${describe(owner)} (lock file ${path}; delete it if no tlgen is running)`);
    }
    if (owner && !stale && !told) {
      told = true;
      options.onWait?.(owner);
    }
    // Released between our two calls (text === null): try again soon; else wait for its owner.
    await sleep(text === null ? 1 : POLL_MS + Math.random() * POLL_MS);
  }
}

/**
 * True when the lock file was created with our text; false when it exists already. A write that
 * fails after the file was made (ENOSPC) removes it again: the file is ours, made exclusively.
 */
function tryCreate(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
  } catch (e) {
    closeSync(fd);
    unlinkQuietly(path);
    throw e;
  }
  closeSync(fd);
  return true;
}

/** Deletes a stale lock whose text was `staleText`, unless someone else is already doing so; true when it acted. */
function takeOver(path: string, staleText: string): boolean {
  const guard = `${path}.takeover`;
  if (!tryCreate(guard, String(process.pid))) {
    const kind = kindAt(guard);
    if (kind !== null) throw new LockError(`the lock's guard ${guard} is ${kind}, not a file tlgen wrote: remove it if no tlgen is running`);
    if (ageMs(guard) > GUARD_STALE_MS) {
      unlinkQuietly(guard);
      return true;
    }
    return false;
  }
  try {
    if (readLockText(path) === staleText) unlinkQuietly(path);
  } finally {
    unlinkQuietly(guard);
  }
  return true;
}

/** The longest lock file read: an owner record is some 150 bytes. */
const MAX_LOCK_BYTES = 4096;

/**
 * The text of the lock file at `path`, or null when there is none. Throws LockError when
 * something else is there: a directory, a symlink, a FIFO, a device (reading a FIFO would block
 * forever; a link may point anywhere).
 */
export function readLockText(path: string): string | null {
  const kind = kindAt(path);
  if (kind === undefined) return null;
  if (kind !== null) throw new LockError(`the lock path ${path} is ${kind}, not a lock file tlgen wrote: remove it if no tlgen is running`);
  let fd: number;
  try {
    // O_NONBLOCK: should a FIFO be swapped in after the check, opening it does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isFile()) throw new LockError(`the lock path ${path} is not a regular file: remove it if no tlgen is running`);
    const buffer = Buffer.alloc(MAX_LOCK_BYTES);
    const n = readSync(fd, buffer, 0, MAX_LOCK_BYTES, 0);
    return buffer.toString("utf8", 0, n);
  } catch (e) {
    if (e instanceof LockError) throw e;
    return null;
  } finally {
    closeSync(fd);
  }
}

/** What is at `path` when it is not a regular file, in words; null for a regular file, undefined for nothing. */
function kindAt(path: string): string | null | undefined {
  try {
    return kindOf(lstatSync(path));
  } catch {
    return undefined;
  }
}

/** What a path that is not a regular file is, in words; null for a regular file. */
function kindOf(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return "a directory";
  if (stat.isSymbolicLink()) return "a symbolic link";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isSocket()) return "a socket";
  return "a device";
}

function holdUntilReleased(path: string, mine: string): () => void {
  held.add(path);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // process.exit (a broken pipe, Ctrl-C handlers) still releases what this process holds.
    process.on("exit", () => {
      for (const p of held) releaseIfMine(p, JSON.stringify(ownerOf(process.pid)));
    });
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.delete(path);
    releaseIfMine(path, mine);
  };
}

/** Deletes the lock only while it is still ours (it may have been taken over as stale). */
function releaseIfMine(path: string, mine: string): void {
  let text: string | null;
  try {
    text = readLockText(path);
  } catch {
    return; // no longer a lock file: not ours to remove
  }
  const owner = parseOwner(text ?? "");
  if (owner && owner.pid === process.pid && owner.start === JSON.parse(mine).start) unlinkQuietly(path);
}

/** The owner record of a process (ours, or any pid on this host). */
export function ownerOf(pid: number): LockOwner {
  return { pid, host: hostname(), start: processStart(pid), since: new Date().toISOString() };
}

/**
 * True unless the owner is certainly gone: its pid is not running, or runs a process started
 * at another time. An owner on another host cannot be checked and counts as alive.
 */
export function isAlive(owner: Pick<LockOwner, "pid" | "host" | "start">): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  return owner.start === "" || processStart(owner.pid) === owner.start;
}

/** A process's start time in clock ticks since boot (field 22 of /proc/PID/stat), or "". */
export function processStart(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? "";
  } catch {
    return "";
  }
}

/** The owner record in a lock file's text, or null when it holds none (being written, or garbage). */
export function parseOwner(text: string): LockOwner | null {
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (typeof o.pid === "number" && Number.isInteger(o.pid) && o.pid > 0 && typeof o.host === "string" && typeof o.start === "string") {
      return { pid: o.pid, host: o.host, start: o.start, since: String(o.since ?? "") };
    }
  } catch {
    // not JSON: a lock being written, or garbage
  }
  return null;
}

function describe(owner: LockOwner | null): string {
  return owner ? `another tlgen run (pid ${owner.pid} on ${owner.host}, since ${owner.since})` : "a lock that cannot be read";
}

/** Milliseconds since `path` was last written; 0 when it cannot be told. */
export function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
