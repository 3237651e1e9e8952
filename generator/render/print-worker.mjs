// The printing thread of printer.ts: ts-morph's structure printer, loaded here (a third of a
// second) while the main thread parses, plans and emits. Plain JavaScript, so that it runs as it
// is wherever the generator runs (the checkout through tsx, the tests, the built package).
import { createRequire } from "node:module";
import { parentPort } from "node:worker_threads";

const { printStructure } = createRequire(import.meta.url)("ts-morph");

parentPort.on("message", ({ id, structure, options }) => {
  try {
    parentPort.postMessage({ id, text: printStructure(structure, options) });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
