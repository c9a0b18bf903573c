// Import a batch of articles per transaction: progress after each batch, and a failure in a later batch undoes
// the batches already committed, so the history ends exactly as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryExport } from '@/lib/model';
import { Connection, QuotaError, type DB } from '@/lib/storage';
import { IMPORT_BATCH, importHistory } from '@/lib/storage/transfer';
import type { StoreContext } from '@/lib/storage/tx';
import { syntheticHistory } from './synthetic-history';
import { article, freshIndexedDB, quote, testStore, type TestStore } from './helpers';

const NOW = new Date('2025-06-01T00:00:00Z');
let store: TestStore;
let conn: Connection;
beforeEach(async () => {
  freshIndexedDB();
  store = testStore();
  conn = new Connection();
});
afterEach(async () => { await store.close(); await conn.close(); });

/** A context whose `failAt`-th write transaction cannot start, as when the disk fills up midway. */
function failingContext(failAt: number): StoreContext {
  let writes = 0;
  const wrap = (db: DB): DB => new Proxy(db, {
    get(target, key) {
      if (key === 'transaction') {
        return (stores: never, mode?: IDBTransactionMode) => {
          if (mode === 'readwrite' && ++writes === failAt) throw new DOMException('disk full', 'QuotaExceededError');
          return target.transaction(stores, mode);
        };
      }
      const v: unknown = Reflect.get(target, key);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return {
    db: async () => wrap(await conn.get()),
    report: () => {},
    quoteCount: async () => 0,
    visitCount: async () => 0,
    writeBegun: () => 0,
    written: () => {},
  };
}

function fileWithOverlap(): HistoryExport {
  const file = syntheticHistory({ articles: 7, quotesPerArticle: 3, vocabulary: 50, seed: 5, start: Date.UTC(2025, 0, 1) });
  // One article the reader saved already, seen earlier than the file's copy: the import replaces it.
  file.visits[3] = { ...file.visits[3]!, url: 'https://mine.example/a', lastSeen: Date.UTC(2025, 5, 1) };
  file.quotes = file.quotes.map((q) => (q.url.endsWith('/news/3') ? { ...q, url: 'https://mine.example/a' } : q));
  return file;
}

describe('import in batches', () => {
  it('reports progress after each batch and merges like one import', async () => {
    await store.saveAnalysis(article('https://mine.example/a', { quotes: [quote('an old quote'), quote('another one')] }), 1000);
    const progress: number[] = [];
    const r = await importHistory(failingContext(Infinity), JSON.stringify(fileWithOverlap()), (p) => progress.push(p.done), 3);
    expect(r).toEqual({ added: 6, updated: 1 });
    expect(progress).toEqual([0, 3, 6, 7]);
    expect(await store.counts()).toEqual({ visits: 7, quotes: 21 });
    expect((await store.searchQuotes({ query: 'old quote ', offset: 0, limit: 5 })).total).toBe(0);
  });

  it('undoes the committed batches when a later one fails: the history is exactly as before', async () => {
    await store.saveAnalysis(article('https://mine.example/a', { quotes: [quote('an old quote'), quote('another one')] }), 1000);
    await store.saveAnalysis(article('https://mine.example/b', { quotes: [quote('untouched')] }), 2000);
    const before = await store.exportHistory(NOW);
    const err = await importHistory(failingContext(3), JSON.stringify(fileWithOverlap()), undefined, 3).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QuotaError);
    expect(await store.exportHistory(NOW)).toEqual(before);
    // The indexes were restored with the rows: the old quotes are found again, the file's are not.
    expect((await store.searchQuotes({ query: 'old quote ', offset: 0, limit: 5 })).total).toBe(1);
    expect((await store.searchQuotes({ query: '', offset: 0, limit: 50 })).hits.map((h) => h.id).sort())
      .toEqual(['https://mine.example/a#0', 'https://mine.example/a#1', 'https://mine.example/b#0']);
    expect((await store.listHistory({ offset: 0, limit: 10 })).items.map((v) => v.url)).toEqual(['https://mine.example/b', 'https://mine.example/a']);
  });

  it('the undo of a failed import leaves alone what was saved or deleted between its batches', async () => {
    for (const k of ['a', 'b', 'c']) {
      await store.saveAnalysis(article(`https://mine.example/${k}`, { title: `Mine ${k}`, quotes: [quote(`my own words ${k}`)] }), 1000);
    }
    // Three batches; the file has newer copies of the three articles already saved, all in the first batch.
    const file = syntheticHistory({ articles: 2 * IMPORT_BATCH + 100, quotesPerArticle: 1, vocabulary: 50, seed: 8, start: Date.UTC(2025, 0, 1) });
    const mine = new Map([[2, 'https://mine.example/a'], [3, 'https://mine.example/b'], [4, 'https://mine.example/c']]);
    file.visits = file.visits.map((v, i) => (mine.has(i) ? { ...v, url: mine.get(i)! } : v));
    file.quotes = file.quotes.map((q) => {
      const i = Number(q.url.slice(q.url.lastIndexOf('/') + 1));
      return mine.has(i) ? { ...q, url: mine.get(i)! } : q;
    });
    const addedByImport = file.visits[10]!.url;
    const before = await store.exportHistory(NOW);
    // The disk fills up in the third batch.
    const doomed = file.visits[2 * IMPORT_BATCH + 50]!.url;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((args[0] as { url?: unknown } | null)?.url === doomed) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    // Meanwhile, once the first batch is in: the reader reads one of the replaced articles again and one the import
    // added, and deletes another replaced one.
    const during: Array<Promise<unknown>> = [];
    const err = await store.importHistory(JSON.stringify(file), (p) => {
      if (p.done !== IMPORT_BATCH) return;
      during.push(
        store.saveAnalysis(article('https://mine.example/a', { title: 'Read again', quotes: [quote('said during the import')] }), 9e12),
        store.saveAnalysis(article(addedByImport, { title: 'Read first time', quotes: [quote('new words during the import')] }), 9e12),
        store.deleteVisit('https://mine.example/b'),
      );
    }).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(err).toBeInstanceOf(QuotaError);
    await Promise.all(during);

    const after = await store.exportHistory(NOW);
    // What was written between the batches stands; the rest is as it was before the import.
    expect(after.visits.map((v) => [v.url, v.title]).sort()).toEqual([
      [addedByImport, 'Read first time'], ['https://mine.example/a', 'Read again'], ['https://mine.example/c', 'Mine c'],
    ].sort());
    expect(after.quotes.map((q) => [q.url, q.text]).sort()).toEqual([
      [addedByImport, 'new words during the import'], ['https://mine.example/a', 'said during the import'], ['https://mine.example/c', 'my own words c'],
    ].sort());
    expect(after.visits.find((v) => v.url === 'https://mine.example/c')).toEqual(before.visits.find((v) => v.url === 'https://mine.example/c'));
    expect(await store.counts()).toEqual({ visits: 3, quotes: 3 });
    expect(await testStore().counts()).toEqual({ visits: 3, quotes: 3 });
  }, 60_000);
});
