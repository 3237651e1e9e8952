// What `generate` says about method signatures, from the manifest.json it wrote last time and
// the one it writes now: methods added, removed, and whose TL line changed. Pure.

interface Manifest {
  layer: number;
  methods: Record<string, string>;
}

export function signatureChanges(previous: string | null, next: string): string[] {
  if (previous === null) return [];
  let old: Manifest;
  try {
    old = JSON.parse(previous) as Manifest;
  } catch {
    return ["the previous manifest.json could not be read; no signature comparison"];
  }
  const now = JSON.parse(next) as Manifest;
  const lines: string[] = [];
  for (const [name, line] of Object.entries(now.methods)) {
    const before = old.methods?.[name];
    if (before === undefined) lines.push(`+ ${name}`);
    else if (before !== line) lines.push(`~ ${name}: ${before} -> ${line}`);
  }
  for (const name of Object.keys(old.methods ?? {})) if (!(name in now.methods)) lines.push(`- ${name}`);
  return lines;
}
