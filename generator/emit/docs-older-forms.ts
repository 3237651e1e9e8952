// The "Earlier forms" part of a constructor's docs page: the ids it had in older layers that the
// readers also accept, and how each differs from today's form; and the ids of other layers the
// package knows of but does not read, with why.
import type { ConstructorPlan, PackagePlan } from "../plan/plan.ts";
import type { OlderFormPlan } from "../plan/older-form-plan.ts";
import { formatId, printTypeRef } from "../model/canonical.ts";

function layersText(l: readonly [number, number]): string {
  return l[0] === l[1] ? `${l[0]}` : `${l[0]} to ${l[1]}`;
}

/** What an old form lacks, converts and drops, in words. */
function differences(form: OlderFormPlan): string {
  const lacks = form.values.filter((v) => v.kind === "missing").map((v) => `\`${v.field.tlName}\``);
  const converted = form.values.flatMap((v) =>
    v.kind === "wrap" ? [`\`${v.from.tlName}:${printTypeRef(v.from.param.type)}\` as \`${v.ctor.tlName}\``] : v.kind === "widen" ? [`\`${v.from.tlName}:int\` as a long`] : [],
  );
  const used = new Set(form.values.flatMap((v) => (v.kind === "missing" ? [] : [v.from.tlName])));
  const dropped = form.fields.filter((f) => !used.has(f.tlName)).map((f) => `\`${f.tlName}:${printTypeRef(f.param.type)}\``);
  const parts = [
    lacks.length ? `lacks ${lacks.join(", ")}` : "",
    converted.length ? `converts ${converted.join(", ")}` : "",
    dropped.length ? `drops ${dropped.join(", ")}` : "",
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : "the same fields";
}

const WHY = { newer: "newer than this package: regenerate from a newer schema", older: "older than this package reads", unreadable: "not readable into today's type" } as const;

/** The lines of a constructor's "Earlier forms" section; none when it has no other id in the history. */
export function olderFormsSection(plan: PackagePlan, c: ConstructorPlan): string[] {
  const known = plan.layers.known.filter((k) => k.name === c.tlName);
  if (c.older.length === 0 && known.length === 0) return [];
  const lines = [`### Other layers' ids`, ""];
  if (c.older.length) {
    lines.push(
      `The readers also accept these earlier forms and read them into \`${c.typeName}\` (a field a form lacks is absent, or false for a flag; \`olderLayerOf(value)\` gives the layer):`,
      "",
      "| Id | Layers | How it differs |",
      "| --- | --- | --- |",
      ...c.older.map((f) => `| \`#${f.idHex}\` | ${layersText(f.layers)} | ${differences(f)} |`),
      "",
    );
  }
  if (known.length) {
    lines.push("Known, but not read:", "", "| Id | Layers | Why |", "| --- | --- | --- |");
    lines.push(...known.map((k) => `| \`#${formatId(k.id)}\` | ${layersText(k.layers)} | ${k.reason ? `${WHY[k.why]}: ${k.reason}` : WHY[k.why]} |`), "");
  }
  return lines;
}
