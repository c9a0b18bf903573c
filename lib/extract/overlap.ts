// Whether a key point's quote repeats one of the body's, by the word-set measure used everywhere in Quotelens.
import { setOverlap } from '../model/overlap';
import { wordsWithTail } from './words';

function wordSet(s: string): Set<string> {
  return new Set(wordsWithTail(s.normalize('NFKC').toLowerCase().replace(/[’‘`´]/g, "'"), "'"));
}

/** Every word of the shorter text stands in the longer, or nearly all words agree. */
export function repeats(a: string, b: string): boolean {
  const o = setOverlap(wordSet(a), wordSet(b));
  return o.containment === 1 || o.jaccard >= 0.8;
}
