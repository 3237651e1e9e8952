// Collects the imports of one generated module, deduplicated and sorted, so emitters only say
// what they use.
import { StructureKind } from "./structure-kind.ts";
import type { ImportDeclarationStructure } from "ts-morph";
import { compareStrings } from "../base/order.ts";

export class ImportMap {
  private readonly values = new Map<string, Set<string>>();
  private readonly types = new Map<string, Set<string>>();
  private readonly namespaces = new Map<string, string>();

  /** A value import (function, class, const). */
  value(module: string, name: string): string {
    add(this.values, module, name);
    return name;
  }

  /** A type-only import. */
  type(module: string, name: string): string {
    add(this.types, module, name);
    return name;
  }

  /** A type-only namespace import (`import type * as alias from module`), for doc links. */
  namespaceType(module: string, alias: string): string {
    this.namespaces.set(module, alias);
    return alias;
  }

  structures(): ImportDeclarationStructure[] {
    const modules = [...new Set([...this.values.keys(), ...this.types.keys(), ...this.namespaces.keys()])].sort(compareStrings);
    const out: ImportDeclarationStructure[] = [];
    for (const module of modules) {
      const values = [...(this.values.get(module) ?? [])].sort(compareStrings);
      const types = [...(this.types.get(module) ?? [])].filter((t) => !values.includes(t)).sort(compareStrings);
      const alias = this.namespaces.get(module);
      if (alias) out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: module, namespaceImport: alias, isTypeOnly: true });
      if (values.length) out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: module, namedImports: values });
      if (types.length) out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: module, namedImports: types, isTypeOnly: true });
    }
    return out;
  }
}

function add(map: Map<string, Set<string>>, module: string, name: string): void {
  const set = map.get(module) ?? new Set<string>();
  set.add(name);
  map.set(module, set);
}
