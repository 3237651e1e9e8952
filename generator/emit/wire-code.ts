// The code that writes and reads one value of a wire type. Vectors nest; unions and bare
// constructors call their generated functions; primitives call the reader and writer directly.
// Readers live in readers.ts; writers in writers.ts when a request's parameters reach their type
// (what sending needs), else in result-writers.ts (what servers and tests need).
import type { PrimitiveName } from "../model/ir.ts";
import type { ConstructorPlan, UnionPlan, WireType } from "../plan/plan.ts";
import { elementMinSize } from "../plan/build-plan.ts";
import type { ImportMap } from "./imports.ts";
import { RUNTIME } from "./runtime-modules.ts";

/** The codec modules, by name under src/. */
export type CodecModule = "readers" | "older-readers" | "writers" | "result-writers";

/** Where the code being emitted lives, so references become local names or imports. */
export interface CodeImports {
  imports: ImportMap;
  /** The codec module being emitted, or null for another module (a request module). */
  module: CodecModule | null;
  /** The way from this module back to src/: `./` or `../`. */
  root: string;
}

const ITEM_SUFFIX: Record<PrimitiveName, string> = {
  int: "Int",
  long: "Long",
  double: "Double",
  string: "String",
  bytes: "Bytes",
  int128: "Int128",
  int256: "Int256",
};

/** The module a constructor's or union's writer is in. */
export function writerModule(of: ConstructorPlan | UnionPlan): CodecModule {
  return of.sent ? "writers" : "result-writers";
}

function ref(at: CodeImports, module: CodecModule, name: string): string {
  return at.module === module ? name : at.imports.value(`${at.root}${module}.js`, name);
}

const writer = (at: CodeImports, of: ConstructorPlan | UnionPlan): string => ref(at, writerModule(of), of.writer);
const reader = (at: CodeImports, of: ConstructorPlan | UnionPlan): string => ref(at, "readers", of.reader);
export const runtimeCodec = (at: CodeImports, name: string): string => at.imports.value(`${at.root}${RUNTIME.codec}`, name);

/** A statement writing `value` of type `t` to writer `w` ("" for a constructor without fields). */
export function writeCode(t: WireType, value: string, at: CodeImports, w = "w"): string {
  switch (t.kind) {
    case "primitive":
      if (t.name === "int128" || t.name === "int256") return `${w}.fixed(${value}, ${t.name === "int128" ? 16 : 32});`;
      return `${w}.${t.name}(${value});`;
    case "bool":
      return `${w}.bool(${value});`;
    case "union":
      return `${writer(at, t.union)}(${w}, ${value});`;
    case "bare":
      return t.ctor.layout.length === 0 ? "" : `${writer(at, t.ctor)}(${w}, ${value});`;
    case "vector":
      return `${runtimeCodec(at, "writeVector")}(${w}, ${value}, ${t.boxed}, ${itemWriter(t.element, at)});`;
    case "query":
      return `${runtimeCodec(at, "writeQuery")}(${w}, ${value});`;
    case "queryResult":
      throw new Error("internal: a query's result is never written");
  }
}

function itemWriter(t: WireType, at: CodeImports): string {
  switch (t.kind) {
    case "primitive":
      return runtimeCodec(at, `write${ITEM_SUFFIX[t.name]}Item`);
    case "bool":
      return runtimeCodec(at, "writeBoolItem");
    case "union":
      return writer(at, t.union);
    case "bare":
      return t.ctor.layout.length === 0 ? "() => {}" : writer(at, t.ctor);
    case "vector":
      return `(y, x) => ${writeCode(t, "x", at, "y").replace(/;$/, "")}`;
    case "query":
    case "queryResult":
      throw new Error("internal: a vector of queries cannot be written");
  }
}

/** An expression reading one value of type `t` from reader `r`. */
export function readCode(t: WireType, at: CodeImports, r = "r"): string {
  switch (t.kind) {
    case "primitive":
      if (t.name === "int128" || t.name === "int256") return `${r}.fixed(${t.name === "int128" ? 16 : 32})`;
      if (t.name === "bytes") return `${r}.bytesValue()`;
      return `${r}.${t.name}()`;
    case "bool":
      return `${r}.bool()`;
    case "union":
      return `${reader(at, t.union)}(${r})`;
    case "bare":
      return t.ctor.layout.length === 0 ? `{ _: ${JSON.stringify(t.ctor.tlName)} }` : `${reader(at, t.ctor)}(${r})`;
    case "vector":
      return `${runtimeCodec(at, "readVector")}(${r}, ${t.boxed}, ${elementMinSize(t.element)}, ${itemReader(t.element, at)})`;
    case "query":
    case "queryResult":
      throw new Error("internal: a generic value cannot be read without its request");
  }
}

function itemReader(t: WireType, at: CodeImports): string {
  switch (t.kind) {
    case "primitive":
      return runtimeCodec(at, `read${ITEM_SUFFIX[t.name]}Item`);
    case "bool":
      return runtimeCodec(at, "readBoolItem");
    case "union":
      return reader(at, t.union);
    case "bare":
      return t.ctor.layout.length === 0 ? `() => ({ _: ${JSON.stringify(t.ctor.tlName)} })` : reader(at, t.ctor);
    case "vector":
      return `(x) => ${readCode(t, at, "x")}`;
    case "query":
    case "queryResult":
      throw new Error("internal: a vector of queries cannot be read");
  }
}
