// The one error tlgen's API rejects with: a message in words, a kind (what the CLI turns into an
// exit code), and the diagnostics as data when the input had problems.
import type { TlgenDiagnostic, TlgenErrorKind } from "./types.ts";

/**
 * Why tlgen could not do what it was asked. `kind`: "usage" (bad options or config), "input" (a
 * file that cannot be read), "schema" (errors in the schema or the selection, in `diagnostics`),
 * "output" (the output folder cannot be written), "internal" (generating failed inside tlgen:
 * the message names the module; nothing was written).
 */
export class TlgenError extends Error {
  readonly kind: TlgenErrorKind;
  readonly diagnostics: TlgenDiagnostic[];

  constructor(kind: TlgenErrorKind, message: string, diagnostics: TlgenDiagnostic[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TlgenError";
    this.kind = kind;
    this.diagnostics = diagnostics;
  }
}

/** A usage error: a bad option or config value. */
export function usageError(message: string): TlgenError {
  return new TlgenError("usage", message);
}
