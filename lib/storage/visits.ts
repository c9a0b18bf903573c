// Saved articles: one row per URL, its quotes replaced with it, deleted with it.
import type { PageAnalysis, QuoteRow, Retention, Visit } from '../model';
import { readVisit, toQuoteRow, toStoredVisit, visitFromAnalysis, readQuote } from './rows';
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

/** Writes a visit and replaces its quotes inside the caller's transaction. */
export async function putVisitIn(tx: Both, visit: Visit, quotes: QuoteRow[]): Promise<void> {
  const store = tx.objectStore('quotes');
  const old = await store.index('by-url').getAllKeys(visit.url);
  const keep = new Set(quotes.map((q) => q.id));
  await issueAll((add) => {
    add(tx.objectStore('visits').put(toStoredVisit(visit)));
    for (const k of old) if (!keep.has(k)) add(store.delete(k));
    for (const q of quotes) add(store.put(q));
  });
}

export async function saveAnalysis(ctx: StoreContext, analysis: PageAnalysis, now = Date.now()): Promise<SaveResult> {
  return write(ctx, ['visits', 'quotes'], async (tx) => {
    const previous = readVisit(await tx.objectStore('visits').get(analysis.url), () => {});
    // A quote kept across revisits keeps the date it was first saved, so "first seen" stays true.
    const savedBefore = new Map<string, number>();
    for (const raw of await tx.objectStore('quotes').index('by-url').getAll(analysis.url)) {
      const q = readQuote(raw, () => {});
      if (q && !savedBefore.has(q.text)) savedBefore.set(q.text, q.savedAt);
    }
    const visit = visitFromAnalysis(analysis, previous, now);
    const rows = analysis.quotes.map((q, index) =>
      toQuoteRow({ ...q, url: analysis.url, index, savedAt: savedBefore.get(q.text) ?? now }));
    await putVisitIn(tx, visit, rows);
    return { visit, quoteCount: rows.length, updated: previous !== null };
  });
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
      const items: Visit[] = [];
      let cursor = await store.index('by-lastSeen').openCursor(null, 'prev');
      if (cursor && opts.offset > 0) cursor = await cursor.advance(opts.offset);
      for (; cursor && items.length < opts.limit; cursor = await cursor.continue()) {
        const v = readVisit(cursor.value, ctx.report);
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
  });
}

/** Deletes what the retention settings no longer keep; returns how many articles went. */
export async function applyRetention(ctx: StoreContext, retention: Retention, now = Date.now()): Promise<number> {
  if (retention.maxAgeDays === null && retention.maxArticles === null) return 0;
  const saved = retention.maxArticles === null ? 0 : await ctx.visitCount();
  return write(ctx, ['visits', 'quotes'], async (tx) => {
    const byTime = tx.objectStore('visits').index('by-lastSeen');
    const doomed = new Set<string>();
    if (retention.maxAgeDays !== null) {
      const cutoff = now - retention.maxAgeDays * DAY_MS;
      for (const k of await byTime.getAllKeys(IDBKeyRange.upperBound(cutoff, true))) doomed.add(k);
    }
    if (retention.maxArticles !== null) {
      const excess = saved - retention.maxArticles;
      // Oldest first: the index is in ascending lastSeen order.
      if (excess > 0) for (const k of await byTime.getAllKeys(null, excess)) doomed.add(k);
    }
    for (const url of doomed) await deleteVisitIn(tx, url);
    return doomed.size;
  });
}

export async function counts(ctx: StoreContext): Promise<{ visits: number; quotes: number }> {
  return { visits: await ctx.visitCount(), quotes: await ctx.quoteCount() };
}
