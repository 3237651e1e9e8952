// ts-morph's structure printer on a thread of its own: started when a generation starts, it
// loads ts-morph while the main thread parses, plans and emits, so a cold run does not wait for
// the load, and a run that prints nothing new (all from the render cache) never waits for it at
// all. If the thread cannot be had, printing happens on the main thread.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { SourceFileStructure } from "ts-morph";
import { tsMorph } from "./ts-morph.ts";

export interface Printer {
  /** The text of a source file structure, printed with `options`. */
  print(structure: SourceFileStructure, options: { indentNumberOfSpaces: number }): Promise<string>;
  /** Stops the thread; printing after this happens on the main thread. */
  close(): void;
}

// Beside this module in a checkout (generator/), and beside the chunk that holds it when built (dist/chunks/).
const WORKER = new URL("./print-worker.mjs", import.meta.url);

/** A printer whose thread starts loading ts-morph now. */
export function startPrinter(): Printer {
  let worker: Worker | null = null;
  try {
    if (existsSync(fileURLToPath(WORKER))) worker = new Worker(WORKER);
  } catch {
    worker = null;
  }
  const pending = new Map<number, { resolve: (text: string) => void; reject: (e: Error) => void }>();
  let next = 0;
  const fail = (e: Error) => {
    worker = null;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  if (worker) {
    worker.unref();
    worker.on("message", (m: { id: number; text?: string; error?: string }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(`printing failed: ${m.error}`));
      else p?.resolve(m.text!);
    });
    worker.on("error", fail);
    worker.on("exit", () => fail(new Error("the printing thread stopped")));
  }
  return {
    print(structure, options) {
      const w = worker;
      if (w === null) return Promise.resolve(tsMorph().printStructure(structure, options));
      return new Promise<string>((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        w.postMessage({ id, structure, options });
      }).catch((e: Error) => {
        // A thread that died leaves the print to the main thread; a structure ts-morph refuses is refused there too.
        if (/^printing failed/.test(e.message)) throw e;
        return tsMorph().printStructure(structure, options);
      });
    },
    close() {
      const w = worker;
      worker = null;
      void w?.terminate();
    },
  };
}
