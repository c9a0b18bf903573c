// Quote lookups by speaker and "where was this first said"; search by words is in quote-search.ts.
import type { QuoteHit } from '../model';
import { articleTime, readGroup, urlOfQuoteId } from './rows';
import { setOverlap } from '../model/overlap';
import { speakerKey, termsOf } from './text';
import { isGroupKey, keyId, termRange } from './postings';
import type { GroupKey } from './schema';
import { visitCache, toHit } from './quote-hits';
import { allRequests, read, type StoreContext } from './tx';

export { searchQuotes } from './quote-search';
/** Groups (an article's quotes saved together) whose quotes are compared word by word at most when looking for
 * earlier occurrences. */
const SIMILAR_CAP = 120;
/** Words in more groups than this are not used to find earlier occurrences: they would pull in everything. */
const SIMILAR_TERM_CAP = 1_000;
/** Same words: Jaccard of the word sets, or the shorter quote nearly all inside the longer one. */
export const SAME_WORDS = { jaccard: 0.5, containment: 0.8 } as const;

export interface Hits {
  hits: QuoteHit[];
  /** Exact when the search read its word's whole list; when a page filled first, extrapolated over time. */
  total: number;
}

/** Every saved quote of one speaker, oldest first by the article's date. */
export async function speakerQuotes(ctx: StoreContext, speaker: string): Promise<Hits> {
  const key = speakerKey(speaker);
  if (key === '') return { hits: [], total: 0 };
  return read(ctx, ['visits', 'groups', 'words'], async (tx) => {
    const visitOf = visitCache(tx, ctx);
    const dated: Array<{ hit: QuoteHit; t: number }> = [];
    for (const raw of await tx.objectStore('groups').index('by-speaker').getAll(key)) {
      // Only this speaker's quotes of the group are checked and shown.
      for (const row of readGroup(raw, ctx.report, (q) => q?.speakerKey === key)) {
        const v = await visitOf(row.url);
        if (v) dated.push({ hit: toHit(row, v), t: articleTime(v.published, row.savedAt) });
      }
    }
    dated.sort((a, b) => a.t - b.t || a.hit.savedAt - b.hit.savedAt || (a.hit.id < b.hit.id ? -1 : 1));
    return { hits: dated.map((d) => d.hit), total: dated.length };
  });
}

export interface FirstSeen {
  /** The earliest saved article with the same words (possibly the quote's own article). */
  first: QuoteHit | null;
  /** Every article repeating it, oldest first, one quote per article, `first` included. */
  occurrences: QuoteHit[];
}

/** Where a quote (given by saved id or by its text) was first seen in the history, and who else repeated it. */
export async function firstSeen(ctx: StoreContext, by: { id?: string; text?: string }): Promise<FirstSeen> {
  return read(ctx, ['visits', 'groups', 'words'], async (tx) => {
    const groups = tx.objectStore('groups');
    let text = by.text ?? null;
    if (by.id !== undefined) {
      const url = urlOfQuoteId(by.id);
      const saved = (await groups.index('by-url').getAll(url)).flatMap((raw) => readGroup(raw, ctx.report));
      text = saved.find((q) => q.id === by.id)?.text ?? text;
    }
    const mine = new Set(termsOf(text));
    if (mine.size === 0) return { first: null, occurrences: [] };

    // Votes per group from the rarer words: a group holding a quote with the same words shares many of them.
    const index = tx.objectStore('words').index('by-term');
    const votes = new Map<string, { key: GroupKey; n: number }>();
    const lists = await allRequests([...mine].map((w) => index.getAllKeys(termRange(w), SIMILAR_TERM_CAP + 1)));
    for (const keys of lists) {
      if (keys.length > SIMILAR_TERM_CAP) continue;
      for (const k of keys) {
        if (!isGroupKey(k)) continue;
        const id = keyId(k);
        const v = votes.get(id);
        if (v) v.n++;
        else votes.set(id, { key: k, n: 1 });
      }
    }
    const ranked = [...votes.values()].sort((a, b) => b.n - a.n).slice(0, SIMILAR_CAP);

    const visitOf = visitCache(tx, ctx);
    const best = new Map<string, { hit: QuoteHit; t: number; score: number }>();
    const rows = (await allRequests(ranked.map(({ key }) => groups.get(key)))).flatMap((raw) => readGroup(raw, ctx.report));
    for (const row of rows) {
      const sim = setOverlap(mine, new Set(termsOf(row.text)));
      if (sim.jaccard < SAME_WORDS.jaccard && sim.containment < SAME_WORDS.containment) continue;
      const v = await visitOf(row.url);
      if (!v) continue;
      const t = articleTime(v.published, row.savedAt);
      const prev = best.get(row.url);
      if (!prev || sim.jaccard > prev.score) best.set(row.url, { hit: toHit(row, v), t, score: sim.jaccard });
    }
    const occurrences = [...best.values()].sort((a, b) => a.t - b.t || a.hit.savedAt - b.hit.savedAt).map((o) => o.hit);
    return { first: occurrences[0] ?? null, occurrences };
  });
}
