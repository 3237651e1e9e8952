// TL021: TL names that become one generated name. names.ts maps TL names to TypeScript names
// (`a_b` and `aB` both to the property `aB`; `foo` and `Foo` both to the class `Foo`), and a
// package where two things share a name does not compile, or silently loses one of them (a decoded
// object has one `aB`). `tlgen check` reports these where they are written, and generate refuses
// them, so a schema that checks clean also generates.
import { error, type Diagnostic } from "../parse/diagnostics.ts";
import type { Span } from "../parse/ast.ts";
import type { Combinator, SchemaModel } from "../model/ir.ts";
import { MAPPED_UNIONS } from "../model/closure.ts";
import { compareStrings } from "../base/order.ts";
import {
  constructorTypeName,
  namespaceOf,
  propertyName,
  requestClassName,
  requestErrorsTypeName,
  requestModuleName,
  requestParamsTypeName,
  requestPropertyName,
  unionTypeName,
  usableTypeParameter,
} from "./names.ts";

/** Names a request module imports besides the generated types: a declaration must not take one. */
const REQUEST_MODULE_IMPORTS = ["TlRequestBase", "TlRequest", "TlWriter", "TlReader", "PeerLike", "PeerFields", "LAYER"];

/** One use of a generated name: what it is (in words) and where its TL name is written. */
interface Use {
  what: string;
  tlName: string;
  span: Span;
}

/** Every TL021 problem of the model, in source order within each kind. */
export function checkGeneratedNames(model: SchemaModel): Diagnostic[] {
  const inOrder = (list: readonly Combinator[]) => [...list].sort((a, b) => compareStrings(a.span.file, b.span.file) || a.span.offset - b.span.offset);
  const constructors = inOrder(model.constructors);
  const functions = inOrder(model.functions);
  return [
    ...typeNames(model, constructors),
    ...constructors.flatMap((c) => properties(c, propertyName, ["_"])),
    ...functions.flatMap((f) => properties(f, requestPropertyName, [])),
    ...requestNames(functions),
    ...functions.flatMap(typeParameters),
  ];
}

/** A generic (`{X:Type}`) is its request class's type parameter, under its own name. */
function typeParameters(f: Combinator): Diagnostic[] {
  return f.generics
    .filter((g) => !usableTypeParameter(g.name) || REQUEST_MODULE_IMPORTS.includes(g.name))
    .map((g) => error("TL021", `the generic {${g.name}:${g.type}} of ${f.name} cannot be a TypeScript type parameter: ${g.name} is a reserved word or a type the generated code uses`, f.span, ["rename it (X, T)"]));
}

/** Reports each name taken twice by different TL names: `uses` in order, the later one located. */
function clashes(uses: readonly (Use & { name: string })[], key: (name: string) => string = (n) => n): Diagnostic[] {
  const first = new Map<string, Use & { name: string }>();
  const out: Diagnostic[] = [];
  for (const use of uses) {
    const earlier = first.get(key(use.name));
    if (!earlier) first.set(key(use.name), use);
    else if (earlier.tlName !== use.tlName || earlier.what !== use.what) {
      out.push(
        error("TL021", `${use.what} ${use.tlName} becomes ${use.name}, as ${earlier.what} ${earlier.tlName} does${earlier.name === use.name ? "" : ` (${earlier.name})`}`, use.span, [
          `the first is at ${earlier.span.file}:${earlier.span.line}:${earlier.span.column}; rename one of them`,
        ]),
      );
    }
  }
  return out;
}

/** Constructor types and union types share types.ts. */
function typeNames(model: SchemaModel, constructors: readonly Combinator[]): Diagnostic[] {
  const spanOfUnion = new Map<string, Span>();
  for (const c of constructors) if (c.result.kind === "union" && !spanOfUnion.has(c.result.name)) spanOfUnion.set(c.result.name, c.resultSpan);
  const uses = [
    ...constructors.map((c) => ({ what: "constructor", tlName: c.name, name: constructorTypeName(c.name), span: c.span })),
    ...model.unions
      .filter((u) => !MAPPED_UNIONS.has(u.name) && spanOfUnion.has(u.name))
      .map((u) => ({ what: "type", tlName: u.name, name: unionTypeName(u.name), span: spanOfUnion.get(u.name)! })),
  ];
  return clashes(uses);
}

/** A combinator's parameters as properties (and the names it has besides them: a constructor's `_` tag). */
function properties(c: Combinator, prop: (tl: string) => string, taken: readonly string[]): Diagnostic[] {
  const uses = [
    ...taken.map((name) => ({ what: "the tag of", tlName: c.name, name, span: c.span })),
    ...c.params.filter((p) => p.kind === "value").map((p) => ({ what: `parameter of ${c.name}`, tlName: p.name, name: prop(p.name), span: p.span })),
  ];
  return clashes(uses);
}

/**
 * A request module's declarations (a class, a params type and an errors type per function) must
 * differ from each other and from the runtime names it imports; and modules (files under
 * src/requests/) and reference pages (docs/methods/) must differ even where the file system
 * ignores case. (A class may share its name with a constructor's type, `UpdateTheme` of
 * account.updateTheme and of updateTheme: the module refers to unions, not to that type.)
 */
function requestNames(functions: readonly Combinator[]): Diagnostic[] {
  const imported = new Set(REQUEST_MODULE_IMPORTS);
  const byModule = new Map<string, Combinator[]>();
  for (const f of functions) {
    const module = requestModuleName(namespaceOf(f.name));
    byModule.set(module, [...(byModule.get(module) ?? []), f]);
  }
  const out: Diagnostic[] = [];
  for (const list of byModule.values()) {
    const uses = list.flatMap((f) => [
      { what: "method", tlName: f.name, name: requestClassName(f.name), span: f.span },
      { what: "method", tlName: f.name, name: requestParamsTypeName(f.name), span: f.span },
      { what: "method", tlName: f.name, name: requestErrorsTypeName(f.name), span: f.span },
    ]);
    out.push(...clashes(uses));
    for (const use of uses) {
      if (imported.has(use.name)) out.push(error("TL021", `method ${use.tlName} becomes ${use.name}, a name of tlgen's runtime its module imports`, use.span, ["rename the method"]));
    }
  }
  const files = functions.map((f) => ({ what: "the module of", tlName: namespaceOf(f.name) ?? "(no namespace)", name: `requests/${requestModuleName(namespaceOf(f.name))}`, span: f.span }));
  const pages = functions.map((f) => ({ what: "the reference page of", tlName: f.name, name: `docs/methods/${f.name}.md`, span: f.span }));
  out.push(...clashes(files, (n) => n.toLowerCase()), ...clashes(pages, (n) => n.toLowerCase()));
  return out;
}
