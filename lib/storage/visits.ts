// Saved articles: one row per URL, its quotes replaced with it, deleted with it.
import { unwrap } from 'idb';
import type { PageAnalysis, QuoteRow, Retention, Visit } from '../model';
import { readGroup, readVisit, toQuoteRow, toStoredRows, toStoredVisit, visitFromAnalysis, type StoredRows } from './rows';
import { isEmptyQuery, matchTerms, parseQuery, termRanges, termsMatch } from './term-query';
import { allRequests, issueAll, read, write, type StoreContext, type WriteTx } from './tx';
import { keyOfRow } from './postings';
import type { DB } from './db';
import type { GroupKey } from './schema';
import { noteChange } from './journal';

const DAY_MS = 86_400_000;

export interface SaveResult {
  visit: Visit;
  quoteCount: number;
  /** False on a first visit, true when an earlier save of the URL was replaced. */
  updated: boolean;
}

/** The stores an article's rows are in: its visit, its groups of quotes, and the groups' search rows. */
export type HistoryTx = WriteTx<['visits', 'groups', 'words']>;

type Add = (request: Promise<unknown>) => void;

/** A group row and its search row as read back, unchecked (an undo puts them back byte for byte). */
export interface RawRows {
  group: unknown;
  /** undefined: the group had none. */
  words: unknown;
}

/** Writes a group row and its search row, as built or as read back before (a group without one is put back alone). */
export function putGroup(tx: HistoryTx, rows: StoredRows | RawRows, add: Add): void {
  add(tx.objectStore('groups').put(rows.group as StoredRows['group']));
  if (rows.words === undefined) return;
  add(tx.objectStore('words').put(rows.words as StoredRows['words']));
  noteChange(tx, { put: rows.words });
}

/** Deletes a group row and its search row. */
export function deleteGroup(tx: HistoryTx, key: GroupKey, add: Add): void {
  add(tx.objectStore('groups').delete(key));
  add(tx.objectStore('words').delete(key));
  noteChange(tx, { del: key });
}

/** Deletes one visit and its quotes inside the caller's transaction. */
export async function deleteVisitIn(tx: HistoryTx, url: string): Promise<boolean> {
  const [existed, keys] = await Promise.all([tx.objectStore('visits').count(url), tx.objectStore('groups').index('by-url').getAllKeys(url)]);
  await issueAll((add) => {
    for (const k of keys) deleteGroup(tx, k, add);
    add(tx.objectStore('visits').delete(url));
  });
  return existed > 0;
}

/** How many quotes a raw group row adds to the count (what its 'by-size' entry says). */
const sizeOf = (raw: unknown) => {
  const size = (raw as { size?: unknown } | null)?.size;
  return typeof size === 'number' ? size : 0;
};

/**
 * Writes a visit and replaces its quotes inside the caller's transaction; `old` is the group rows saved under its
 * URL before (raw, as read in the same transaction). A group that comes out the same as its stored row (a revisit
 * of an unchanged article) is not written again. Resolves to how many quotes the old groups held.
 */
export async function putVisitIn(
  tx: HistoryTx, visit: Visit, quotes: readonly QuoteRow[], old: readonly unknown[], opts: { last?: boolean } = {},
): Promise<number> {
  const groups = toStoredRows(visit.url, quotes);
  const kept = new Map(groups.map((g) => [g.group.t, g]));
  let replaced = 0;
  await issueAll((add) => {
    add(tx.objectStore('visits').put(toStoredVisit(visit)));
    for (const raw of old) {
      replaced += sizeOf(raw);
      const t = (raw as { t?: unknown } | null)?.t;
      const same = typeof t === 'number' ? kept.get(t) : undefined;
      // Its search row is made from the same quotes: unchanged too.
      if (same && JSON.stringify(raw) === JSON.stringify(same.group)) kept.delete(t as number);
      else if (!same) deleteGroup(tx, keyOfRow(raw), add);
    }
    for (const g of kept.values()) putGroup(tx, g, add);
    // `last`: nothing follows in this transaction, so it commits now instead of after every write has answered.
    if (opts.last) unwrap(tx).commit();
  });
  return replaced;
}

export async function saveAnalysis(ctx: StoreContext, analysis: PageAnalysis, now = Date.now()): Promise<SaveResult> {
  let replaced = 0;
  let existed = false;
  return write(ctx, ['visits', 'groups', 'words'], async (tx) => {
    // Both reads in flight at once: a save is two round trips to the database, then two writes.
    const [previousRaw, oldRaw] = await Promise.all([
      tx.objectStore('visits').get(analysis.url),
      tx.objectStore('groups').index('by-url').getAll(analysis.url),
    ]);
    existed = previousRaw !== undefined;
    const previous = readVisit(previousRaw, () => {});
    // A quote kept across revisits keeps the date it was first saved, so "first seen" stays true.
    const savedBefore = new Map<string, number>();
    for (const raw of oldRaw) {
      for (const q of readGroup(raw, () => {})) savedBefore.set(q.text, Math.min(q.savedAt, savedBefore.get(q.text) ?? Infinity));
    }
    const visit = visitFromAnalysis(analysis, previous, now);
    const rows = analysis.quotes.map((q, index) =>
      toQuoteRow({ ...q, url: analysis.url, index, savedAt: savedBefore.get(q.text) ?? now }));
    replaced = await putVisitIn(tx, visit, rows, oldRaw, { last: true });
    return { visit, quoteCount: rows.length, updated: previous !== null };
  }, (r) => ({ visits: existed ? 0 : 1, quotes: r.quoteCount - replaced }), () => [analysis.url]);
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
  return write(ctx, ['visits', 'groups', 'words'], (tx) => deleteVisitIn(tx, url), undefined, () => [url]);
}

export function clearAll(ctx: StoreContext): Promise<void> {
  return write(ctx, ['visits', 'groups', 'words'], async (tx) => {
    await allRequests([tx.objectStore('visits').clear(), tx.objectStore('groups').clear(), tx.objectStore('words').clear()]);
    noteChange(tx, { clear: true });
  }, () => ({ visits: 0, quotes: 0, absolute: true }), () => 'all');
}

/** Deletes what the retention settings no longer keep; returns how many articles went. */
export async function applyRetention(ctx: StoreContext, retention: Retention, now = Date.now()): Promise<number> {
  if (retention.maxAgeDays === null && retention.maxArticles === null) return 0;
  const deleted = await write(ctx, ['visits', 'groups', 'words'], async (tx) => {
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
    return [...doomed];
    // Nothing deleted (the usual case after a save): the cached counts stay true and are kept.
  }, (urls) => (urls.length === 0 ? { visits: 0, quotes: 0 } : undefined), (urls) => urls);
  return deleted.length;
}

/**
 * How many quotes are saved: the sum of the group sizes, read from the 'by-size' index as one count per distinct
 * size (a few dozen requests, each counting its entries without reading a row).
 */
export async function countQuotes(db: DB): Promise<number> {
  const tx = db.transaction('groups');
  const index = tx.store.index('by-size');
  const perSize: Array<Promise<number>> = [];
  const sizes: number[] = [];
  for (let c = await index.openKeyCursor(null, 'nextunique'); c; c = await c.continue()) {
    sizes.push(c.key);
    perSize.push(index.count(c.key));
  }
  const n = await allRequests(perSize);
  await tx.done;
  return sizes.reduce((sum, size, i) => sum + size * n[i]!, 0);
}

export async function counts(ctx: StoreContext): Promise<{ visits: number; quotes: number }> {
  return { visits: await ctx.visitCount(), quotes: await ctx.quoteCount() };
}
