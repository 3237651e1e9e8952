// The code that writes and reads one value of a wire type. Vectors nest; unions and bare
// constructors call their generated functions; primitives call the reader and writer directly.
// Every call carries the field's name, which the runtime uses only when it fails.
import type { PrimitiveName } from "../model/ir.ts";
import type { WireType } from "../plan/plan.ts";
import { elementMinSize } from "../plan/build-plan.ts";
import type { ImportMap } from "./imports.ts";

/** Where the code's functions come from, relative to the module being emitted. */
export interface CodeImports {
  imports: ImportMap;
  /** The codecs module, or null inside codecs.ts itself. */
  codecsModule: string | null;
  /** The runtime folder: `./runtime` or `../runtime`. */
  runtimeDir: string;
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

const codec = (at: CodeImports, name: string): string => (at.codecsModule === null ? name : at.imports.value(at.codecsModule, name));
export const runtimeCodec = (at: CodeImports, name: string): string => at.imports.value(`${at.runtimeDir}/codec.js`, name);
const field = (name: string | null): string => (name === null ? "" : `, ${JSON.stringify(name)}`);

/** A statement writing `value` of type `t` to writer `w`, named `name` in errors. */
export function writeCode(t: WireType, value: string, name: string | null, at: CodeImports, w = "w"): string {
  switch (t.kind) {
    case "primitive":
      if (t.name === "int128" || t.name === "int256") return `${w}.fixed(${value}, ${t.name === "int128" ? 16 : 32}${field(name)});`;
      return `${w}.${t.name}(${value}${field(name)});`;
    case "bool":
      return `${w}.bool(${value}${field(name)});`;
    case "union":
      return `${codec(at, t.union.writer)}(${w}, ${value}${field(name)});`;
    case "bare":
      // A constructor without fields writes nothing (it has no writer of its own).
      if (t.ctor.layout.length === 0) return "";
      return name === null ? `${codec(at, t.ctor.writer)}(${w}, ${value});` : `${runtimeCodec(at, "writeBare")}(${w}, ${codec(at, t.ctor.writer)}, ${value}${field(name)});`;
    case "vector":
      return `${runtimeCodec(at, "writeVector")}(${w}, ${value}, ${t.boxed}, ${itemWriter(t.element, at)}${field(name)});`;
    case "query":
      return `${runtimeCodec(at, "writeQuery")}(${w}, ${value}${field(name ?? "query")});`;
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
      return codec(at, t.union.writer);
    case "bare":
      return t.ctor.layout.length === 0 ? "() => {}" : codec(at, t.ctor.writer);
    case "vector":
      return `(y, x) => ${writeCode(t, "x", null, at, "y").replace(/;$/, "")}`;
    case "query":
    case "queryResult":
      throw new Error("internal: a vector of queries cannot be written");
  }
}

/** An expression reading one value of type `t` from reader `r`, named `name` in errors. */
export function readCode(t: WireType, name: string | null, at: CodeImports, r = "r"): string {
  const arg = name === null ? "" : JSON.stringify(name);
  switch (t.kind) {
    case "primitive":
      if (t.name === "int128" || t.name === "int256") return `${r}.fixed(${t.name === "int128" ? 16 : 32}${field(name)})`;
      if (t.name === "bytes") return `${r}.bytesValue(${arg})`;
      return `${r}.${t.name}(${arg})`;
    case "bool":
      return `${r}.bool(${arg})`;
    case "union":
      return `${codec(at, t.union.reader)}(${r}${field(name)})`;
    case "bare":
      if (t.ctor.layout.length === 0) return `{ _: ${JSON.stringify(t.ctor.tlName)} }`;
      return name === null ? `${codec(at, t.ctor.reader)}(${r})` : `${runtimeCodec(at, "readBare")}(${r}, ${codec(at, t.ctor.reader)}${field(name)})`;
    case "vector":
      return `${runtimeCodec(at, "readVector")}(${r}, ${t.boxed}, ${elementMinSize(t.element)}, ${itemReader(t.element, at)}${field(name)})`;
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
      return codec(at, t.union.reader);
    case "bare":
      return t.ctor.layout.length === 0 ? `() => ({ _: ${JSON.stringify(t.ctor.tlName)} })` : codec(at, t.ctor.reader);
    case "vector":
      return `(x) => ${readCode(t, null, at, "x")}`;
    case "query":
    case "queryResult":
      throw new Error("internal: a vector of queries cannot be read");
  }
}
