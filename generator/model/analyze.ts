// Text -> checked model: parse every file, build one model, run the checks. Pure.
import { parseSchemaText } from "../parse/parse.ts";
import { dropRepeatedSources } from "../parse/repeated-sources.ts";
import { buildModel } from "./build-model.ts";
import { checkSchema } from "./check-schema.ts";
import { sortDiagnostics, type Diagnostic } from "../parse/diagnostics.ts";
import type { SchemaModel } from "./ir.ts";
import type { IdAllowlistEntry } from "./checks/ctor-ids.ts";

export interface SchemaSource {
  /** The name diagnostics show, usually a path relative to the working directory. */
  file: string;
  text: string;
}

export interface Analysis {
  model: SchemaModel;
  diagnostics: Diagnostic[];
  ids: { checked: number; mismatched: string[]; allowlisted: string[] };
  /** True when some diagnostic is an error: nothing should be generated from this model. */
  failed: boolean;
}

export function analyzeSchema(sources: readonly SchemaSource[], idAllowlist: readonly IdAllowlistEntry[] = []): Analysis {
  const distinct = dropRepeatedSources(sources);
  const parsed = distinct.sources.map((s) => parseSchemaText(s.text, s.file));
  const model = buildModel(parsed.map((p) => p.ast));
  const checks = checkSchema(model, idAllowlist);
  const diagnostics = sortDiagnostics([...distinct.diagnostics, ...parsed.flatMap((p) => p.diagnostics), ...checks.diagnostics]);
  return { model, diagnostics, ids: checks.ids, failed: diagnostics.some((d) => d.severity === "error") };
}
