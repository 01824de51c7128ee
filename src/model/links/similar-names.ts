/**
 * Near misses for a link that points nowhere: a renamed heading or file usually keeps most of
 * its words, so candidates are ranked by how many of the wanted words they contain.
 */
export function similarNames(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const want = words(wanted);
  if (!want.length) return [];
  const scored: { name: string; score: number; distance: number }[] = [];
  for (const name of candidates) {
    if (name === wanted) continue;
    const have = new Set(words(name));
    const shared = want.filter((w) => have.has(w)).length;
    const caseOnly = name.toLowerCase() === wanted.toLowerCase();
    const score = caseOnly ? 2 : shared / Math.max(want.length, have.size * 0.5);
    if (score >= 0.5) scored.push({ name, score, distance: Math.abs(name.length - wanted.length) });
  }
  scored.sort(
    (a, b) => b.score - a.score || a.distance - b.distance || a.name.localeCompare(b.name),
  );
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((s) => s.score >= best - 0.25)
    .slice(0, limit)
    .map((s) => s.name);
}

function words(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
