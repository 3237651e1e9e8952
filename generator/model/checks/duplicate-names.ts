// TL010: two declarations with the same name (constructors and functions have separate namespaces).
import { error, type Diagnostic } from "../../parse/diagnostics.ts";
import type { Combinator, SchemaModel } from "../ir.ts";
import { compareStrings } from "../../base/order.ts";

export function checkDuplicateNames(model: SchemaModel): Diagnostic[] {
  return [...findDuplicates(model.constructors, "constructor"), ...findDuplicates(model.functions, "function")];
}

function findDuplicates(list: readonly Combinator[], what: string): Diagnostic[] {
  const first = new Map<string, Combinator>();
  const out: Diagnostic[] = [];
  for (const c of [...list].sort((a, b) => compareStrings(a.span.file, b.span.file) || a.span.offset - b.span.offset)) {
    const earlier = first.get(c.name);
    if (!earlier) first.set(c.name, c);
    else {
      out.push(
        error("TL010", `duplicate ${what} "${c.name}"`, c.span, [
          `first declared at ${earlier.span.file}:${earlier.span.line}:${earlier.span.column}`,
        ]),
      );
    }
  }
  return out;
}
