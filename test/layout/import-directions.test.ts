// The generator's layout holds: every file lives in a room, rooms import only the rooms below
// them (ROOMS), no two files import each other even through others (type-only imports count),
// and each room's main file says truly what it imports and what imports it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { ROOMS, importGraph, roomImports, roomOf, shown } from "./rooms.ts";

const GENERATOR = join(PROJECT_ROOT, "generator");
let graph: Map<string, string[]>;
let rooms: Map<string, Set<string>>;
const rank = new Map(ROOMS.map(({ room }, i) => [room, i]));

beforeAll(() => {
  graph = importGraph(GENERATOR);
  rooms = roomImports(graph);
});

/** The files on one import cycle, or null when there is none. */
function findCycle(g: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === "done") return null;
    if (state.get(file) === "open") return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, "open");
    stack.push(file);
    for (const next of g.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, "done");
    return null;
  };
  for (const file of g.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

/** The words after `label:` in a header, up to the full stop, as a sorted list ("nothing" is none). */
function listed(header: string, label: string): string[] | null {
  const m = new RegExp(`${label}: ([^.]*(?:\\.ts[^.]*)*)\\.`).exec(header.replace(/\n\/\/ ?/g, " "));
  if (!m) return null;
  return m[1].trim() === "nothing" ? [] : m[1].split(",").map((s) => s.trim()).sort();
}

describe("the generator's rooms", () => {
  it("hold every file: none is loose at generator/'s top but index.ts and pipeline.ts", () => {
    const unknown = [...graph.keys()].filter((f) => !rank.has(roomOf(f)));
    expect(unknown).toEqual([]);
    expect([...graph.keys()].filter((f) => !f.includes("/")).sort()).toEqual(["index.ts", "pipeline.ts"]);
  });

  it("import only the rooms below them, down the pipeline", () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const [from, to] = [roomOf(file), roomOf(target)];
        if (from !== to && rank.get(to)! <= rank.get(from)!) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("have no import cycle between files, type-only imports included", () => {
    expect(findCycle(graph)).toBeNull();
  });

  it("each say in their main file's header what they import and what imports them", () => {
    const wrong: string[] = [];
    for (const { room, main } of ROOMS) {
      const header = readFileSync(join(GENERATOR, main), "utf8").split(/\n(?!\/\/)/)[0];
      const imports = [...(rooms.get(room) ?? [])].map(shown).sort();
      const importers = [...rooms].filter(([, to]) => to.has(room)).map(([from]) => shown(from)).sort();
      const saysImports = listed(header, "Imports");
      const saysImporters = listed(header, "Imported by");
      if (!header.includes(`Room ${shown(room)}`)) wrong.push(`${main}: no "Room ${shown(room)}" header`);
      if (JSON.stringify(saysImports) !== JSON.stringify(imports)) wrong.push(`${main}: says it imports ${saysImports?.join(", ")}, imports ${imports.join(", ")}`);
      if (JSON.stringify(saysImporters) !== JSON.stringify(importers)) wrong.push(`${main}: says it is imported by ${saysImporters?.join(", ")}, is imported by ${importers.join(", ")}`);
    }
    expect(wrong).toEqual([]);
  });
});
