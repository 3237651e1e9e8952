// The kinds of ts-morph structure the emitters build, as constants: the emitters and a run whose
// statements all come from the render cache then never load ts-morph (a third of a second).
// A test checks each value against ts-morph's own StructureKind.
import type { StructureKind as Kind } from "ts-morph";

export const StructureKind = {
  Class: 2 as Kind.Class,
  ExportDeclaration: 11 as Kind.ExportDeclaration,
  Function: 13 as Kind.Function,
  ImportDeclaration: 16 as Kind.ImportDeclaration,
  Interface: 19 as Kind.Interface,
  PropertySignature: 33 as Kind.PropertySignature,
  SourceFile: 36 as Kind.SourceFile,
  TypeAlias: 38 as Kind.TypeAlias,
  VariableStatement: 41 as Kind.VariableStatement,
} as const;
