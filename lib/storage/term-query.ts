// Search text → index lookups: every word must match, in any order, the last one as a prefix while it is typed.
// Candidates come from intersecting the multi-entry term index, rarest word first, so a keystroke costs a few index
// reads however large the history is.
import { STOPWORDS, words } from './text';

/** A prefix this short would walk a large slice of the index for little narrowing. */
const MIN_PREFIX = 2;
/**
 * Keys read per word at most; a word commoner than this is checked on the candidate rows instead. Chrome reads
 * index keys at roughly 20 µs each and counts no faster, so this bounds a keystroke to tens of milliseconds a word.
 */
export const KEYS_PER_TERM = 3_000;

export interface TermQuery {
  exact: string[];
  prefix: string | null;
}

export function parseQuery(query: string): TermQuery {
  const ws = words(query);
  // "brexit " (trailing space or punctuation) means the last word is complete.
  const typing = ws.length > 0 && /[\p{L}\p{N}]$/u.test(query);
  const last = typing ? ws.pop()! : null;
  const exact = [...new Set(ws.filter((w) => !STOPWORDS.has(w)))];
  const prefix = last !== null && last.length >= MIN_PREFIX && !exact.includes(last) ? last : null;
  return { exact, prefix };
}

export const isEmptyQuery = (q: TermQuery) => q.exact.length === 0 && q.prefix === null;

export function termRanges(q: TermQuery): IDBKeyRange[] {
  const ranges = q.exact.map((w) => IDBKeyRange.only(w));
  if (q.prefix !== null) ranges.push(IDBKeyRange.bound(q.prefix, `${q.prefix}\uffff`));
  return ranges;
}

/** Whether a row's terms satisfy one range (used for words too common to intersect by keys). */
export function termsMatch(terms: readonly string[], range: IDBKeyRange): boolean {
  return terms.some((t) => range.includes(t));
}

export interface KeyIndex {
  getAllKeys(query?: IDBKeyRange | string | null, count?: number): Promise<string[]>;
}

export interface TermMatch {
  /** Primary keys holding every listed word; null when every word is too common to list. */
  keys: Set<string> | null;
  /** Words too common to list: check them on the rows. */
  unchecked: IDBKeyRange[];
}

/**
 * Lists at most `cap` + 1 keys per word, all words at once (no count: counting costs as much as listing), and
 * intersects the complete lists. A word with more keys than the cap is left to be checked on the rows.
 */
export async function matchTerms(index: KeyIndex, ranges: IDBKeyRange[], cap = KEYS_PER_TERM): Promise<TermMatch> {
  const listed = await Promise.all(ranges.map(async (range) => ({ range, keys: await index.getAllKeys(range, cap + 1) })));
  const complete = listed.filter((l) => l.keys.length <= cap).sort((a, b) => a.keys.length - b.keys.length);
  const unchecked = listed.filter((l) => l.keys.length > cap).map((l) => l.range);
  if (complete.length === 0) return { keys: null, unchecked };
  const keys = new Set(complete[0]!.keys);
  for (const { keys: other } of complete.slice(1)) {
    if (keys.size === 0) break;
    const set = new Set(other);
    for (const k of keys) if (!set.has(k)) keys.delete(k);
  }
  return { keys, unchecked };
}
