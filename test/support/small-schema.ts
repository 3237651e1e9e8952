// Plans of small schemas written in the tests as TL text, through the generator's own stages
// (parse -> model -> checks -> closure -> plan), and the helpers emitter tests read their output
// with: structures by name, and text with whitespace collapsed (never prettier's layout).
import { printStructure, type StatementStructures, type StructureKind } from "ts-morph";
import { analyzeSchema } from "../../generator/model/analyze.ts";
import { computeClosure, selectRoots } from "../../generator/model/closure.ts";
import { EMPTY_DOCS, type SchemaDocs } from "../../generator/model/schema-docs.ts";
import { buildPlan } from "../../generator/plan/build-plan.ts";
import type { PackagePlan } from "../../generator/plan/plan.ts";
import type { EmittedFile, TsModule } from "../../generator/emit/module.ts";

/** The builtins every schema starts with (Bool, true, Vector). */
export const BUILTINS = [
  "boolFalse#bc799737 = Bool;",
  "boolTrue#997275b5 = Bool;",
  "true#3fedd339 = True;",
  "vector#1cb5c415 {t:Type} # [ t ] = Vector t;",
].join("\n");

/**
 * One line per case the emitters must handle (STYLE.md): no params, `?true`, optional, two
 * fields on one bit, a `?true` on a value's bit, flags2, vectors (boxed, bare, nested), tri-state
 * ?Bool, int128/int256, a bare constructor (`%Pair`, `pair`), a generic `!X`, peer parameters, a
 * request with an all-or-none pair, a result-only type.
 * Ids are computed from the lines.
 */
export const CASES_TL = `${BUILTINS}
inputPeerEmpty = InputPeer;
inputPeerSelf = InputPeer;
inputPeerUser user_id:long access_hash:long = InputPeer;
inputUserSelf = InputUser;
inputUser user_id:long access_hash:long = InputUser;
noParams = NoParams;
trueFlag flags:# silent:flags.0?true = TrueFlag;
optional flags:# title:flags.1?string = Optional;
sharedBit flags:# offset_date:flags.2?int offset_link:flags.2?string = SharedBit;
sharedTrue flags:# pinned:flags.0?true until:flags.0?int = SharedTrue;
twoWords flags:# a:flags.0?int flags2:# b:flags2.3?long = TwoWords;
vectors ids:Vector<long> names:vector<string> nested:Vector<Vector<int>> = Vectors;
triState flags:# enabled:flags.0?Bool = TriState;
fixedSizes nonce:int128 key:int256 = FixedSizes;
pair a:int b:string = Pair;
bareHolder one:%Pair many:vector<pair> = BareHolder;
answer count:int from:InputUser = Answer;
---functions---
wrap {X:Type} layer:int query:!X = X;
getThing flags:# a:flags.0?true thing:TrueFlag = Optional;
useAll a:NoParams b:SharedBit c:TwoWords d:Vectors e:TriState f:FixedSizes g:SharedTrue h:BareHolder = NoParams;
ping = Bool;
messages.invite peer:InputPeer users:Vector<InputUser> title:string = Answer;
messages.getLinks flags:# revoked:flags.3?true offset_date:flags.2?int offset_link:flags.2?string limit:int = Answer;
// LAYER 7
`;

export interface PlanOptions {
  /** Root patterns (default: every function). */
  roots?: string[];
  docs?: SchemaDocs;
  packageName?: string;
  file?: string;
}

/** The plan of `text` (a whole schema): fails on any diagnostic. */
export function planFromTl(text: string, options: PlanOptions = {}): PackagePlan {
  const file = options.file ?? "cases.tl";
  const analysis = analyzeSchema([{ file, text }]);
  if (analysis.diagnostics.length) throw new Error(analysis.diagnostics.map((d) => d.message).join("\n"));
  const { roots, unmatched } = selectRoots(analysis.model, options.roots ?? ["*"]);
  if (unmatched.length) throw new Error(`no function matches ${unmatched.join(", ")}`);
  return buildPlan({
    closure: computeClosure(analysis.model, roots),
    docs: options.docs ?? EMPTY_DOCS,
    layer: analysis.model.layer ?? 0,
    packageName: options.packageName ?? "tl-cases",
    schemaFiles: [file],
    regenerate: "tlgen generate",
    all: options.roots === undefined,
  });
}

/** The plan of CASES_TL with every function a root. */
export function casesPlan(options: Omit<PlanOptions, "roots"> = {}): PackagePlan {
  return planFromTl(CASES_TL, options);
}

/** Whitespace collapsed to single spaces: text compared without its layout. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The emitted TypeScript module at `path` (under src/); fails when there is none. */
export function moduleAt(files: readonly EmittedFile[], path: string): TsModule {
  const m = files.find((f) => f.path === path);
  if (!m) throw new Error(`no ${path} among ${files.map((f) => f.path).join(", ")}`);
  if (m.kind !== "ts") throw new Error(`${path} is a ${m.kind} file, not a TypeScript module`);
  return m;
}

/** The statement declaring `name` (of `kind`, where an interface and a class share it); fails when there is none. */
export function statementNamed<S extends StatementStructures>(m: TsModule, name: string, kind?: StructureKind): S {
  const s = m.statements.find((x) => "name" in x && x.name === name && (kind === undefined || x.kind === kind));
  if (!s) throw new Error(`${m.path} declares no ${name}`);
  return s as S;
}

/** The names `m` declares, in order. */
export function declaredNames(m: TsModule): string[] {
  return m.statements.flatMap((s) => ("name" in s && typeof s.name === "string" ? [s.name] : []));
}

/** A function's or method's body (its `statements`, code text as the emitters give it), whitespace collapsed. */
export function bodyText(statements: unknown): string {
  const list: unknown[] = Array.isArray(statements) ? statements : statements === undefined ? [] : [statements];
  return squash(list.map((s) => String(s)).join("\n"));
}

/** One statement printed by ts-morph, whitespace collapsed. */
export function printed(s: StatementStructures): string {
  return squash(printStructure(s));
}

/** The module's imports as `module: a, b` lines (`type` marks type-only ones, `* as x` namespaces). */
export function importsOf(m: TsModule): string[] {
  return m.imports.structures().map((i) => {
    const what = i.namespaceImport ? `* as ${i.namespaceImport}` : (i.namedImports as string[]).join(", ");
    return `${i.isTypeOnly ? "type " : ""}${i.moduleSpecifier}: ${what}`;
  });
}
