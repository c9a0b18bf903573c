// Saved articles: one row per URL, its quotes replaced with it, deleted with it.
import { unwrap } from 'idb';
import type { PageAnalysis, QuoteRow, Retention, Visit } from '../model';
import { readVisit, toQuoteRow, toStoredQuote, toStoredVisit, visitFromAnalysis, readQuote } from './rows';
import { isEmptyQuery, matchTerms, parseQuery, termRanges, termsMatch } from './term-query';
import { allRequests, issueAll, read, write, type StoreContext, type WriteTx } from './tx';

const DAY_MS = 86_400_000;

export interface SaveResult {
  visit: Visit;
  quoteCount: number;
  /** False on a first visit, true when an earlier save of the URL was replaced. */
  updated: boolean;
}

type Both = WriteTx<['visits', 'quotes']>;

/** Deletes one visit and its quotes inside the caller's transaction. */
export async function deleteVisitIn(tx: Both, url: string): Promise<boolean> {
  const existed = (await tx.objectStore('visits').count(url)) > 0;
  const quotes = tx.objectStore('quotes');
  const keys = await quotes.index('by-url').getAllKeys(url);
  await issueAll((add) => {
    for (const k of keys) add(quotes.delete(k));
    add(tx.objectStore('visits').delete(url));
  });
  return existed;
}

/**
 * Writes a visit and replaces its quotes inside the caller's transaction; `old` is the ids of the quotes saved
 * with it before, when the caller has read them already. Resolves to how many quote rows were replaced.
 */
export async function putVisitIn(
  tx: Both, visit: Visit, quotes: QuoteRow[], old?: readonly string[], opts: { last?: boolean } = {},
): Promise<number> {
  const store = tx.objectStore('quotes');
  const before = old ?? await store.index('by-url').getAllKeys(visit.url);
  const keep = new Set(quotes.map((q) => q.id));
  await issueAll((add) => {
    add(tx.objectStore('visits').put(toStoredVisit(visit)));
    for (const k of before) if (!keep.has(k)) add(store.delete(k));
    for (const q of quotes) add(store.put(toStoredQuote(q)));
    // `last`: nothing follows in this transaction, so it commits now instead of after every write has answered.
    if (opts.last) unwrap(tx).commit();
  });
  return before.length;
}

export async function saveAnalysis(ctx: StoreContext, analysis: PageAnalysis, now = Date.now()): Promise<SaveResult> {
  let replaced = 0;
  let existed = false;
  return write(ctx, ['visits', 'quotes'], async (tx) => {
    // Both reads in flight at once: a save is two round trips to the database, then the writes.
    const [previousRaw, oldRaw] = await Promise.all([
      tx.objectStore('visits').get(analysis.url),
      tx.objectStore('quotes').index('by-url').getAll(analysis.url),
    ]);
    existed = previousRaw !== undefined;
    const previous = readVisit(previousRaw, () => {});
    // A quote kept across revisits keeps the date it was first saved, so "first seen" stays true.
    const savedBefore = new Map<string, number>();
    const oldIds: string[] = [];
    for (const raw of oldRaw) {
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'string') oldIds.push(id);
      const q = readQuote(raw, () => {});
      if (q && !savedBefore.has(q.text)) savedBefore.set(q.text, q.savedAt);
    }
    const visit = visitFromAnalysis(analysis, previous, now);
    const rows = analysis.quotes.map((q, index) =>
      toQuoteRow({ ...q, url: analysis.url, index, savedAt: savedBefore.get(q.text) ?? now }));
    replaced = await putVisitIn(tx, visit, rows, oldIds, { last: true });
    return { visit, quoteCount: rows.length, updated: previous !== null };
  }, (r) => ({ visits: existed ? 0 : 1, quotes: r.quoteCount - replaced }));
}

export interface ListOptions {
  query?: string;
  offset: number;
  limit: number;
}

export async function listHistory(ctx: StoreContext, opts: ListOptions): Promise<{ items: Visit[]; total: number }> {
  const q = parseQuery(opts.query ?? '');
  // Counted before the read transaction: awaiting another transaction inside it would let it close.
  const total = isEmptyQuery(q) ? await ctx.visitCount() : 0;
  return read(ctx, ['visits'], async (tx) => {
    const store = tx.objectStore('visits');
    if (isEmptyQuery(q)) {
      // One getAll on the newest-first index: the popup's first page is a single request however long the history.
      const rows = await store.index('by-recent').getAll(null, opts.offset + opts.limit);
      const items: Visit[] = [];
      for (const raw of rows.slice(opts.offset)) {
        const v = readVisit(raw, ctx.report);
        if (v) items.push(v);
      }
      return { items, total };
    }
    const ranges = termRanges(q);
    const match = await matchTerms(store.index('by-term'), ranges);
    // Words on too many articles to list: read the rows (10,000 articles at most in practice) and check them.
    const rows = match.keys ? await allRequests([...match.keys].map((k) => store.get(k))) : await store.getAll();
    const found: Visit[] = [];
    for (const raw of rows) {
      if (!raw || !match.unchecked.every((r) => termsMatch(raw.terms ?? [], r))) continue;
      const v = readVisit(raw, ctx.report);
      if (v) found.push(v);
    }
    found.sort((a, b) => b.lastSeen - a.lastSeen || (a.url < b.url ? -1 : 1));
    return { items: found.slice(opts.offset, opts.offset + opts.limit), total: found.length };
  });
}

export function deleteVisit(ctx: StoreContext, url: string): Promise<boolean> {
  return write(ctx, ['visits', 'quotes'], (tx) => deleteVisitIn(tx, url));
}

export function clearAll(ctx: StoreContext): Promise<void> {
  return write(ctx, ['visits', 'quotes'], async (tx) => {
    await allRequests([tx.objectStore('visits').clear(), tx.objectStore('quotes').clear()]);
  }, () => ({ visits: 0, quotes: 0, absolute: true }));
}

/** Deletes what the retention settings no longer keep; returns how many articles went. */
export async function applyRetention(ctx: StoreContext, retention: Retention, now = Date.now()): Promise<number> {
  if (retention.maxAgeDays === null && retention.maxArticles === null) return 0;
  return write(ctx, ['visits', 'quotes'], async (tx) => {
    // Keyed by -lastSeen: newest first, and "not seen since the cutoff" is everything past -cutoff.
    const byRecent = tx.objectStore('visits').index('by-recent');
    const doomed = new Set<string>();
    if (retention.maxAgeDays !== null) {
      const cutoff = now - retention.maxAgeDays * DAY_MS;
      for (const k of await byRecent.getAllKeys(IDBKeyRange.lowerBound(-cutoff, true))) doomed.add(k);
    }
    if (retention.maxArticles !== null) {
      // Decided inside this transaction, newest first: saves that arrive together must not each work out the same
      // surplus from a count read before them and delete it again and again.
      let cursor = await byRecent.openKeyCursor();
      if (cursor) cursor = await cursor.advance(retention.maxArticles);
      while (cursor) {
        doomed.add(cursor.primaryKey);
        cursor = await cursor.continue();
      }
    }
    for (const url of doomed) await deleteVisitIn(tx, url);
    return doomed.size;
    // Nothing deleted (the usual case after a save): the cached counts stay true and are kept.
  }, (n) => (n === 0 ? { visits: 0, quotes: 0 } : undefined));
}

export async function counts(ctx: StoreContext): Promise<{ visits: number; quotes: number }> {
  return { visits: await ctx.visitCount(), quotes: await ctx.quoteCount() };
}
