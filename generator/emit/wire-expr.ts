// The expressions that write and read one TL type, as code text. Vectors nest; unions and
// bare constructors call their generated functions; primitives call the runtime directly.
import type { TypeRef } from "../model/ir.ts";
import type { EmitContext } from "./context.ts";
import type { ImportMap } from "./imports.ts";
import { constructorTypeName, decoderName, encoderName, unionTypeName } from "./names.ts";
import { minWireSize } from "./type-map.ts";

export const RUNTIME = "./runtime/index.js";
export const CODECS = "./codecs.js";

const PRIMITIVE_WRITE = {
  int: ["int", "Int"],
  long: ["long", "Long"],
  double: ["double", "Double"],
  string: ["string", "String"],
  bytes: ["bytes", "Bytes"],
  int128: ["int128", "Int128"],
  int256: ["int256", "Int256"],
} as const;

/** Where codec functions come from: "" inside codecs.ts itself, else the codecs module. */
export interface CodecSource {
  imports: ImportMap;
  codecsModule: string | null;
  runtimeModule: string;
}

function codec(src: CodecSource, name: string): string {
  return src.codecsModule === null ? name : src.imports.value(src.codecsModule, name);
}

function runtime(src: CodecSource, name: string): string {
  return src.imports.value(src.runtimeModule, name);
}

function typeFunctionName(t: TypeRef, ctx: EmitContext): string {
  if (t.kind === "union") return unionTypeName(t.name);
  if (t.kind === "bare") return constructorTypeName(t.percent ? ctx.resolveBare(t.name) : t.name);
  throw new Error(`no codec function for ${t.kind}`);
}

/** A statement writing `value` of type `t` to `w`. */
export function writeStatement(t: TypeRef, value: string, ctx: EmitContext, src: CodecSource): string {
  switch (t.kind) {
    case "primitive":
      if (t.name === "int128" || t.name === "int256") return `w.fixed(${value}, ${t.name === "int128" ? 16 : 32});`;
      return `w.${t.name}(${value});`;
    case "union":
      if (t.name === "Bool") return `w.bool(${value});`;
      return `${codec(src, encoderName(typeFunctionName(t, ctx)))}(w, ${value});`;
    case "bare":
      return `${codec(src, encoderName(typeFunctionName(t, ctx)))}(w, ${value});`;
    case "vector":
      return `${runtime(src, "writeVector")}(w, ${value}, ${t.boxed}, ${itemWriter(t.element, ctx, src)});`;
    case "typeParam":
      return `${runtime(src, "writeQuery")}(w, ${value});`;
  }
}

function itemWriter(t: TypeRef, ctx: EmitContext, src: CodecSource): string {
  switch (t.kind) {
    case "primitive":
      return runtime(src, `write${PRIMITIVE_WRITE[t.name][1]}Item`);
    case "union":
      if (t.name === "Bool") return runtime(src, "writeBoolItem");
      return codec(src, encoderName(typeFunctionName(t, ctx)));
    case "bare":
      return codec(src, encoderName(typeFunctionName(t, ctx)));
    case "vector":
      return `(w, x) => ${writeStatement(t, "x", ctx, src).replace(/;$/, "")}`;
    case "typeParam":
      return runtime(src, "writeQuery");
  }
}

/** An expression reading one value of type `t` from `r`. */
export function readExpression(t: TypeRef, ctx: EmitContext, src: CodecSource): string {
  switch (t.kind) {
    case "primitive":
      if (t.name === "int128" || t.name === "int256") return `r.fixed(${t.name === "int128" ? 16 : 32})`;
      if (t.name === "bytes") return "r.bytesValue()";
      return `r.${t.name}()`;
    case "union":
      if (t.name === "Bool") return "r.bool()";
      return `${codec(src, decoderName(typeFunctionName(t, ctx)))}(r)`;
    case "bare":
      return `${codec(src, decoderName(typeFunctionName(t, ctx)))}(r)`;
    case "vector":
      return `${runtime(src, "readVector")}(r, ${t.boxed}, ${minWireSize(t.element)}, ${itemReader(t.element, ctx, src)})`;
    case "typeParam":
      throw new Error("a generic value cannot be read without its request");
  }
}

function itemReader(t: TypeRef, ctx: EmitContext, src: CodecSource): string {
  switch (t.kind) {
    case "primitive":
      return runtime(src, `read${PRIMITIVE_WRITE[t.name][1]}Item`);
    case "union":
      if (t.name === "Bool") return runtime(src, "readBoolItem");
      return codec(src, decoderName(typeFunctionName(t, ctx)));
    case "bare":
      return codec(src, decoderName(typeFunctionName(t, ctx)));
    case "vector":
      return `(r) => ${readExpression(t, ctx, src)}`;
    case "typeParam":
      throw new Error("a generic value cannot be read without its request");
  }
}
