// The cache folder's tag (the Cache Directory Tagging Specification's, which backup tools also
// read). tlgen prunes and replaces files in its cache folder, so it uses only a folder it made,
// found empty, or finds tagged (output/cache.ts decides); whichever cache writes first makes the
// folder and tags it here.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The tag file's name. */
export const CACHE_TAG_FILE = "CACHEDIR.TAG";
/** The tag's text: the specification's signature line, then what the folder is. */
export const CACHE_TAG =
  "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is tlgen's cache: tlgen adds and deletes files in it.\n";

/** Makes the cache folder (when missing) and tags it as tlgen's. Throws what the file system throws. */
export function tagCacheDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, CACHE_TAG_FILE), CACHE_TAG, { flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code !== "EEXIST") throw e; // tagged already, or by a run alongside
  }
}
