// What `generate` says about method signatures, from the manifest.json it wrote last time and
// the one it writes now: methods added, removed, and whose TL line changed. Pure.

interface Manifest {
  layer: number;
  methods: Record<string, string>;
}

export function signatureChanges(previous: string | null, next: string): string[] {
  if (previous === null) return [];
  const old = methodsOf(previous);
  const now = methodsOf(next);
  if (old === null || now === null) return [`the ${old === null ? "previous" : "new"} manifest.json could not be read; no signature comparison`];
  const lines: string[] = [];
  for (const [name, line] of now) {
    const before = old.get(name);
    if (before === undefined) lines.push(`+ ${name}`);
    else if (before !== line) lines.push(`~ ${name}: ${before} -> ${line}`);
  }
  for (const name of old.keys()) if (!now.has(name)) lines.push(`- ${name}`);
  return lines;
}

/**
 * A manifest's methods (name -> TL line), or null when it is not a manifest. The previous one is
 * whatever the output folder holds: only its own string entries count.
 */
function methodsOf(text: string): Map<string, string> | null {
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(text) as Partial<Manifest>;
  } catch {
    return null;
  }
  if (typeof manifest !== "object" || manifest === null) return null;
  const methods = manifest.methods ?? {};
  if (typeof methods !== "object" || methods === null || Array.isArray(methods)) return null;
  return new Map(Object.entries(methods).filter((e): e is [string, string] => typeof e[1] === "string"));
}
