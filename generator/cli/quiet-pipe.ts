// `tlgen check big.tl | head -1`: when the reader of stdout (or stderr) goes away, writing fails
// with EPIPE. That is the reader's choice, not an error of ours: end quietly, at once, instead of
// dying with a stack trace. Like ripgrep, the status is 0 unless one was already set; a lock
// held at that moment is released by its exit handler (lock.ts).

let installed = false;

/** Makes a broken pipe on stdout or stderr end the process quietly. Safe to call twice. */
export function exitQuietlyOnBrokenPipe(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    });
  }
}
