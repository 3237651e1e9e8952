#!/usr/bin/env node
// The `tlgen` command. In the published package it runs dist/cli.js, compiled at pack time
// (npm run build); nothing is compiled or written at a user's site. In a checkout of the
// repository (generator/cli.ts present) it runs the TypeScript sources through tsx, so what runs
// is always what is checked out.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const source = fileURLToPath(new URL("../generator/cli/cli.ts", import.meta.url));
let cli;
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  cli = await import(pathToFileURL(source).href);
} else {
  cli = await import("../dist/cli.js");
}
process.exitCode = await cli.main(process.argv.slice(2));
