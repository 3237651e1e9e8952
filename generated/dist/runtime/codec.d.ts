import { TlEncodeError } from "./errors.js";
import { TlReader } from "./reader.js";
import { TlWriter } from "./writer.js";
import { type TlRequest } from "./request.js";
/** Writes one value of T (fields or a boxed object) to a writer. */
export type Write<T> = (w: TlWriter, value: T) => void;
/** Reads one value of T from a reader. */
export type Read<T> = (r: TlReader) => T;
/** Writes a vector: header, then each item; a failing item is named by its index. */
export declare function writeVector<T>(w: TlWriter, items: readonly T[], boxed: boolean, write: Write<T>): void;
/** Reads a vector whose count is checked against the bytes left; a failing item is named by its index. */
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
/** Vector item writer for Bool. */
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
/** Vector item reader for Bool. */
export declare const readBoolItem: Read<boolean>;
/** Vector item reader for int128. */
export declare const readInt128Item: Read<Uint8Array>;
/** Vector item reader for int256. */
export declare const readInt256Item: Read<Uint8Array>;
/** `!X`: a whole boxed request inside another (invokeWithLayer's query). */
export declare function writeQuery(w: TlWriter, query: TlRequest<unknown>): void;
/** A `?true` field given something other than a boolean. */
export declare function notBoolean(prop: string, value: unknown): TlEncodeError;
/** Fields sharing one flag bit given partly. */
export declare function partialGroup(props: readonly string[], present: readonly boolean[], bit: string): TlEncodeError;
/** A `?true` field set while the value fields on its bit are absent. */
export declare function derivedFlag(prop: string, values: readonly string[], bit: string): TlEncodeError;
/** A union field whose value is not one of the union's constructors. */
export declare function notInUnion(value: unknown, union: string): TlEncodeError;
/** Encodes one value with a writer function into exactly its bytes. */
export declare function encodeWith<T>(write: Write<T>, value: T, root: string): Uint8Array;
/**
 * Decodes one complete value: trailing bytes are an error. Errors name the outermost
 * constructor at the root of their path.
 */
export declare function decodeWith<T>(read: Read<T>, bytes: Uint8Array): T;
