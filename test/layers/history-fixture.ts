// A small schema at layer 10 and a layer history for it, written in the tests: `user` had five
// other forms (layers 1, 5, 7, 8 and 12), `story` none, and `inputThing`, which only requests
// send, one. Ids are computed from the lines.
import { analyzeSchema } from "../../generator/model/analyze.ts";
import { printCombinator } from "../../generator/model/canonical.ts";
import type { LayerHistory } from "../../generator/layers/history.ts";
import { BUILTINS } from "../support/small-schema.ts";

/** `line` with its computed id written after its name. */
export function withId(line: string): string {
  const c = analyzeSchema([{ file: "line.tl", text: `${BUILTINS}\n${line}` }]).model.constructors.find((x) => line.startsWith(`${x.name} `))!;
  return printCombinator({ ...c, declaredId: c.computedId });
}

export const idOf = (line: string): string => /#([0-9a-f]{8})/.exec(withId(line))![1];

export const TODAY_TL = `${BUILTINS}
user flags:# bot:flags.0?true id:long name:flags.1?string stories:flags.2?Story count:int pair_a:flags.3?int pair_b:flags.3?string = User;
userEmpty id:long = User;
story flags:# live:flags.0?true max_id:flags.1?int = Story;
inputThing x:long = InputThing;
---functions---
users.get id:long thing:InputThing = User;
// LAYER 10
`;

/** Layer 5: id was an int, stories an int, no bot flag, no count, only pair_a. */
export const USER_5 = "user flags:# id:int name:flags.1?string stories:flags.2?int pair_a:flags.3?int = User;";
/** Layer 7: a field of a type the package does not have. */
export const USER_7 = "user flags:# id:long extra:Unknown = User;";
/** Layer 8: today's fields but stories and the pair, on today's bits: today's reader reads it. */
export const USER_8 = "user flags:# bot:flags.0?true id:long name:flags.1?string count:int = User;";
/** Layer 5: a form of a constructor only requests send, which no result brings back. */
export const INPUT_THING_5 = "inputThing x:int = InputThing;";
/** Layer 1: older than a package reading back to layer 4. */
export const USER_1 = "user id:long name:string = User;";
/** Layer 12: newer than the package. */
export const USER_12 = "user flags:# id:long name:flags.1?string more:flags.4?int count:int = User;";

export function smallHistory(): LayerHistory {
  const form = (line: string, first: number, last: number) => ({ id: idOf(line), layers: [first, last] as [number, number], line: withId(line) });
  return {
    about: "test",
    layer: 12,
    sources: [1, 5, 7, 8, 10, 12].map((layer) => ({ layer, from: `layer ${layer}` })),
    constructors: { inputThing: [form(INPUT_THING_5, 5, 5), { id: idOf(INPUT_THING_5.replace("x:int", "x:long")), layers: [10, 12] }], user: [form(USER_1, 1, 1), form(USER_5, 5, 5), form(USER_7, 7, 7), form(USER_8, 8, 8), form(USER_12, 12, 12)] },
  };
}
