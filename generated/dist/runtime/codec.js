import { TlDecodeError, TlEncodeError, encodeErrorWithin } from "./errors.js";
import { TlReader } from "./reader.js";
import { describe } from "./writer.js";
import { serializeWith } from "./request.js";
function writeVector(w, items, boxed, write) {
  w.vector(items, boxed);
  for (let i = 0; i < items.length; i++) {
    try {
      write(w, items[i]);
    } catch (e) {
      throw encodeErrorWithin(e, `[${i}]`);
    }
  }
}
function readVector(r, boxed, minItemSize, read) {
  const count = r.vector(boxed, minItemSize);
  const out = [];
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
const writeIntItem = (w, v) => w.int(v);
const writeLongItem = (w, v) => w.long(v);
const writeDoubleItem = (w, v) => w.double(v);
const writeStringItem = (w, v) => w.string(v);
const writeBytesItem = (w, v) => w.bytes(v);
const writeBoolItem = (w, v) => w.bool(v);
const writeInt128Item = (w, v) => w.fixed(v, 16);
const writeInt256Item = (w, v) => w.fixed(v, 32);
const readIntItem = (r) => r.int();
const readLongItem = (r) => r.long();
const readDoubleItem = (r) => r.double();
const readStringItem = (r) => r.string();
const readBytesItem = (r) => r.bytesValue();
const readBoolItem = (r) => r.bool();
const readInt128Item = (r) => r.fixed(16);
const readInt256Item = (r) => r.fixed(32);
function writeQuery(w, query) {
  if (typeof query !== "object" || query === null || typeof query.encodeTo !== "function") {
    throw new TlEncodeError(`query must be a request object (with encodeTo), got ${describe(query)}`);
  }
  query.encodeTo(w);
}
function notBoolean(prop, value) {
  return new TlEncodeError(`a flag (?true) field must be a boolean, got ${describe(value)}`, [prop]);
}
function partialGroup(props, present, bit) {
  const missing = props.filter((_, i) => !present[i]);
  return new TlEncodeError(
    `${props.join(" and ")} share flag bit ${bit}: give all of them or none (missing: ${missing.join(", ")})`,
    [missing[0]]
  );
}
function derivedFlag(prop, values, bit) {
  return new TlEncodeError(
    `${prop} shares flag bit ${bit} with ${values.join(", ")}: it is true exactly when those are given`,
    [prop]
  );
}
function notInUnion(value, union) {
  if (value === void 0 || value === null) return new TlEncodeError(`${union} is required, got ${describe(value)}`);
  if (typeof value === "string") {
    return new TlEncodeError(
      `expected a constructor of ${union}, got ${describe(value)}: a peer given by name must be resolved first (send it with createInvoker and a resolver, or a GramJS client)`
    );
  }
  const got = typeof value === "object" && value !== null ? `_: ${describe(value._)}` : describe(value);
  return new TlEncodeError(`expected a constructor of ${union} (an object whose _ names one), got ${got}`);
}
function encodeWith(write, value, root) {
  return serializeWith((w) => {
    try {
      write(w, value);
    } catch (e) {
      throw encodeErrorWithin(e, root);
    }
  });
}
function decodeWith(read, bytes) {
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
export {
  decodeWith,
  derivedFlag,
  encodeWith,
  notBoolean,
  notInUnion,
  partialGroup,
  readBoolItem,
  readBytesItem,
  readDoubleItem,
  readInt128Item,
  readInt256Item,
  readIntItem,
  readLongItem,
  readStringItem,
  readVector,
  writeBoolItem,
  writeBytesItem,
  writeDoubleItem,
  writeInt128Item,
  writeInt256Item,
  writeIntItem,
  writeLongItem,
  writeQuery,
  writeStringItem,
  writeVector
};
