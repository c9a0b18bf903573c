// Word overlap between two texts, the way quotes are matched everywhere in Quotelens (corpus scoring, "first seen",
// de-duplication): Jaccard of word sets, or containment of the shorter in the longer when it has 3+ words.

import { wordsWithTail } from './words';

export function wordSet(s: string): Set<string> {
  return new Set(wordsWithTail(s.normalize('NFKC').toLowerCase().replace(/[’‘`´]/g, "'"), "'"));
}

export function wordOverlap(a: string, b: string): number {
  const A = wordSet(a), B = wordSet(b);
  if (A.size === 0 || B.size === 0) return 0;
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  const jaccard = inter / (A.size + B.size - inter);
  const small = Math.min(A.size, B.size);
  const containment = inter / small;
  return Math.max(jaccard, small >= 3 && containment >= 0.8 ? containment : 0);
}

/** Whether one text repeats the other: every word of the shorter stands in the longer, or nearly all words agree. */
export function repeats(a: string, b: string): boolean {
  const A = wordSet(a), B = wordSet(b);
  if (A.size === 0 || B.size === 0) return false;
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return inter === Math.min(A.size, B.size) || inter / (A.size + B.size - inter) >= 0.8;
}
