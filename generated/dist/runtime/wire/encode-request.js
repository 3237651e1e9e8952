import { encodeWith } from "./encode.js";
import { checkParams } from "./params.js";
function encodeRequest(spec, params, write) {
  const copy = {};
  checkParams(copy, params, spec);
  return encodeWith(write, copy, spec.tlName);
}
export {
  encodeRequest
};
