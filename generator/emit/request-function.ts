// The size-first side of a request module: per method a free function that encodes the request
// from its parameters (`exportChatInvite({ peer, usageLimit: 43 })` -> bytes), with no class, and
// the reader of its result (`readExportChatInviteResult`), each its own export so that a bundle
// takes only what it calls. The class (emit-requests.ts) is built on the same three pieces: the
// spec it checks its parameters against, the writer of its body and the reader of its result, so
// class and function cannot drift apart.
import type { FunctionDeclarationStructure, StatementStructures, VariableDeclarationKind, VariableStatementStructure } from "ts-morph";
import { StructureKind } from "./structure-kind.ts";
import type { FunctionPlan } from "../plan/plan.ts";
import { combinatorDoc, requestDocLines, type LinkTo } from "./doc-text.ts";
import { encodeStatements } from "./encode-body.ts";
import type { TsModule } from "./module.ts";
import { codeBlock, stringArray } from "./code-block.ts";
import type { TypeImports } from "./type-map.ts";
import { readCode, type CodeImports } from "./wire-code.ts";
import { RUNTIME } from "./runtime-modules.ts";

/** The parameter names in wire order, optional ones marked `?` (the spec's FIELDS). */
export function fieldList(f: FunctionPlan): string[] {
  return f.fields.map((x) => (x.role === "required" ? x.prop : `${x.prop}?`));
}

/**
 * The spec, the body writer, the function and the result reader of `f`. `params` is the type of
 * its parameters as the class takes them; `result` the TypeScript type of its result.
 */
export function requestFunctionStatements(f: FunctionPlan, module: TsModule, at: CodeImports, types: TypeImports, linkTo: LinkTo, params: string, result: string): StatementStructures[] {
  const spec = module.imports.type(`../${RUNTIME.params}`, "ParamsSpec");
  const writer = module.imports.type(`../${RUNTIME.writer}`, "TlWriter");
  const body = module.imports.type(`../${RUNTIME.tlRequest}`, "TlBody");
  const encode = module.imports.value(`../${RUNTIME.encodeRequest}`, "encodeRequest");
  const generic = f.generic;
  const typeParameters = generic ? [generic] : [];
  // A wrapper's query may also be a body another function made (`query: exportChatInvite({ ... })`).
  const input = f.queryField ? `Omit<${params}, ${JSON.stringify(f.queryField.prop)}> & { ${f.queryField.prop}: ${module.imports.type(`../${RUNTIME.tlRequest}`, "TlRequest")}<${generic}> | ${body}<${generic}> }` : params;
  // The function has no peer cache: its types take only real Input* values where the class also
  // takes names, ids and results' objects (which the invoker resolves), as its checks do.
  const peers = f.fields.filter((x) => x.peer);
  const functionInput = peers.length
    ? `${module.imports.type(`../${RUNTIME.peerLike}`, "WithoutPeerLike")}<${input}, { ${peers.map((x) => `${x.prop}: ${JSON.stringify(x.peer!.kind)}`).join("; ")} }>`
    : input;
  const optional = f.fields.every((x) => x.role !== "required");
  const out: StatementStructures[] = [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: "const" as VariableDeclarationKind,
      docs: [`What {@link ${f.functionName}} and {@link ${f.className}} check parameters against.`],
      declarations: [{ name: f.specName, type: spec, initializer: `{ tlName: ${JSON.stringify(f.tlName)}, FIELDS: ${stringArray(fieldList(f))} }` }],
    } satisfies VariableStatementStructure,
    {
      kind: StructureKind.Function,
      name: f.writerName,
      typeParameters,
      docs: [`Writes the boxed \`${f.tlName}\` request: its id, then its fields.`],
      parameters: [
        { name: "w", type: writer },
        { name: "p", type: input },
      ],
      returnType: "void",
      statements: [codeBlock([`w.id(0x${f.idHex});`, ...encodeStatements(f, "p", at, types)])],
    } satisfies FunctionDeclarationStructure,
    {
      kind: StructureKind.Function,
      name: f.functionName,
      isExported: true,
      typeParameters,
      docs: [
        combinatorDoc(
          f,
          [
            `Encodes \`${f.tlName}\` from its parameters, without a class: the bytes {@link ${f.className}}'s \`serialize()\` gives, checked the same way (TlEncodeError).`,
            generic ? "Its result is the query's: read it with the query's result reader." : `Send them with \`invoker.invoke(body, ${f.resultReader})\`, or decode an answer with \`decodeWith(${f.resultReader}, bytes)\`.`,
            "",
            ...requestDocLines(f, result, linkTo),
          ],
          linkTo,
        ),
      ],
      parameters: [{ name: "params", type: functionInput, hasQuestionToken: optional }],
      returnType: `${body}<${result}>`,
      statements: [`return ${encode}(${f.specName}, params, ${f.writerName});`],
    } satisfies FunctionDeclarationStructure,
  ];
  if (!f.queryField) {
    const reader = module.imports.type(`../${RUNTIME.reader}`, "TlReader");
    out.push({
      kind: StructureKind.Function,
      name: f.resultReader,
      isExported: true,
      docs: [`Reads the result of \`${f.tlName}\` (\`${result}\`) from a reader at its position: for \`invoker.invoke(body, ${f.resultReader})\` and \`decodeWith(${f.resultReader}, bytes)\`.`],
      parameters: [{ name: "r", type: reader }],
      returnType: result,
      statements: [`return ${readCode(f.result, at)};`],
    } satisfies FunctionDeclarationStructure);
  }
  return out;
}
