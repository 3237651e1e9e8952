import { LAYER, OLDEST_LAYER } from "./layer.js";
const WHY = { n: "newer", o: "older", u: "unreadable" };
function unknownIdMessage(hexId, expected, known = "") {
  const reads = OLDEST_LAYER < LAYER ? `layers ${OLDEST_LAYER} to ${LAYER}` : `layer ${LAYER}`;
  const entry = known.split(";").find((k) => k.startsWith(`${hexId} `));
  if (entry === void 0)
    return `unknown constructor 0x${hexId} for ${expected} (this package reads ${reads}; a newer layer or corrupt input)`;
  const [, name, first, last, letter] = entry.split(" ");
  const why = WHY[letter];
  const of = `constructor 0x${hexId} for ${expected} is ${name} of layer${first === last ? ` ${first}` : `s ${first} to ${last}`}`;
  if (why === "newer") return `${of}, newer than this package's layer ${LAYER}: regenerate from a newer schema`;
  if (why === "older")
    return `${of}, older than this package reads (${reads}): regenerate it with olderLayers (--older-layers) reaching layer ${last}`;
  return `${of}, a form this package cannot read into today's ${name} (it reads ${reads})`;
}
export {
  unknownIdMessage
};
