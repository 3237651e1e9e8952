import { TlEncodeError } from "./errors.js";
import { TlReader } from "./reader.js";
import { TlWriter } from "./writer.js";
import { type TlRequest } from "./request.js";
export type Write<T> = (w: TlWriter, value: T) => void;
export type Read<T> = (r: TlReader) => T;
export declare function writeVector<T>(w: TlWriter, items: readonly T[], boxed: boolean, write: Write<T>): void;
export declare function readVector<T>(r: TlReader, boxed: boolean, minItemSize: number, read: Read<T>): T[];
export declare const writeIntItem: Write<number>;
export declare const writeLongItem: Write<bigint>;
export declare const writeDoubleItem: Write<number>;
export declare const writeStringItem: Write<string>;
export declare const writeBytesItem: Write<Uint8Array>;
export declare const writeBoolItem: Write<boolean>;
export declare const writeInt128Item: Write<Uint8Array>;
export declare const writeInt256Item: Write<Uint8Array>;
export declare const readIntItem: Read<number>;
export declare const readLongItem: Read<bigint>;
export declare const readDoubleItem: Read<number>;
export declare const readStringItem: Read<string>;
export declare const readBytesItem: Read<Uint8Array>;
export declare const readBoolItem: Read<boolean>;
export declare const readInt128Item: Read<Uint8Array>;
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
export { LAYER } from "../layer.js";
