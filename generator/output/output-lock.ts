// The lock of an output folder, for outputs that may be nested. Each output has its lock file
// beside it (lock.ts); but a run writing `a` swaps the whole of `a`, so it would delete an output
// `a/b` that a run writing `a/b` made meanwhile, and that run would report success. So runs whose
// outputs overlap (one inside the other, either way) take turns:
// - a run first waits until no live run holds the lock of a folder above its output, then takes
//   its own lock, then looks above again: when an outer run came in between, it lets go and
//   waits again (an inner run never waits while holding its lock);
// - holding its lock, a run waits until no live run holds a lock inside its output (an outer run
//   waits for the inner ones to finish, and no inner one starts while it holds).
// Waits only go from an outer run to inner ones, so two runs never wait for each other. Each
// run, having published its lock, then looks for the other's: at least one of two overlapping
// runs sees the other. A lock whose owner is dead counts for nothing (lock.ts takes it over).
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { acquireLock, ageMs, isAlive, LockError, parseOwner, readLockText, type LockOwner } from "./lock.ts";

export interface OutputLockOptions {
  /** Give up after this long (default 10 minutes). */
  timeoutMs?: number;
  /** Called once per run it waits for (after ANNOUNCE_MS of waiting): its owner and the output it writes. */
  onWait?: (owner: LockOwner, output: string) => void;
}

/** The lock file of the output folder `target` (a real path): `.<name>.tlgen-lock` beside it. */
export function lockPathOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.tlgen-lock`);
}

const LOCK_NAME = /^\.(.+)\.tlgen-lock$/;
/** A lock file younger than this with no readable owner is being written: it counts as live. */
const UNREADABLE_GRACE_MS = 5_000;
const POLL_MS = 100;
/** A wait shorter than this goes unsaid (another run's --check holds a lock for a fraction of it). */
const ANNOUNCE_MS = 1_000;
/** How many entries of an output folder are looked at for inner locks (a tlgen output has a few thousand). */
const MAX_ENTRIES = 200_000;

/** A live lock: its file, its owner (null while being written) and the output it guards. */
interface LiveLock {
  owner: LockOwner | null;
  output: string;
}

/** Takes the lock of `target` (a real path), taking turns with runs on outputs above and inside it. */
export async function acquireOutputLock(target: string, options: OutputLockOptions = {}): Promise<() => void> {
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  const told = new Set<string>();
  const waitWhile = async (find: () => LiveLock | null): Promise<void> => {
    const started = Date.now();
    for (let live = find(); live; live = find()) {
      if (Date.now() > deadline) throw new LockError(`timed out waiting for ${live.owner ? `another tlgen run (pid ${live.owner.pid} on ${live.owner.host})` : "another tlgen run"} writing ${live.output}, around this output`);
      const key = `${live.output}\0${live.owner?.pid}`;
      if (live.owner && !told.has(key) && Date.now() - started >= ANNOUNCE_MS) {
        told.add(key);
        options.onWait?.(live.owner, live.output);
      }
      await sleep(POLL_MS + Math.random() * POLL_MS);
    }
  };
  for (;;) {
    await waitWhile(() => outerLock(target));
    // Said only when the wait lasts: a timer, cleared once the lock is ours.
    let announce: NodeJS.Timeout | null = null;
    const release = await acquireLock(lockPathOf(target), {
      timeoutMs: Math.max(1, deadline - Date.now()),
      onWait: (owner) => {
        announce = setTimeout(() => options.onWait?.(owner, target), ANNOUNCE_MS);
        announce.unref();
      },
    }).finally(() => announce && clearTimeout(announce));
    if (outerLock(target)) {
      // An outer run took its lock between our look and our lock: it goes first.
      release();
      continue;
    }
    try {
      await waitWhile(() => innerLock(target));
    } catch (e) {
      release();
      throw e;
    }
    return release;
  }
}

/** A live lock of a folder above `target`, or null. */
function outerLock(target: string): LiveLock | null {
  for (let d = dirname(target); dirname(d) !== d; d = dirname(d)) {
    const live = liveLockAt(lockPathOf(d), d);
    if (live) return live;
  }
  return null;
}

/** A live lock of an output inside `target` (its lock file is somewhere in `target`'s tree), or null. */
function innerLock(target: string): LiveLock | null {
  let seen = 0;
  const walk = (dir: string): LiveLock | null => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return null;
    }
    for (const e of entries) {
      if (++seen > MAX_ENTRIES) return null;
      const full = join(dir, e.name);
      const m = LOCK_NAME.exec(e.name);
      if (m && e.isFile()) {
        const live = liveLockAt(full, join(dir, m[1]));
        if (live) return live;
      } else if (e.isDirectory()) {
        const found = walk(full);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(target);
}

/** The lock at `path` when a live run holds it (or it is being written), else null. */
function liveLockAt(path: string, output: string): LiveLock | null {
  let text: string | null;
  try {
    text = readLockText(path);
  } catch {
    return null; // not a lock file: lock.ts refuses it when that output is written
  }
  if (text === null) return null;
  const owner = parseOwner(text);
  if (owner) return isAlive(owner) ? { owner, output } : null;
  return ageMs(path) < UNREADABLE_GRACE_MS ? { owner: null, output } : null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
