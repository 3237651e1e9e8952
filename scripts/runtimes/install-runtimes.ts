// The runtimes of `npm run test:runtimes`, from their npm packages: scripts/runtimes/package.json
// pins them and its lock file pins their bytes. They are installed with `npm ci` into a cache
// folder (node_modules/.cache/tlgen-runtimes/<hash of the lock file>) the first time the check
// runs, and reused while the lock file is unchanged; `npm install` of the project never pulls them.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** One runtime: how the report names it, and the command that runs a script with it. */
export interface Runtime {
  name: string;
  /** The executable. */
  bin: string;
  /** Arguments before the script (Deno: `run -A`). */
  args: string[];
}

/** The binaries of the pinned runtime packages, relative to the install's node_modules. */
const BINARIES = {
  node20: "node20/bin/node",
  node22: "node22/bin/node",
  node24: "node24/bin/node",
  bun: "@oven/bun-linux-x64/bin/bun",
  deno: "@deno/linux-x64-glibc/deno",
  workerd: "@cloudflare/workerd-linux-64/bin/workerd",
} as const;

/** The installed runtimes: the five that run tlgen and the consumer, and workerd's binary. */
export interface Installed {
  runtimes: Runtime[];
  workerd: string;
}

/** Why this machine cannot run the check, or null when it can. */
export function unsupportedPlatform(): string | null {
  // The pins are Linux x64 builds: a lock file holds one platform's packages.
  if (process.platform === "linux" && process.arch === "x64") return null;
  return `the runtime check uses Linux x64 builds (scripts/runtimes/package.json), and this is ${process.platform} ${process.arch}`;
}

/** Installs the pinned runtimes into `cacheRoot` when they are not there yet, and names their binaries. */
export function installRuntimes(pins: string, cacheRoot: string, log: (line: string) => void): Installed {
  const lock = readFileSync(join(pins, "package-lock.json"));
  const dir = join(cacheRoot, createHash("sha256").update(lock).digest("hex").slice(0, 16));
  const done = join(dir, ".installed");
  if (!existsSync(done)) {
    // Installs for an older lock file are removed: each holds several hundred MB of binaries.
    if (existsSync(cacheRoot))
      for (const old of readdirSync(cacheRoot)) rmSync(join(cacheRoot, old), { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const f of ["package.json", "package-lock.json"]) copyFileSync(join(pins, f), join(dir, f));
    log(`installing the runtimes into ${dir} (npm ci)`);
    const started = Date.now();
    const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 900_000,
    });
    if (r.status !== 0)
      throw new Error(
        `npm ci of the runtimes failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stdout}${r.stderr}`,
      );
    writeFileSync(done, `${new Date().toISOString()}\n`);
    log(`installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const path = (key: keyof typeof BINARIES) => {
    const bin = join(dir, "node_modules", BINARIES[key]);
    if (!existsSync(bin)) throw new Error(`${bin} is missing: remove ${dir} and run again`);
    return bin;
  };
  const version = (key: keyof typeof BINARIES) =>
    (
      JSON.parse(
        readFileSync(
          join(
            dir,
            "node_modules",
            BINARIES[key]
              .split("/")
              .slice(0, key.startsWith("node") ? 1 : 2)
              .join("/"),
            "package.json",
          ),
          "utf8",
        ),
      ) as { version: string }
    ).version;
  return {
    runtimes: [
      { name: `Node ${version("node20")}`, bin: path("node20"), args: [] },
      { name: `Node ${version("node22")}`, bin: path("node22"), args: [] },
      { name: `Node ${version("node24")}`, bin: path("node24"), args: [] },
      { name: `Bun ${version("bun")}`, bin: path("bun"), args: [] },
      { name: `Deno ${version("deno")}`, bin: path("deno"), args: ["run", "-A"] },
    ],
    workerd: path("workerd"),
  };
}
