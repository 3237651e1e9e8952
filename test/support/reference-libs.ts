// Converting values between this package's shape and the two reference implementations,
// GramJS (`telegram`, layer 198) and mtcute (`@mtcute/core@0.30.3`, layer 227), driven by the
// schema model. A constructor a library does not have (or has with another id) raises
// NotInReference, and that comparison is skipped, never faked.
import { createRequire } from "node:module";
import type { TypeRef } from "../../generator/model/ir.ts";
import { planOf, testSchema } from "./schema-model.ts";

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
export const GramJS: Any = require("telegram").Api;
const bigInt: Any = require("big-integer");
export const { BinaryReader: GramReader }: Any = require("telegram/extensions");
export const mtcuteUtils: Any = await import("@mtcute/core/utils.js");
const Long: Any = require("long");
const mtcuteSchema: { e: { name: string; arguments: { name: string; type: string }[] }[] } = require("@mtcute/core/tl/api-schema.json");

export class NotInReference extends Error {}

const int53Fields = new Set<string>();
for (const e of mtcuteSchema.e) for (const a of e.arguments) if (a.type === "int53") int53Fields.add(`${e.name}.${a.name}`);

function gramClass(tlName: string): Any {
  const parts = tlName.split(".");
  const last = parts.pop()!;
  let ns: Any = GramJS;
  for (const p of parts) ns = ns?.[p];
  const cls = ns?.[last.charAt(0).toUpperCase() + last.slice(1)];
  return cls;
}

function bigIntFromBytes(bytes: Uint8Array): Any {
  return bigInt.fromArray([...bytes].reverse(), 256, false);
}

/** This package's value -> GramJS object, or NotInReference. */
export function toGramjs(value: Any, t: TypeRef): Any {
  switch (t.kind) {
    case "primitive":
      if (t.name === "long") return bigInt(value.toString());
      if (t.name === "bytes") return Buffer.from(value);
      if (t.name === "int128" || t.name === "int256") return bigIntFromBytes(value);
      return value;
    case "vector":
      return value.map((v: Any) => toGramjs(v, t.element));
    case "union":
      if (t.name === "Bool") return value;
      return gramObject(value);
    case "bare":
      return gramObject(value);
    case "typeParam":
      throw new NotInReference("generic");
  }
}

export function gramObject(value: Any, tlName: string = value._): Any {
  const s = testSchema();
  const c = s.ctor.get(tlName) ?? s.fn.get(tlName);
  const cls = gramClass(tlName);
  if (!c || !cls || cls.CONSTRUCTOR_ID !== c.id) throw new NotInReference(`${tlName} differs in GramJS's layer`);
  const args: Record<string, Any> = {};
  for (const f of planOf(c).fields) {
    const v = value[f.prop];
    if (v === undefined) continue;
    args[f.prop] = f.role === "flag" ? v : toGramjs(v, f.param.type);
  }
  return new cls(args);
}

/** GramJS object -> this package's value. */
export function fromGramjs(obj: Any, t: TypeRef): Any {
  switch (t.kind) {
    case "primitive":
      if (t.name === "long") return BigInt(obj.toString());
      if (t.name === "bytes") return new Uint8Array(obj);
      return obj;
    case "vector":
      return obj.map((v: Any) => fromGramjs(v, t.element));
    case "union":
      if (t.name === "Bool") return obj;
      return fromGramObject(obj);
    case "bare":
      return fromGramObject(obj);
    case "typeParam":
      throw new NotInReference("generic");
  }
}

function fromGramObject(obj: Any): Any {
  const c = testSchema().ctorById.get(obj.CONSTRUCTOR_ID);
  if (!c) throw new NotInReference(`GramJS constructor ${obj.className} is not in our layer`);
  const out: Record<string, Any> = { _: c.name };
  for (const f of planOf(c).fields) {
    const v = obj[f.prop];
    if (f.role === "flag") out[f.prop] = Boolean(v);
    else if (v !== undefined && v !== null) out[f.prop] = fromGramjs(v, f.param.type);
  }
  return out;
}

/** This package's value -> mtcute object (longs as Long, or numbers where mtcute says int53). */
export function toMtcute(value: Any, t: TypeRef, field = ""): Any {
  switch (t.kind) {
    case "primitive":
      if (t.name === "long" && int53Fields.has(field)) {
        // mtcute types ids as int53 (JS numbers): beyond 2^53 it cannot take the value at all.
        if (!Number.isSafeInteger(Number(value)) || BigInt(Number(value)) !== value) throw new NotInReference(`${field}: ${value} does not fit mtcute's int53`);
        return Number(value);
      }
      if (t.name === "long") return Long.fromString(value.toString());
      return value;
    case "vector":
      return value.map((v: Any) => toMtcute(v, t.element, field));
    case "union":
      if (t.name === "Bool") return value;
      return mtcuteObject(value);
    case "bare":
      return mtcuteObject(value);
    case "typeParam":
      throw new NotInReference("generic");
  }
}

export function mtcuteObject(value: Any, tlName: string = value._): Any {
  const s = testSchema();
  const c = s.ctor.get(tlName) ?? s.fn.get(tlName);
  if (!c) throw new NotInReference(tlName);
  const out: Record<string, Any> = { _: tlName };
  for (const f of planOf(c).fields) {
    const v = value[f.prop];
    if (v === undefined) continue;
    out[f.prop] = f.role === "flag" ? v : toMtcute(v, f.param.type, `${tlName}.${f.param.name}`);
  }
  return out;
}

/** mtcute object -> this package's value. */
export function fromMtcute(obj: Any, t: TypeRef): Any {
  switch (t.kind) {
    case "primitive":
      if (t.name === "long") return BigInt(obj.toString());
      return obj;
    case "vector":
      return obj.map((v: Any) => fromMtcute(v, t.element));
    case "union":
    case "bare": {
      if (t.kind === "union" && t.name === "Bool") return obj;
      const c = testSchema().ctor.get(obj._);
      if (!c) throw new NotInReference(obj._);
      const out: Record<string, Any> = { _: c.name };
      for (const f of planOf(c).fields) {
        const v = obj[f.prop];
        if (f.role === "flag") out[f.prop] = Boolean(v);
        else if (v !== undefined && v !== null) out[f.prop] = fromMtcute(v, f.param.type);
      }
      return out;
    }
    case "typeParam":
      throw new NotInReference("generic");
  }
}

export function mtcuteSerialize(obj: Any): Uint8Array {
  return mtcuteUtils.TlBinaryWriter.serializeObject(mtcuteUtils.__tlWriterMap, obj);
}

export function mtcuteDeserialize(bytes: Uint8Array): Any {
  return mtcuteUtils.TlBinaryReader.deserializeObject(mtcuteUtils.__tlReaderMap, bytes);
}

export const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
