#!/usr/bin/env node
// Entry point of the `tlgen` command. The CLI is TypeScript (generator/cli.ts). For a fast start
// it is bundled once with esbuild into generator/.cli-<hash>/ (rebuilt when any generator source
// changes, so it is never stale); where esbuild is missing it runs through tsx instead.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const generatorDir = join(dirname(fileURLToPath(import.meta.url)), "..", "generator");

function sourcesHash() {
  const h = createHash("sha256");
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith(".")) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(ts|js)$/.test(e.name)) h.update(full.slice(generatorDir.length)).update(readFileSync(full));
    }
  };
  walk(generatorDir);
  return h.digest("hex").slice(0, 16);
}

async function loadCli() {
  const outdir = join(generatorDir, `.cli-${sourcesHash()}`);
  const entry = join(outdir, "cli.js");
  if (!existsSync(entry)) {
    let esbuild;
    try {
      esbuild = await import("esbuild");
    } catch {
      const { register } = await import("tsx/esm/api");
      register();
      return import("../generator/cli.ts");
    }
    // Built aside and renamed into place, so processes starting at the same time never see a
    // half-written bundle; the first rename wins and the others use it.
    const building = `${outdir}.tmp-${process.pid}`;
    await esbuild.build({
      entryPoints: [join(generatorDir, "cli.ts")],
      outdir: building,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      packages: "external",
      logLevel: "silent",
    });
    try {
      renameSync(building, outdir);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
    const current = outdir.slice(generatorDir.length + 1);
    for (const old of readdirSync(generatorDir).filter((f) => f.startsWith(".cli-") && !f.startsWith(current))) {
      rmSync(join(generatorDir, old), { recursive: true, force: true });
    }
  }
  return import(pathToFileURL(entry).href);
}

const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2));
