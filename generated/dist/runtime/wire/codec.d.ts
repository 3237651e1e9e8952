import { TlEncodeError } from "./errors.js";
import type { TlReader } from "./reader.js";
import { TlWriter } from "./writer.js";
/** Writes one value of T (fields or a boxed object) to a writer. */
export type Write<T> = (w: TlWriter, value: T) => void;
/** Reads one value of T from a reader. */
export type Read<T> = (r: TlReader) => T;
/** Writes a vector: header, then each item. The count is read once. */
export declare function writeVector<T>(w: TlWriter, items: readonly T[], boxed: boolean, write: Write<T>): void;
/** Reads a vector whose count is checked against the bytes left. */
export declare function readVector<T>(r: TlReader, boxed: boolean, minItemSize: number, read: Read<T>): T[];
/** Vector item writer for int. */
export declare const writeIntItem: Write<number>;
/** Vector item writer for long. */
export declare const writeLongItem: Write<bigint>;
/** Vector item writer for double. */
export declare const writeDoubleItem: Write<number>;
/** Vector item writer for string. */
export declare const writeStringItem: Write<string>;
/** Vector item writer for bytes. */
export declare const writeBytesItem: Write<Uint8Array>;
/** Vector item writer for bool. */
export declare const writeBoolItem: Write<boolean>;
/** Vector item writer for int128. */
export declare const writeInt128Item: Write<Uint8Array>;
/** Vector item writer for int256. */
export declare const writeInt256Item: Write<Uint8Array>;
/** Vector item reader for int. */
export declare const readIntItem: Read<number>;
/** Vector item reader for long. */
export declare const readLongItem: Read<bigint>;
/** Vector item reader for double. */
export declare const readDoubleItem: Read<number>;
/** Vector item reader for string. */
export declare const readStringItem: Read<string>;
/** Vector item reader for bytes. */
export declare const readBytesItem: Read<Uint8Array>;
/** Vector item reader for bool. */
export declare const readBoolItem: Read<boolean>;
/** Vector item reader for int128. */
export declare const readInt128Item: Read<Uint8Array>;
/** Vector item reader for int256. */
export declare const readInt256Item: Read<Uint8Array>;
/** What the query field of a generic wrapper holds: any request. */
export interface EncodableQuery {
  encodeTo(w: TlWriter): void;
}
/**
 * `!X`: a whole boxed request inside another (invokeWithLayer's query): a request object, or the
 * bytes a method's size-first function made, written as they are.
 */
export declare function writeQuery(w: TlWriter, query: EncodableQuery | Uint8Array): void;
/** The bit of a `?true` field: `mask` for true, 0 for false or absent; anything else is refused. */
export declare function trueFlag(value: unknown, mask: number): number;
/** Value fields sharing one flag bit, given only in part. */
export declare function partialGroup(fields: readonly string[], values: readonly unknown[], bit: string): TlEncodeError;
/** A `?true` field on a shared bit must match whether the bit's values are given. */
export declare function derivedFlag(
  value: unknown,
  present: boolean,
  field: string,
  values: readonly string[],
  bit: string,
): void;
/** A union field whose value is not one of the union's constructors. */
export declare function notInUnion(value: unknown, union: string): TlEncodeError;
