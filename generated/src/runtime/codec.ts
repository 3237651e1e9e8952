// Helpers the generated encoders and decoders share: vectors, queries (`!X`), flag rules,
// and the entry points that turn a reader/writer function into bytes -> value and back.
import { TlDecodeError, TlEncodeError, encodeErrorWithin } from "./errors.js";
import { TlReader } from "./reader.js";
import { TlWriter, describe } from "./writer.js";
import { serializeWith, type TlRequest } from "./request.js";

/** Writes one value of T (fields or a boxed object) to a writer. */
export type Write<T> = (w: TlWriter, value: T) => void;
/** Reads one value of T from a reader. */
export type Read<T> = (r: TlReader) => T;

/** Writes a vector: header, then each item; a failing item is named by its index. */
export function writeVector<T>(w: TlWriter, items: readonly T[], boxed: boolean, write: Write<T>): void {
  w.vector(items, boxed);
  for (let i = 0; i < items.length; i++) {
    try {
      write(w, items[i]);
    } catch (e) {
      throw encodeErrorWithin(e, `[${i}]`);
    }
  }
}

/** Reads a vector whose count is checked against the bytes left; a failing item is named by its index. */
export function readVector<T>(r: TlReader, boxed: boolean, minItemSize: number, read: Read<T>): T[] {
  const count = r.vector(boxed, minItemSize);
  const out: T[] = [];
  for (let i = 0; i < count; i++) {
    try {
      out.push(read(r));
    } catch (e) {
      if (e instanceof TlDecodeError) throw e.within(`[${i}]`);
      throw e;
    }
  }
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
/** Vector item writer for Bool. */
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
/** Vector item reader for Bool. */
export const readBoolItem: Read<boolean> = (r) => r.bool();
/** Vector item reader for int128. */
export const readInt128Item: Read<Uint8Array> = (r) => r.fixed(16);
/** Vector item reader for int256. */
export const readInt256Item: Read<Uint8Array> = (r) => r.fixed(32);

/** `!X`: a whole boxed request inside another (invokeWithLayer's query). */
export function writeQuery(w: TlWriter, query: TlRequest<unknown>): void {
  if (typeof query !== "object" || query === null || typeof query.encodeTo !== "function") {
    throw new TlEncodeError(`query must be a request object (with encodeTo), got ${describe(query)}`);
  }
  query.encodeTo(w);
}

/** A `?true` field given something other than a boolean. */
export function notBoolean(prop: string, value: unknown): TlEncodeError {
  return new TlEncodeError(`a flag (?true) field must be a boolean, got ${describe(value)}`, [prop]);
}

/** Fields sharing one flag bit given partly. */
export function partialGroup(props: readonly string[], present: readonly boolean[], bit: string): TlEncodeError {
  const missing = props.filter((_, i) => !present[i]);
  return new TlEncodeError(
    `${props.join(" and ")} share flag bit ${bit}: give all of them or none (missing: ${missing.join(", ")})`,
    [missing[0]],
  );
}

/** A `?true` field set while the value fields on its bit are absent. */
export function derivedFlag(prop: string, values: readonly string[], bit: string): TlEncodeError {
  return new TlEncodeError(
    `${prop} shares flag bit ${bit} with ${values.join(", ")}: it is true exactly when those are given`,
    [prop],
  );
}

/** A union field whose value is not one of the union's constructors. */
export function notInUnion(value: unknown, union: string): TlEncodeError {
  if (value === undefined || value === null) return new TlEncodeError(`${union} is required, got ${describe(value)}`);
  if (typeof value === "string") {
    return new TlEncodeError(
      `expected a constructor of ${union}, got ${describe(value)}: a peer given by name must be resolved first (send it with createInvoker and a resolver, or a GramJS client)`,
    );
  }
  const got =
    typeof value === "object" && value !== null ? `_: ${describe((value as { _?: unknown })._)}` : describe(value);
  return new TlEncodeError(`expected a constructor of ${union} (an object whose _ names one), got ${got}`);
}

/** Encodes one value with a writer function into exactly its bytes. */
export function encodeWith<T>(write: Write<T>, value: T, root: string): Uint8Array {
  return serializeWith((w) => {
    try {
      write(w, value);
    } catch (e) {
      throw encodeErrorWithin(e, root);
    }
  });
}

/**
 * Decodes one complete value: trailing bytes are an error. Errors name the outermost
 * constructor at the root of their path.
 */
export function decodeWith<T>(read: Read<T>, bytes: Uint8Array): T {
  try {
    const r = new TlReader(bytes);
    const value = read(r);
    r.end();
    return value;
  } catch (e) {
    if (e instanceof TlDecodeError) {
      if (e.outer !== null) e.within(e.outer);
      throw e;
    }
    throw new TlDecodeError(`internal decoder error: ${String(e)}`, 0, "valid input");
  }
}
