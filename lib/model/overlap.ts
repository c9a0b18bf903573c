// How alike two quotes' words are — the one measure behind "first seen", de-duplication and corpus scoring: the
// Jaccard index of the word sets, and how much of the smaller set stands in the larger. Callers tokenise.

export function setOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { jaccard: number; containment: number } {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0 };
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) inter++;
  return { jaccard: inter / (a.size + b.size - inter), containment: inter / small.size };
}
