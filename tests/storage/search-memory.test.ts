// The search rows held in the background's memory stay exactly what IndexedDB holds: through saves, revisits,
// deletes, retention, clears, imports and an import's undo, through writes committed while they load, and not
// through writes that abort. Every check compares the held answer, counts included, with a brute-force reading of
// the history as exported.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHistoryStore, QuotaError, type HistoryStore } from '@/lib/storage';
import { COUNT_SPAN, createSearchMemory, type MemoryQuery } from '@/lib/storage/search-memory';
import { syntheticHistory } from './synthetic-history';
import { bruteForce, readerQueries } from './brute-force';
import { article, freshIndexedDB, quote } from './helpers';

const NOW = new Date('2025-06-01T00:00:00Z');
let store: HistoryStore;
beforeEach(() => {
  freshIndexedDB();
  store = createHistoryStore({ searchMemory: true });
});
afterEach(() => store.close());

/** Every query of the mix (and an empty one and a speaker's) answered from memory as brute force answers it. */
async function agrees(extra: string[] = []) {
  expect(store.searchMemoryStats()?.state).toBe('ready');
  const file = await store.exportHistory(NOW);
  const speaker = file.quotes.find((q) => q.speaker !== null)?.speaker ?? undefined;
  for (const query of ['', ...extra, ...readerQueries(file, 36)]) {
    for (const o of speaker ? [{}, { speaker }] : [{}]) {
      const expected = bruteForce(file, query, o);
      const r = await store.searchQuotes({ query, ...o, offset: 0, limit: 15 });
      // Counted exactly over the first COUNT_SPAN groups; past them, once the page is full, extrapolated.
      const total = r.total !== expected.length && expected.length > 15 && Math.abs(r.total - expected.length) <= expected.length / 10
        ? expected.length : r.total;
      expect({ query, o, ids: r.hits.map((h) => h.id), total }).toEqual({ query, o, ids: expected.slice(0, 15), total: expected.length });
    }
  }
  return file;
}

const history = (articles: number, seed: number, start = Date.UTC(2025, 0, 1)) =>
  syntheticHistory({ articles, quotesPerArticle: 5, vocabulary: 400, speakers: 20, sites: 4, seed, start });

describe('search memory', () => {
  it('follows saves, revisits, deletes, retention and clears', async () => {
    await store.importHistory(JSON.stringify(history(120, 3)));
    await store.warmSearch();
    await agrees();
    // A new article, and a revisit that keeps one quote and drops the others.
    await store.saveAnalysis(article('https://fresh.example/a', { quotes: [quote('zebra crossings were never safer', 'Ann Lee', 'mayor')] }), Date.UTC(2025, 5, 1));
    const file = await store.exportHistory(NOW);
    const old = file.quotes.find((q) => q.index === 0 && q.url.endsWith('/news/7'))!;
    await store.saveAnalysis(article(old.url, { quotes: [quote(old.text, old.speaker, old.role), quote('quagga words replace the rest')] }), Date.UTC(2025, 5, 2));
    await agrees(['zebra', 'quagga rest', 'ann lee', 'mayor ']);
    expect((await store.searchQuotes({ query: 'quagga', offset: 0, limit: 5 })).total).toBe(1);
    await store.deleteVisit('https://fresh.example/a');
    await store.deleteVisit(file.visits[30]!.url);
    await agrees(['zebra ']);
    expect((await store.searchQuotes({ query: 'zebra', offset: 0, limit: 5 })).total).toBe(0);
    // Retention keeps the 50 newest articles.
    expect(await store.applyRetention({ maxAgeDays: null, maxArticles: 50 })).toBe(119 - 50);
    await agrees();
    await store.clearAll();
    expect(await store.searchQuotes({ query: '', offset: 0, limit: 5 })).toEqual({ hits: [], total: 0 });
    await store.saveAnalysis(article('https://after.example/a', { quotes: [quote('words after the clear')] }), Date.UTC(2025, 6, 1));
    await agrees(['clear ']);
    expect(store.searchMemoryStats()).toMatchObject({ state: 'ready', groups: 1 });
  }, 60_000);

  it('a search made just after a write sees it, in its matches as in the quotes it shows', async () => {
    await store.saveAnalysis(article('https://rev.example/a', { quotes: [quote('alpha words first'), quote('bravo words second'), quote('charlie words third')] }), 1_000);
    await store.warmSearch();
    // A revisit drops the middle quote: the group is rewritten with two quotes, the third now at place 1.
    const saving = store.saveAnalysis(article('https://rev.example/a', { quotes: [quote('alpha words first'), quote('charlie words third')] }), 2_000);
    const found = await store.searchQuotes({ query: 'bravo', offset: 0, limit: 5 });
    await saving;
    expect(found).toEqual({ hits: [], total: 0 });
    expect((await store.searchQuotes({ query: 'charlie', offset: 0, limit: 5 })).hits.map((h) => h.text)).toEqual(['charlie words third']);
  });

  it('applies the writes committed while it loads', async () => {
    // Written by another store (no memory), then held by this one while it saves and deletes.
    const other = createHistoryStore();
    await other.importHistory(JSON.stringify(history(2_300, 4)));
    await other.close();
    const loading = store.warmSearch();
    const during = [
      store.saveAnalysis(article('https://during.example/a', { quotes: [quote('okapi sightings confirmed', 'Bo Tan')] }), Date.UTC(2025, 5, 1)),
      store.deleteVisit('https://during.example/none'),
      store.importHistory(JSON.stringify(history(30, 9, Date.UTC(2025, 3, 1)))),
    ];
    // The searches made meanwhile go through the index.
    expect((await store.searchQuotes({ query: 'okapi', offset: 0, limit: 5 })).total).toBeLessThanOrEqual(1);
    await Promise.all(during);
    await loading;
    const file = await agrees(['okapi ']);
    expect(file.visits.length).toBeGreaterThan(2_300);
    expect(store.searchMemoryStats()?.groups).toBe(new Set(file.quotes.map((q) => `${q.url} ${q.savedAt}`)).size);
  }, 60_000);

  it('is not changed by a write that fails, and follows the undo of a failed import', async () => {
    await store.importHistory(JSON.stringify(history(60, 5)));
    await store.warmSearch();
    const put = IDBObjectStore.prototype.put;
    const doomed = new Set(['https://failing.example/a', 'https://pasture.example/news/40']);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (doomed.has((args[0] as { url?: unknown } | null)?.url as string)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      // A save whose visit cannot be stored.
      const err = await store.saveAnalysis(article('https://failing.example/a', { quotes: [quote('tapir words never stored')] })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(QuotaError);
      // An import of 300 articles in three batches whose last one fails midway (after the rows of the articles before
      // it were put in the same transaction): the two batches committed are undone.
      const file = history(300, 6, Date.UTC(2025, 2, 1));
      file.visits[280] = { ...file.visits[280]!, url: 'https://pasture.example/news/40' };
      file.quotes = file.quotes.map((q) => (q.url.endsWith('/news/280') ? { ...q, url: 'https://pasture.example/news/40' } : q));
      const before = (await store.exportHistory(NOW)).visits.length;
      expect(await store.importHistory(JSON.stringify(file)).catch((e: unknown) => e)).toBeInstanceOf(QuotaError);
      expect((await store.exportHistory(NOW)).visits.length).toBe(before);
    } finally {
      vi.restoreAllMocks();
    }
    await agrees(['tapir ']);
    expect((await store.searchQuotes({ query: 'tapir', offset: 0, limit: 5 })).total).toBe(0);
  }, 60_000);
});

describe('createSearchMemory', () => {
  const row = (t: number, url: string, terms: string[], w: string[], who: string[]) => ({ t, url, terms, w, who });
  const rows = [
    row(-3, 'https://a.example/3', ['rain', 'today'], ['\u0000\u0001'], ['ann lee']),
    row(-2, 'https://a.example/2', ['rain', 'snow'], ['\u0000', '\u0001'], ['', 'bo tan']),
    row(-1, 'https://a.example/1', ['snow'], ['\u0000'], ['ann lee']),
  ];
  const loaderOf = (all: unknown[], fail = false) => ({
    rows: async (after: [number, string] | null, n: number) => {
      if (fail) throw new Error('closed');
      const from = after === null ? 0 : all.findIndex((r) => (r as { t: number }).t > after[0]);
      return from < 0 ? [] : all.slice(from, from + n);
    },
  });
  const ask = (over: Partial<MemoryQuery>): MemoryQuery => ({ exact: [], prefix: null, speaker: null, inSite: () => true, need: 10, ...over });

  it('answers words, starts, speakers and sites in time order with exact counts', async () => {
    const m = createSearchMemory(loaderOf(rows));
    expect(m.search(ask({}))).toBeNull();
    await m.warm();
    const ids = (q: Partial<MemoryQuery>) => {
      const r = m.search(ask(q))!;
      return { ids: r.matches.map((x) => `${x.url.slice(-1)}#${x.index}`), total: r.total };
    };
    expect(ids({})).toEqual({ ids: ['3#0', '2#0', '2#1', '1#0'], total: 4 });
    expect(ids({ exact: ['rain'] })).toEqual({ ids: ['3#0', '2#0'], total: 2 });
    expect(ids({ exact: ['rain'], prefix: 'sn' })).toEqual({ ids: [], total: 0 });
    expect(ids({ prefix: 'sn' })).toEqual({ ids: ['2#1', '1#0'], total: 2 });
    expect(ids({ prefix: 'sno', need: 1 })).toEqual({ ids: ['2#1'], total: 2 });
    expect(ids({ speaker: 'ann lee' })).toEqual({ ids: ['3#0', '1#0'], total: 2 });
    // '' is a quote without a speaker: no filter asks for it.
    expect(ids({ speaker: '' })).toEqual({ ids: [], total: 0 });
    expect(ids({ exact: ['hail'] })).toEqual({ ids: [], total: 0 });
    expect(ids({ inSite: (url) => url.endsWith('2') })).toEqual({ ids: ['2#0', '2#1'], total: 2 });
  });

  it('finds a start that begins many words of a group', async () => {
    const m = createSearchMemory(loaderOf([row(-1, 'https://b.example/1', ['rain', 'rainy', 'rainier', 'raining', 'rained', 'today'], ['\u0005\u0004', '\u0005', '\u0000'], ['', '', ''])]));
    await m.warm();
    expect(m.search(ask({ prefix: 'rain' }))!.matches.map((x) => x.index)).toEqual([0, 2]);
    expect(m.search(ask({ prefix: 'raine' }))!.matches.map((x) => x.index)).toEqual([0]);
  });

  it('counts the first COUNT_SPAN groups, then extrapolates at the rate seen once the page is full', async () => {
    // Every quote of the newest COUNT_SPAN groups matches, none of the older ones.
    const many = Array.from({ length: COUNT_SPAN + 1_000 }, (_, i) =>
      row(i, `https://c.example/${i}`, i < COUNT_SPAN ? ['rain'] : ['snow'], ['\u0000'], ['']));
    const m = createSearchMemory(loaderOf(many));
    await m.warm();
    expect(m.search(ask({ prefix: 'ra', need: 10 }))!.total).toBe(COUNT_SPAN + 1_000);
    // The rate is taken from the first match on: matches that only begin further back are not spread thin.
    expect(m.search(ask({ exact: ['snow'], need: 10 }))!.total).toBe(1_000);
    expect(m.search(ask({ exact: ['snow'], need: 10 }))!.matches[0]!.url).toBe(`https://c.example/${COUNT_SPAN}`);
    expect(m.search(ask({ need: 10 }))!.total).toBe(COUNT_SPAN + 1_000);
  });

  it('skips and reports an unreadable row, and a later put of its key replaces it', async () => {
    const bad: unknown[] = [];
    const m = createSearchMemory(loaderOf([...rows, { t: 0, url: 'https://a.example/0', terms: 'rain', w: [], who: [] }]), (_s, key) => bad.push(key));
    await m.warm();
    expect(bad).toEqual([[0, 'https://a.example/0']]);
    expect(m.search(ask({ exact: ['rain'] }))!.total).toBe(2);
    m.apply([{ put: row(0, 'https://a.example/0', ['rain'], ['\u0000', 7 as unknown as string], ['', '']) }]);
    expect(m.search(ask({ exact: ['rain'] }))!.total).toBe(3);
  });

  it('stays unloaded for a history over its size, until a clear', async () => {
    let stored = rows;
    const m = createSearchMemory({ rows: (a, n) => loaderOf(stored).rows(a, n) }, undefined, 2);
    await m.warm();
    expect(m.search(ask({}))).toBeNull();
    expect(m.stats()).toMatchObject({ state: 'too-large', groups: 0 });
    // Not tried again until a clear: then the history is small enough again.
    stored = rows.slice(1);
    await m.warm();
    expect(m.search(ask({}))).toBeNull();
    m.apply([{ clear: true }]);
    await m.warm();
    expect(m.search(ask({}))!.total).toBe(3);
  });

  it('waits between its batches while a search runs beside it', async () => {
    const asked: number[] = [];
    const many = Array.from({ length: 600 }, (_, i) => row(i, `https://d.example/${i}`, ['rain'], ['\u0000'], ['']));
    const m = createSearchMemory({ rows: async (after, n) => { asked.push(after === null ? 0 : after[0] + 1); return loaderOf(many).rows(after, n); } });
    let finish!: () => void;
    const search = m.aside(() => new Promise<void>((r) => { finish = r; }));
    const loading = m.warm();
    await new Promise((r) => setTimeout(r, 10));
    expect(asked).toEqual([]);
    finish();
    await search;
    await loading;
    expect(asked.length).toBeGreaterThan(1);
    expect(m.search(ask({}))!.total).toBe(600);
  });

  it('a load dropped while it waits for a search ends, and the next load is not left waiting', async () => {
    const m = createSearchMemory(loaderOf(rows));
    let finish!: () => void;
    const search = m.aside(() => new Promise<void>((r) => { finish = r; }));
    const first = m.warm();
    await new Promise((r) => setTimeout(r, 0));
    m.drop();
    const second = m.warm();
    finish();
    await search;
    await Promise.all([first, second]);
    expect(m.search(ask({}))!.total).toBe(4);
  });

  it('is tried again after a failed load, and a load begun before drop() is abandoned', async () => {
    let fail = true;
    const m = createSearchMemory({ rows: (a, n) => loaderOf(rows, fail).rows(a, n) });
    await m.warm();
    expect(m.stats().state).toBe('cold');
    fail = false;
    const loading = m.warm();
    m.drop();
    await loading;
    expect(m.search(ask({}))).toBeNull();
    await m.warm();
    expect(m.search(ask({}))!.total).toBe(4);
  });
});
