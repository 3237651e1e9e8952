import { TlEncodeError } from "./errors.js";
import { describe } from "./writer.js";
function writeVector(w, items, boxed, write) {
  const count = w.vector(items, boxed);
  for (let i = 0; i < count; i++) write(w, items[i]);
}
function readVector(r, boxed, minItemSize, read) {
  const count = r.vector(boxed, minItemSize);
  if (typeof count !== "number") return count;
  const out = [];
  for (let i = 0; i < count; i++) out.push(read(r));
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
  if (query instanceof Uint8Array) {
    if (query.length < 4)
      throw new TlEncodeError(
        `query must be a whole request (at least its 4-byte constructor id), got ${describe(query)}`
      ).about(query);
    return w.raw(query);
  }
  if (typeof query !== "object" || query === null || typeof query.encodeTo !== "function") {
    throw new TlEncodeError(
      `query must be a request object (with encodeTo) or a request body (bytes), got ${describe(query)}`
    ).about(query);
  }
  w.enter(query);
  query.encodeTo(w);
  w.leave();
}
function trueFlag(value, mask) {
  if (value === true) return mask;
  if (value === void 0 || value === null || value === false) return 0;
  throw new TlEncodeError(`a flag (?true) field must be a boolean, got ${describe(value)}`).about(value);
}
function partialGroup(fields, values, bit) {
  const missing = fields.filter((_, i) => values[i] == null);
  return new TlEncodeError(
    `${fields.join(" and ")} share flag bit ${bit}: give all of them or none (missing: ${missing.join(", ")})`,
    [missing[0]]
  );
}
function derivedFlag(value, present, field, values, bit) {
  if (value != null && value !== present) {
    throw new TlEncodeError(
      `${field} shares flag bit ${bit} with ${values.join(", ")}: it is true exactly when those are given`,
      [field]
    );
  }
}
function notInUnion(value, union) {
  if (value === void 0 || value === null)
    return new TlEncodeError(`${union} is required, got ${describe(value)}`).about(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") {
    return new TlEncodeError(
      `expected a constructor of ${union}, got ${describe(value)}: a peer given by name or id must be resolved first (send it with createInvoker, or a GramJS client)`
    ).about(value);
  }
  const got = typeof value === "object" ? `_: ${describe(value._)}` : describe(value);
  return new TlEncodeError(`expected a constructor of ${union} (an object whose _ names one), got ${got}`).about(value);
}
export {
  derivedFlag,
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
  trueFlag,
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
