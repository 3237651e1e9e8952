// The body that writes a combinator's fields (after its id): flags words computed from what is
// present, shared-bit groups checked all-or-none, `?true` fields checked to be booleans.
// Used for constructors (value `v`) and requests (value `this`).
import type { Combinator } from "../model/ir.ts";
import { flagMask, peerKindOf } from "./type-map.ts";
import type { EmitContext } from "./context.ts";
import type { CombinatorPlan, FieldPlan, FlagGroup } from "./field-plan.ts";
import { writeStatement, type CodecSource } from "./wire-expr.ts";

const flagsLocal = (name: string): string => `fl_${name}`;

function groupLocal(g: FlagGroup): string {
  return `g_${g.flags}_${g.bit}`;
}

function present(obj: string, f: FieldPlan): string {
  return `${obj}.${f.prop} != null`;
}

/** Statements computing one flags word. Runs with f = "" so errors carry their own field. */
function flagsWord(name: string, plan: CombinatorPlan, obj: string, src: CodecSource): string[] {
  const local = flagsLocal(name);
  const lines = [`let ${local} = 0;`];
  const done = new Set<FlagGroup>();
  for (const f of plan.fields) {
    const cond = f.param.condition;
    if (!cond || cond.flags !== name) continue;
    const mask = flagMask(cond.bit);
    const g = f.group;
    if (g) {
      if (done.has(g)) continue;
      done.add(g);
      const gl = groupLocal(g);
      const bit = `${g.flags}.${g.bit}`;
      const props = JSON.stringify(g.values.map((v) => v.prop));
      lines.push(`const ${gl} = ${present(obj, g.values[0])};`);
      if (g.values.length > 1) {
        const all = g.values.map((v) => present(obj, v));
        lines.push(
          `if (${all.slice(1).map((p) => `(${p}) !== ${gl}`).join(" || ")}) throw ${src.imports.value(src.runtimeModule, "partialGroup")}(${props}, [${all.join(", ")}], ${JSON.stringify(bit)});`,
        );
      }
      for (const d of g.derived) {
        lines.push(
          `if (${obj}.${d.prop} != null && ${obj}.${d.prop} !== ${gl}) throw ${src.imports.value(src.runtimeModule, "derivedFlag")}(${JSON.stringify(d.prop)}, ${props}, ${JSON.stringify(bit)});`,
        );
      }
      lines.push(`if (${gl}) ${local} |= ${mask};`);
    } else if (f.role === "flag") {
      lines.push(
        `if (${obj}.${f.prop} === true) ${local} |= ${mask};`,
        `else if (${obj}.${f.prop} != null && ${obj}.${f.prop} !== false) throw ${src.imports.value(src.runtimeModule, "notBoolean")}(${JSON.stringify(f.prop)}, ${obj}.${f.prop});`,
      );
    } else {
      lines.push(`if (${present(obj, f)}) ${local} |= ${mask};`);
    }
  }
  lines.push(`w.id(${local});`);
  return lines;
}

/** The statements writing every field in wire order; empty when there are none. */
export function encodeStatements(c: Combinator, plan: CombinatorPlan, obj: string, ctx: EmitContext, src: CodecSource): string[] {
  const out: string[] = [];
  const byParam = new Map(plan.fields.map((f) => [f.param, f]));
  for (const p of c.params) {
    if (p.kind === "flags") {
      if (out.length) out.push(`f = "";`);
      out.push(...flagsWord(p.name, plan, obj, src));
      continue;
    }
    const f = byParam.get(p)!;
    if (f.role === "flag") continue;
    // Inside a group the presence test is on the group, which TS cannot narrow from: assert.
    // Request peer fields also take names (PeerLike), resolved before sending; the writer
    // rejects a name left unresolved, so the cast only narrows the type for it.
    const raw = `${obj}.${f.prop}${f.group ? "!" : ""}`;
    const value = obj === "this" && peerKindOf(p.type) ? `(${raw} as ${ctx.ts(p.type)})` : raw;
    const write = [`f = ${JSON.stringify(f.prop)};`, writeStatement(p.type, value, ctx, src)];
    if (f.role === "required") out.push(...write);
    else if (f.group) out.push(`if (${groupLocal(f.group)}) {`, ...write, "}");
    else out.push(`if (${present(obj, f)}) {`, ...write, "}");
  }
  return out;
}

/** Wraps statements so a failure names the field being written. */
export function withEncodePath(statements: string[], src: CodecSource): string[] {
  if (statements.length === 0) return [];
  const within = src.imports.value(src.runtimeModule, "encodeErrorWithin");
  return [`let f = "";`, "try {", ...statements, "} catch (e) {", `throw ${within}(e, f);`, "}"];
}
