/** The candidate closest to `name` (same letters ignoring case, or a few edits away), or null. */
export declare function closestName(name: string, candidates: readonly string[]): string | null;
