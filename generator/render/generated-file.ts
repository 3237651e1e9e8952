// What the pipeline produces and the shell writes, caches and compares: one file of the output.
// Its own module, so that the layers below the pipeline (render, write, cache) need not import it.

/** One file of a generated package. */
export interface GeneratedFile {
  /** Relative to the output folder, `/`-separated. */
  path: string;
  content: string;
}
