import { TlEncodeError } from "./errors.js";
import { describe } from "./writer.js";
import { traceStack } from "./trace.js";
function writeVector(w, items, boxed, write, field) {
  const count = w.vector(items, boxed, field);
  if (w.tracing) return writeVectorTraced(w, items, count, write, field);
  for (let i = 0; i < count; i++) write(w, items[i]);
}
function writeVectorTraced(w, items, count, write, field) {
  const stack = traceStack(w);
  if (field !== void 0) stack.push(field);
  for (let i = 0; i < count; i++) {
    stack.push(`[${i}]`);
    write(w, items[i]);
    stack.pop();
  }
  if (field !== void 0) stack.pop();
}
function readVector(r, boxed, minItemSize, read, field) {
  const count = r.vector(boxed, minItemSize, field);
  const out = [];
  if (r.tracing) return readVectorTraced(r, count, read, field, out);
  for (let i = 0; i < count; i++) out.push(read(r));
  return out;
}
function readVectorTraced(r, count, read, field, out) {
  const stack = traceStack(r);
  if (field !== void 0) stack.push(field);
  for (let i = 0; i < count; i++) {
    stack.push(`[${i}]`);
    out.push(read(r));
    stack.pop();
  }
  if (field !== void 0) stack.pop();
  return out;
}
function readBare(r, read, field) {
  r.enter(field);
  const value = read(r);
  r.leave(field);
  return value;
}
function writeBare(w, write, value, field) {
  w.enter(field);
  write(w, value);
  w.leave(field);
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
function writeQuery(w, query, field) {
  if (typeof query !== "object" || query === null || typeof query.encodeTo !== "function") {
    throw new TlEncodeError(`query must be a request object (with encodeTo), got ${describe(query)}`, [field]);
  }
  w.enter(field);
  query.encodeTo(w);
  w.leave(field);
}
function trueFlag(value, mask, field) {
  if (value === true) return mask;
  if (value === void 0 || value === null || value === false) return 0;
  throw new TlEncodeError(`a flag (?true) field must be a boolean, got ${describe(value)}`, [field]);
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
  if (value === void 0 || value === null) return new TlEncodeError(`${union} is required, got ${describe(value)}`);
  if (typeof value === "string") {
    return new TlEncodeError(
      `expected a constructor of ${union}, got ${describe(value)}: a peer given by name must be resolved first (send it with createInvoker and a resolver, or a GramJS client)`
    );
  }
  const got = typeof value === "object" ? `_: ${describe(value._)}` : describe(value);
  return new TlEncodeError(`expected a constructor of ${union} (an object whose _ names one), got ${got}`);
}
export {
  derivedFlag,
  notInUnion,
  partialGroup,
  readBare,
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
  writeBare,
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
