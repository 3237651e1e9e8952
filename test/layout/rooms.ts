// The generator's rooms, read from its files: which room each file belongs to, and the imports
// between them (type-only ones included), found by TypeScript's own import scanner so that text
// inside strings and comments is never taken for an import.
import { readFileSync, readdirSync } from "node:fs";
import { join, posix, sep } from "node:path";
import ts from "typescript";

/**
 * Every room, from the top of the pipeline down: a room may import only rooms listed after it.
 * Each room's main file opens with a header saying what it owns, what it imports and what imports
 * it (checked against the files by import-directions.test.ts).
 */
export const ROOMS: readonly { room: string; main: string }[] = [
  { room: "cli", main: "cli/cli.ts" },
  { room: "index.ts", main: "index.ts" },
  { room: "config", main: "config/load-config.ts" },
  { room: "api", main: "api/generate.ts" },
  { room: "output", main: "output/write.ts" },
  { room: "pipeline.ts", main: "pipeline.ts" },
  { room: "render", main: "render/render.ts" },
  { room: "emit", main: "emit/module.ts" },
  { room: "plan", main: "plan/plan.ts" },
  { room: "input", main: "input/read-input.ts" },
  { room: "layers", main: "layers/history.ts" },
  { room: "diff", main: "diff/diff-schemas.ts" },
  { room: "import", main: "import/render-mtcute-schema.ts" },
  { room: "model", main: "model/ir.ts" },
  { room: "parse", main: "parse/parse.ts" },
  { room: "base", main: "base/order.ts" },
  { room: "helpers", main: "helpers/peers.ts" },
  { room: "runtime", main: "runtime/index.ts" },
  { room: "runtime/bot-api", main: "runtime/bot-api/bot-api-client.ts" },
  { room: "runtime/invoke", main: "runtime/invoke/invoker.ts" },
  { room: "runtime/request", main: "runtime/request/request.ts" },
  { room: "runtime/gramjs", main: "runtime/gramjs/gramjs.ts" },
  { room: "runtime/peers", main: "runtime/peers/peer-like.ts" },
  { room: "runtime/wire", main: "runtime/wire/codec.ts" },
];

/** The room of a file (a path under generator/): its folder, runtime's by its subfolder, or itself at the top. */
export function roomOf(file: string): string {
  const parts = file.split("/");
  if (parts.length === 1) return parts[0];
  if (parts[0] === "runtime" && parts.length > 2) return `runtime/${parts[1]}`;
  return parts[0];
}

/** How a room is written in headers: a folder with its slash, a top-level file as it is. */
export const shown = (room: string): string => (room.endsWith(".ts") ? room : `${room}/`);

/** Every source file under `dir` (TypeScript and .mjs, not declarations), as `/`-separated paths. */
export function sourceFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(sep).join("/"))
    .filter((f) => /\.(ts|mjs)$/.test(f) && !f.endsWith(".d.ts"))
    .sort();
}

/** The relative imports of each file, resolved to paths under `dir` (`.js` specifiers name `.ts` sources). */
export function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(dir, file), "utf8"), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith("."))
      .map((name) => posix.normalize(posix.join(posix.dirname(file), name)).replace(/\.js$/, ".ts"));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** For each room, the other rooms its files import. */
export function roomImports(graph: ReadonlyMap<string, readonly string[]>): Map<string, Set<string>> {
  const rooms = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = roomOf(file);
    if (!rooms.has(from)) rooms.set(from, new Set());
    for (const target of targets) if (roomOf(target) !== from) rooms.get(from)!.add(roomOf(target));
  }
  return rooms;
}
