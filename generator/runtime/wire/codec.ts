// Room runtime/wire/: the TL wire format: reader, writer, encode/decode entry points, failure
// tracing, errors.
// Imports: nothing. Imported by: runtime/, runtime/bot-api/, runtime/gramjs/, runtime/invoke/,
// runtime/request/.
//
// What the generated encoders and decoders share: vectors, bare values, queries (`!X`), the
// flag rules, and the union error. Internal: generated code imports it, users do not.
import { TlEncodeError } from "./errors.js";
import type { TlReader } from "./reader.js";
import { TlWriter, describe } from "./writer.js";

/** Writes one value of T (fields or a boxed object) to a writer. */
export type Write<T> = (w: TlWriter, value: T) => void;
/** Reads one value of T from a reader. */
export type Read<T> = (r: TlReader) => T;

/** Writes a vector: header, then each item. The count is read once. */
export function writeVector<T>(w: TlWriter, items: readonly T[], boxed: boolean, write: Write<T>): void {
  const count = w.vector(items, boxed);
  for (let i = 0; i < count; i++) write(w, items[i]);
}

/** Reads a vector whose count is checked against the bytes left. */
export function readVector<T>(r: TlReader, boxed: boolean, minItemSize: number, read: Read<T>): T[] {
  const count = r.vector(boxed, minItemSize);
  // A traced decode's failed count is its marker (trace.ts): it stands for the whole vector.
  if (typeof count !== "number") return count;
  const out: T[] = [];
  for (let i = 0; i < count; i++) out.push(read(r));
  return out;
}

/** Vector item writer for int. */
export const writeIntItem: Write<number> = (w, v) => w.int(v);
/** Vector item writer for long. */
export const writeLongItem: Write<bigint> = (w, v) => w.long(v);
/** Vector item writer for double. */
export const writeDoubleItem: Write<number> = (w, v) => w.double(v);
/** Vector item writer for string. */
export const writeStringItem: Write<string> = (w, v) => w.string(v);
/** Vector item writer for bytes. */
export const writeBytesItem: Write<Uint8Array> = (w, v) => w.bytes(v);
/** Vector item writer for bool. */
export const writeBoolItem: Write<boolean> = (w, v) => w.bool(v);
/** Vector item writer for int128. */
export const writeInt128Item: Write<Uint8Array> = (w, v) => w.fixed(v, 16);
/** Vector item writer for int256. */
export const writeInt256Item: Write<Uint8Array> = (w, v) => w.fixed(v, 32);
/** Vector item reader for int. */
export const readIntItem: Read<number> = (r) => r.int();
/** Vector item reader for long. */
export const readLongItem: Read<bigint> = (r) => r.long();
/** Vector item reader for double. */
export const readDoubleItem: Read<number> = (r) => r.double();
/** Vector item reader for string. */
export const readStringItem: Read<string> = (r) => r.string();
/** Vector item reader for bytes. */
export const readBytesItem: Read<Uint8Array> = (r) => r.bytesValue();
/** Vector item reader for bool. */
export const readBoolItem: Read<boolean> = (r) => r.bool();
/** Vector item reader for int128. */
export const readInt128Item: Read<Uint8Array> = (r) => r.fixed(16);
/** Vector item reader for int256. */
export const readInt256Item: Read<Uint8Array> = (r) => r.fixed(32);

/** What the query field of a generic wrapper holds: any request. */
export interface EncodableQuery {
  encodeTo(w: TlWriter): void;
}

/**
 * `!X`: a whole boxed request inside another (invokeWithLayer's query): a request object, or the
 * bytes a method's size-first function made, written as they are.
 */
export function writeQuery(w: TlWriter, query: EncodableQuery | Uint8Array): void {
  if (query instanceof Uint8Array) {
    if (query.length < 4)
      throw new TlEncodeError(
        `query must be a whole request (at least its 4-byte constructor id), got ${describe(query)}`,
      ).about(query);
    return w.raw(query);
  }
  if (typeof query !== "object" || query === null || typeof query.encodeTo !== "function") {
    throw new TlEncodeError(
      `query must be a request object (with encodeTo) or a request body (bytes), got ${describe(query)}`,
    ).about(query);
  }
  w.enter(query);
  query.encodeTo(w);
  w.leave();
}

/** The bit of a `?true` field: `mask` for true, 0 for false or absent; anything else is refused. */
export function trueFlag(value: unknown, mask: number): number {
  if (value === true) return mask;
  if (value === undefined || value === null || value === false) return 0;
  throw new TlEncodeError(`a flag (?true) field must be a boolean, got ${describe(value)}`).about(value);
}

/** Value fields sharing one flag bit, given only in part. */
export function partialGroup(fields: readonly string[], values: readonly unknown[], bit: string): TlEncodeError {
  const missing = fields.filter((_, i) => values[i] == null);
  return new TlEncodeError(
    `${fields.join(" and ")} share flag bit ${bit}: give all of them or none (missing: ${missing.join(", ")})`,
    [missing[0]],
  );
}

/** A `?true` field on a shared bit must match whether the bit's values are given. */
export function derivedFlag(
  value: unknown,
  present: boolean,
  field: string,
  values: readonly string[],
  bit: string,
): void {
  if (value != null && value !== present) {
    throw new TlEncodeError(
      `${field} shares flag bit ${bit} with ${values.join(", ")}: it is true exactly when those are given`,
      [field],
    );
  }
}

/** A union field whose value is not one of the union's constructors. */
export function notInUnion(value: unknown, union: string): TlEncodeError {
  if (value === undefined || value === null)
    return new TlEncodeError(`${union} is required, got ${describe(value)}`).about(value);
  // A peer given by name or id is resolved by the invoker (or GramJS), never by the encoder.
  if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") {
    return new TlEncodeError(
      `expected a constructor of ${union}, got ${describe(value)}: a peer given by name or id must be resolved first (send it with createInvoker, or a GramJS client)`,
    ).about(value);
  }
  const got = typeof value === "object" ? `_: ${describe((value as { _?: unknown })._)}` : describe(value);
  return new TlEncodeError(`expected a constructor of ${union} (an object whose _ names one), got ${got}`).about(value);
}
