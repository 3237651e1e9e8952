// Runs the TypeScript compiler as a child process and returns its diagnostics text.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const TSC = require.resolve("typescript/bin/tsc");

export function runTsc(args: string[], cwd?: string): { code: number | null; output: string } {
  const r = spawnSync(process.execPath, [TSC, ...args], { encoding: "utf8", cwd });
  return { code: r.status, output: r.stdout + r.stderr };
}
