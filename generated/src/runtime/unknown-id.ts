// What a decoder says of a constructor id its type does not accept: the most the package knows.
// An id from a layer newer than the package asks for a newer schema; one from a layer older than
// its readers go names that layer; any other is named with the layers the package reads.
import { knownId, LAYER, OLDEST_LAYER } from "./layer.js";

/** The message for constructor `hexId` (8 hex digits) where a value of `expected` was to be read. */
export function unknownIdMessage(id: number, hexId: string, expected: string): string {
  const reads = OLDEST_LAYER < LAYER ? `layers ${OLDEST_LAYER} to ${LAYER}` : `layer ${LAYER}`;
  const known = knownId(id);
  if (known === undefined) return `unknown constructor 0x${hexId} for ${expected} (this package reads ${reads}; a newer layer or corrupt input)`;
  const [name, first, last, why] = known;
  const of = `constructor 0x${hexId} for ${expected} is ${name} of layer${first === last ? ` ${first}` : `s ${first} to ${last}`}`;
  if (why === "newer") return `${of}, newer than this package's layer ${LAYER}: regenerate from a newer schema`;
  if (why === "older") return `${of}, older than this package reads (${reads}): regenerate it with olderLayers (--older-layers) reaching layer ${last}`;
  return `${of}, a form this package cannot read into today's ${name} (it reads ${reads})`;
}
