// The signature the caches put on what they store: an HMAC-SHA256 under a secret kept outside
// every project, in the user's cache home (`$XDG_CACHE_HOME/tlgen/cache-key`, else
// `~/.cache/tlgen/cache-key`), made on first use. A SHA-256 of an entry only proves it is whole:
// anyone who can write the cache folder (a committed cacheDir, a pull request that adds a file)
// can write an entry with a matching hash, whose files `generate` and `--check` would then take
// for the real output. A signature proves the entry was written by tlgen for this user on this
// machine. Where the secret cannot be kept (no home, a read-only one), a secret of this process
// is used: the caches then work within one process (watch mode) and never across runs.
import { createHmac, randomBytes } from "node:crypto";
import { closeSync, fstatSync, linkSync, mkdirSync, openSync, readSync, unlinkSync, writeFileSync, constants } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

let secret: Buffer | null = null;

/** Where the secret is kept; null when there is no home to keep it in. */
export function cacheSecretFile(): string | null {
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), ".cache") : "");
  return base ? join(base, "tlgen", "cache-key") : null;
}

/** The signature of `text` (hex). */
export function cacheMac(text: string): string {
  secret ??= loadSecret();
  return createHmac("sha256", secret).update(text).digest("hex");
}

/** The secret of this user, read or made (atomically: written aside, then linked into place). */
function loadSecret(): Buffer {
  const file = cacheSecretFile();
  if (file === null) return randomBytes(32);
  const existing = readSecret(file);
  if (existing) return existing;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
    writeFileSync(temp, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    try {
      linkSync(temp, file); // fails when another process made it first: theirs is read below
    } catch {
      // made by another run meanwhile
    } finally {
      unlinkSync(temp);
    }
  } catch {
    return randomBytes(32);
  }
  return readSecret(file) ?? randomBytes(32);
}

/** The secret in `file` when it is a regular file holding 64 hex digits, else null. */
function readSecret(file: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size !== 64) return null;
    const buffer = Buffer.alloc(64);
    const text = buffer.toString("utf8", 0, readSync(fd, buffer, 0, 64, 0));
    return /^[0-9a-f]{64}$/.test(text) ? Buffer.from(text, "hex") : null;
  } finally {
    closeSync(fd);
  }
}
