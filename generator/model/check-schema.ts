// Runs every semantic check over a model. Each check lives in checks/ with its own test.
import type { Diagnostic } from "../parse/diagnostics.ts";
import type { SchemaModel } from "./ir.ts";
import { checkDuplicateNames } from "./checks/duplicate-names.ts";
import { checkDuplicateParams } from "./checks/duplicate-params.ts";
import { checkUnknownTypes } from "./checks/unknown-types.ts";
import { checkFlagReferences } from "./checks/flag-references.ts";
import { checkFlagBitRange } from "./checks/flag-bit-range.ts";
import { checkUndeclaredGenerics } from "./checks/undeclared-generics.ts";
import { checkBarePercent } from "./checks/bare-percent.ts";
import { checkCtorIds, type IdAllowlistEntry, type IdCheckResult } from "./checks/ctor-ids.ts";

export interface CheckResult {
  diagnostics: Diagnostic[];
  ids: Omit<IdCheckResult, "diagnostics">;
}

export function checkSchema(model: SchemaModel, idAllowlist: readonly IdAllowlistEntry[]): CheckResult {
  const ids = checkCtorIds(model, idAllowlist);
  const diagnostics = [
    ...checkDuplicateNames(model),
    ...checkDuplicateParams(model),
    ...checkUnknownTypes(model),
    ...checkFlagReferences(model),
    ...checkFlagBitRange(model),
    ...checkUndeclaredGenerics(model),
    ...checkBarePercent(model),
    ...ids.diagnostics,
  ];
  return { diagnostics, ids: { checked: ids.checked, mismatched: ids.mismatched, allowlisted: ids.allowlisted } };
}
