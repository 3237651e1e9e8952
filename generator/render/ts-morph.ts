// ts-morph, loaded on first use and with require: most runs after the first print nothing new
// (render.ts), and importing it as an ES module would make Node scan its CommonJS source for
// export names first, about a tenth of a second more.
import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

let loaded: typeof TsMorph | null = null;

export function tsMorph(): typeof TsMorph {
  loaded ??= createRequire(import.meta.url)("ts-morph") as typeof TsMorph;
  return loaded;
}
