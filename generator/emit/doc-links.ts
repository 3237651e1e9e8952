// Doc links for one module: a mention of a constructor or a method becomes a `{@link}` to this
// package's declaration, importing it (type-only) where the module does not have it in scope.
import type { PackagePlan } from "../plan/plan.ts";
import type { LinkTo } from "./doc-text.ts";
import type { TsModule } from "./module.ts";
import { toRoot } from "./module.ts";

export function linksFor(plan: PackagePlan, module: TsModule): LinkTo {
  const root = toRoot(module.path);
  const here = module.path;
  return (tlName, kind) => {
    if (kind === "constructor") {
      const c = plan.constructorByName.get(tlName);
      if (!c) return null;
      if (here !== "types.ts") module.imports.type(`${root}types.js`, c.typeName);
      return `{@link ${c.typeName}}`;
    }
    const f = plan.functionByName.get(tlName);
    if (!f) return null;
    if (here === `requests/${f.module}.ts`) return `{@link ${f.className}}`;
    const alias = module.imports.namespaceType(`${root}requests/${f.module}.js`, `${f.module}Requests`);
    return `{@link ${alias}.${f.className}}`;
  };
}
