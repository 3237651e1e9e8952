// Room diff/: layer diffs and the signature changes a run reports.
// Imports: model/. Imported by: api/, pipeline.ts.
//
// Compares two schema models: methods and constructors added or removed, ids changed,
// parameters added, removed or retyped, result types changed; and which of those break
// existing callers. Flags words are not parameters (they are derived), so they are not
// compared. Pure.
import type { Combinator, SchemaModel, ValueParam } from "../model/ir.ts";
import { formatId, printTypeRef } from "../model/canonical.ts";

export interface Change {
  what: "id" | "param-added" | "param-removed" | "param-retyped" | "result" | "union";
  text: string;
  /** True when code written against the old schema stops compiling or means something else. */
  breaking: boolean;
}

export interface EntryDiff {
  kind: "method" | "constructor";
  name: string;
  status: "added" | "removed" | "changed";
  breaking: boolean;
  changes: Change[];
}

export interface SchemaDiff {
  fromLayer: number | null;
  toLayer: number | null;
  entries: EntryDiff[];
}

function paramType(p: ValueParam): string {
  return `${p.condition ? `${p.condition.flags}.${p.condition.bit}?` : ""}${printTypeRef(p.type)}`;
}

function valueParams(c: Combinator): Map<string, ValueParam> {
  return new Map(c.params.filter((p): p is ValueParam => p.kind === "value").map((p) => [p.name, p]));
}

function compare(a: Combinator, b: Combinator): Change[] {
  const changes: Change[] = [];
  if (a.id !== b.id) changes.push({ what: "id", text: `id ${formatId(a.id)} -> ${formatId(b.id)}`, breaking: false });
  const before = valueParams(a);
  const after = valueParams(b);
  for (const [name, p] of after) {
    const old = before.get(name);
    if (!old) {
      const optional = p.condition !== null;
      changes.push({ what: "param-added", text: `+ ${name}:${paramType(p)}${optional ? " (optional)" : " (required)"}`, breaking: !optional });
    } else if (paramType(old) !== paramType(p)) {
      // Becoming optional keeps old callers working; any other change of type does not.
      const relaxed = old.condition === null && p.condition !== null && printTypeRef(old.type) === printTypeRef(p.type);
      changes.push({ what: "param-retyped", text: `~ ${name}: ${paramType(old)} -> ${paramType(p)}`, breaking: !relaxed });
    }
  }
  for (const [name, p] of before) {
    if (!after.has(name)) changes.push({ what: "param-removed", text: `- ${name}:${paramType(p)}`, breaking: true });
  }
  const ra = printTypeRef(a.result);
  const rb = printTypeRef(b.result);
  if (ra !== rb) changes.push({ what: a.kind === "function" ? "result" : "union", text: `${a.kind === "function" ? "result" : "type"} ${ra} -> ${rb}`, breaking: true });
  return changes;
}

function diffList(kind: EntryDiff["kind"], olds: Combinator[], news: Combinator[], scope: ReadonlySet<string> | null): EntryDiff[] {
  const oldBy = new Map(olds.map((c) => [c.name, c]));
  const newBy = new Map(news.map((c) => [c.name, c]));
  const names = [...new Set([...oldBy.keys(), ...newBy.keys()])].filter((n) => !scope || scope.has(n)).sort();
  const out: EntryDiff[] = [];
  for (const name of names) {
    const a = oldBy.get(name);
    const b = newBy.get(name);
    if (!a) out.push({ kind, name, status: "added", breaking: false, changes: [] });
    else if (!b) out.push({ kind, name, status: "removed", breaking: true, changes: [] });
    else {
      const changes = compare(a, b);
      if (changes.length) out.push({ kind, name, status: "changed", breaking: changes.some((c) => c.breaking), changes });
    }
  }
  return out;
}

/** Diffs two models; with a scope, only the names in it (a selection's closure) are compared. */
export function diffSchemas(from: SchemaModel, to: SchemaModel, scope: ReadonlySet<string> | null = null): SchemaDiff {
  return {
    fromLayer: from.layer,
    toLayer: to.layer,
    entries: [...diffList("method", from.functions, to.functions, scope), ...diffList("constructor", from.constructors, to.constructors, scope)],
  };
}

/** A person-readable changelog. */
export function formatSchemaDiff(diff: SchemaDiff, scopeLabel: string | null): string {
  const lines = [`Layer ${diff.fromLayer ?? "?"} -> ${diff.toLayer ?? "?"}${scopeLabel ? ` (${scopeLabel})` : ""}`];
  for (const kind of ["method", "constructor"] as const) {
    const entries = diff.entries.filter((e) => e.kind === kind);
    if (!entries.length) continue;
    lines.push("", kind === "method" ? "Methods" : "Constructors");
    for (const e of entries) {
      const mark = e.status === "added" ? "+" : e.status === "removed" ? "-" : "~";
      lines.push(`  ${mark} ${e.name}${e.status === "changed" ? "" : ` (${e.status})`}${e.breaking ? "  BREAKING" : ""}`);
      for (const c of e.changes) lines.push(`      ${c.text}${c.breaking ? "  (breaks callers)" : ""}`);
    }
  }
  const count = (status: EntryDiff["status"]) => diff.entries.filter((e) => e.status === status).length;
  const breaking = diff.entries.filter((e) => e.breaking).length;
  lines.push("", `${count("added")} added, ${count("removed")} removed, ${count("changed")} changed; ${breaking} breaking.`);
  return lines.join("\n") + "\n";
}
