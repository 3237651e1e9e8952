import { knownId, LAYER, OLDEST_LAYER } from "./layer.js";
function unknownIdMessage(id, hexId, expected) {
  const reads = OLDEST_LAYER < LAYER ? `layers ${OLDEST_LAYER} to ${LAYER}` : `layer ${LAYER}`;
  const known = knownId(id);
  if (known === void 0) return `unknown constructor 0x${hexId} for ${expected} (this package reads ${reads}; a newer layer or corrupt input)`;
  const [name, first, last, why] = known;
  const of = `constructor 0x${hexId} for ${expected} is ${name} of layer${first === last ? ` ${first}` : `s ${first} to ${last}`}`;
  if (why === "newer") return `${of}, newer than this package's layer ${LAYER}: regenerate from a newer schema`;
  if (why === "older") return `${of}, older than this package reads (${reads}): regenerate it with olderLayers (--older-layers) reaching layer ${last}`;
  return `${of}, a form this package cannot read into today's ${name} (it reads ${reads})`;
}
export {
  unknownIdMessage
};
