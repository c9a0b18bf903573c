// Search text → index lookups: every word must match, in any order, the last one as a prefix while it is typed.
// Candidates come from intersecting the multi-entry term index, rarest word first, so a keystroke costs a few index
// reads however large the history is.
import { STOPWORDS, words } from './text';

/** A prefix this short would walk a large slice of the index for little narrowing. */
const MIN_PREFIX = 2;
/** Keys read per word at most; a word commoner than this is checked on the candidate rows instead. */
export const KEYS_PER_TERM = 20_000;

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
  count(query?: IDBKeyRange | string | null): Promise<number>;
  getAllKeys(query?: IDBKeyRange | string | null, count?: number): Promise<string[]>;
}

export interface TermMatch {
  /** Primary keys holding every intersected word; null when even the rarest word is too common to list. */
  keys: Set<string> | null;
  /** Words too common to intersect: check them on the rows. */
  unchecked: IDBKeyRange[];
  /** Index entries of the rarest word: an upper bound of the matches, for totals that are not counted exactly. */
  estimate: number;
}

export async function matchTerms(index: KeyIndex, ranges: IDBKeyRange[], cap = KEYS_PER_TERM): Promise<TermMatch> {
  const counted = await Promise.all(ranges.map(async (range) => ({ range, n: await index.count(range) })));
  counted.sort((a, b) => a.n - b.n);
  const estimate = counted[0]?.n ?? 0;
  // A partial key list would bias results towards low keys; walking rows in time order and checking is fairer.
  if (estimate > cap) return { keys: null, unchecked: ranges, estimate };
  let keys: Set<string> | null = null;
  const unchecked: IDBKeyRange[] = [];
  for (const { range, n } of counted) {
    if (keys === null) {
      keys = new Set(await index.getAllKeys(range));
    } else if (keys.size === 0) {
      break;
    } else if (n <= cap) {
      const other = new Set(await index.getAllKeys(range));
      for (const k of keys) if (!other.has(k)) keys.delete(k);
    } else {
      unchecked.push(range);
    }
  }
  return { keys: keys ?? new Set(), unchecked, estimate };
}
