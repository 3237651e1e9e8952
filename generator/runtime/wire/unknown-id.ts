// What a decoder says of a constructor id its type does not accept: the most the package knows.
// A union's reader hands over the ids of other layers it knows of for its constructors (its own
// short list, so that no global table comes into a bundle): an id from a layer newer than the
// package asks for a newer schema, one older than its readers go names its layer; any other id
// is named with the layers the package reads.
import { LAYER, OLDEST_LAYER } from "./layer.js";

const WHY = { n: "newer", o: "older", u: "unreadable" } as const;

/**
 * The message for constructor `hexId` (8 hex digits) where a value of `expected` was to be read.
 * `known`: `hexId name first last why;...`, why being n (newer), o (older) or u (not readable).
 */
export function unknownIdMessage(hexId: string, expected: string, known = ""): string {
  const reads = OLDEST_LAYER < LAYER ? `layers ${OLDEST_LAYER} to ${LAYER}` : `layer ${LAYER}`;
  const entry = known.split(";").find((k) => k.startsWith(`${hexId} `));
  if (entry === undefined)
    return `unknown constructor 0x${hexId} for ${expected} (this package reads ${reads}; a newer layer or corrupt input)`;
  const [, name, first, last, letter] = entry.split(" ");
  const why = WHY[letter as keyof typeof WHY];
  const of = `constructor 0x${hexId} for ${expected} is ${name} of layer${first === last ? ` ${first}` : `s ${first} to ${last}`}`;
  if (why === "newer") return `${of}, newer than this package's layer ${LAYER}: regenerate from a newer schema`;
  if (why === "older")
    return `${of}, older than this package reads (${reads}): regenerate it with olderLayers (--older-layers) reaching layer ${last}`;
  return `${of}, a form this package cannot read into today's ${name} (it reads ${reads})`;
}
