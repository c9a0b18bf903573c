// The upgrades, each run on a database made at the older version with rows as that version wrote them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { syntheticHistory } from './synthetic-history';
import { termsOf } from '@/lib/storage';
import { DB_VERSION, MIGRATIONS, openQuotelensDB } from '@/lib/storage';
import { article, freshIndexedDB, quote, testStore, type TestStore } from './helpers';

const V1_VISIT = {
  url: 'https://planet.example/a', title: 'Budget vote in parliament', byline: null, published: '2024-03-01T00:00:00Z',
  siteName: 'Daily Planet', lang: 'en', keyPoints: [], summary: ['s'], summarySource: 'extractive',
  quoteCount: 2, wordCount: 300, firstSeen: 1000, lastSeen: 1000,
};
const V1_QUOTES = [
  { id: 'https://planet.example/a#0', url: 'https://planet.example/a', index: 0, text: 'We will not raise taxes', speaker: 'José Álvarez', role: 'Finance Minister', block: 3, savedAt: 1000 },
  { id: 'https://planet.example/a#1', url: 'https://planet.example/a', index: 1, text: 'Nothing was decided', speaker: null, role: null, block: 5, savedAt: 1000 },
];

let store: TestStore | null = null;
beforeEach(() => freshIndexedDB());
afterEach(async () => { await store?.close(); store = null; });

async function makeV1(): Promise<void> {
  const db = await openQuotelensDB({ version: 1 });
  expect(db.version).toBe(1);
  const raw = db as unknown as import('idb').IDBPDatabase<unknown>;
  await raw.put('visits', V1_VISIT);
  for (const q of V1_QUOTES) await raw.put('quotes', q);
  db.close();
}

describe('migrations', () => {
  it('is an ordered list ending at the current version', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('v1 has no search indexes', async () => {
    await makeV1();
    const db = await openDB('quotelens');
    expect([...db.objectStoreNames]).toEqual(['quotes', 'visits']);
    expect([...db.transaction('quotes').store.indexNames].sort()).toEqual(['by-savedAt', 'by-url']);
    db.close();
  });

  it('upgrades a real v1 database: indexes added, rows backfilled, nothing lost', async () => {
    await makeV1();
    store = testStore();
    expect(await store.counts()).toEqual({ visits: 1, quotes: 2 });

    const db = await openDB('quotelens');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('meta');
    expect([...db.transaction('quotes').store.indexNames].sort()).toEqual(['by-posting', 'by-speaker', 'by-url']);
    const row = await db.get('quotes', 'https://planet.example/a#0');
    expect(row).toMatchObject({ speakerKey: 'jose alvarez', text: 'We will not raise taxes', block: 3 });
    expect(row.terms).toEqual(expect.arrayContaining(['raise', 'taxes', 'jose', 'alvarez', 'finance', 'minister']));
    expect((await db.get('quotes', 'https://planet.example/a#1')).speakerKey).toBe('');
    db.close();

    // The upgraded rows answer every lookup.
    expect((await store.searchQuotes({ query: 'alvarez tax', offset: 0, limit: 5 })).hits.map((h) => h.id)).toEqual(['https://planet.example/a#0']);
    expect((await store.speakerQuotes('jose alvarez')).total).toBe(1);
    expect((await store.listHistory({ query: 'parliament', offset: 0, limit: 5 })).items.map((v) => v.url)).toEqual(['https://planet.example/a']);
    expect(store.bad).toEqual([]);
    // Nothing of what v1 stored changed.
    const exported = await store.exportHistory();
    expect(exported.visits).toEqual([V1_VISIT]);
    expect(exported.quotes).toEqual(V1_QUOTES.map(({ id: _id, ...q }) => q));
  });

  it('upgrades a real v2 database: time-ordered indexes added, every row placed in them, nothing lost', async () => {
    // v2 rows as v2 wrote them: terms and speakerKey, no postings, no recency.
    const file = syntheticHistory({ articles: 120, quotesPerArticle: 6, vocabulary: 150, speakers: 12, sites: 3, seed: 3 });
    const v2 = await openQuotelensDB({ version: 2 });
    const raw = v2 as unknown as import('idb').IDBPDatabase<unknown>;
    const { visitTerms } = await import('@/lib/storage/text');
    const tx = raw.transaction(['visits', 'quotes'], 'readwrite');
    for (const v of file.visits) void tx.objectStore('visits').put({ ...v, terms: visitTerms(v.title, v.siteName, v.url) });
    for (const q of file.quotes) {
      void tx.objectStore('quotes').put({
        ...q, id: `${q.url}#${q.index}`, speakerKey: termsOf(q.speaker).join(' '), terms: termsOf(q.text, q.speaker, q.role),
      });
    }
    await tx.done;
    expect([...raw.transaction('quotes').store.indexNames]).toContain('by-term');
    v2.close();

    store = testStore();
    expect(await store.counts()).toEqual({ visits: file.visits.length, quotes: file.quotes.length });
    const db = await openDB('quotelens');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('quotes').store.indexNames].sort()).toEqual(['by-posting', 'by-speaker', 'by-url']);
    expect([...db.transaction('visits').store.indexNames]).toContain('by-recent');
    // Every quote is on the timeline, and under each of its words.
    const timeline = await db.getAllKeysFromIndex('quotes', 'by-posting', IDBKeyRange.bound(['', -Infinity], ['', Infinity]));
    expect(timeline).toHaveLength(file.quotes.length);
    db.close();

    const newest = [...file.quotes].sort((a, b) => b.savedAt - a.savedAt || a.index - b.index);
    const word = termsOf(newest[0]!.text)[0]!;
    const expected = newest.filter((q) => termsOf(q.text, q.speaker, q.role).includes(word)).map((q) => `${q.url}#${q.index}`);
    const found = await store.searchQuotes({ query: `${word} `, offset: 0, limit: 1000 });
    expect(found.hits.map((h) => h.id)).toEqual(expected);
    expect(found.total).toBe(expected.length);
    const recent = await store.listHistory({ offset: 0, limit: 3 });
    expect(recent.items.map((v) => v.url)).toEqual(file.visits.slice(-3).reverse().map((v) => v.url));
    expect(recent.total).toBe(file.visits.length);
    expect(store.bad).toEqual([]);
    const exported = await store.exportHistory();
    expect(exported.visits).toHaveLength(file.visits.length);
    expect(exported.quotes).toHaveLength(file.quotes.length);
  });

  it('upgrades a real v3 database: unused visit indexes go, v3 rows are still found, new rows have no word starts', async () => {
    // v3 rows as v3 wrote them: postings for the timeline, each word and each three-letter word start.
    const file = syntheticHistory({ articles: 150, quotesPerArticle: 6, vocabulary: 300, speakers: 15, sites: 4, seed: 5 });
    const v3Postings = (terms: string[], savedAt: number) => {
      const keys = new Set<string>(['']);
      for (const t of terms) {
        keys.add(t);
        if (t.length >= 3) keys.add(`\u0001${t.slice(0, 3)}`);
      }
      return [...keys].map((k) => [k, -savedAt]);
    };
    const v3 = await openQuotelensDB({ version: 3 });
    const raw = v3 as unknown as import('idb').IDBPDatabase<unknown>;
    const { visitTerms } = await import('@/lib/storage/text');
    const tx = raw.transaction(['visits', 'quotes'], 'readwrite');
    for (const v of file.visits) void tx.objectStore('visits').put({ ...v, terms: visitTerms(v.title, v.siteName, v.url), recency: -v.lastSeen });
    for (const q of file.quotes) {
      const terms = termsOf(q.text, q.speaker, q.role);
      void tx.objectStore('quotes').put({
        ...q, id: `${q.url}#${q.index}`, speakerKey: termsOf(q.speaker).join(' '), terms, postings: v3Postings(terms, q.savedAt),
      });
    }
    await tx.done;
    expect([...raw.transaction('visits').store.indexNames].sort()).toEqual(['by-lastSeen', 'by-recent', 'by-site', 'by-term']);
    const starts = IDBKeyRange.bound(['\u0001', -Infinity], ['\u0001\uffff', Infinity]);
    expect((await raw.getAllKeysFromIndex('quotes', 'by-posting', starts)).length).toBeGreaterThan(file.quotes.length);
    v3.close();

    store = testStore();
    expect(await store.counts()).toEqual({ visits: file.visits.length, quotes: file.quotes.length });
    const db = await openDB('quotelens');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('quotes').store.indexNames].sort()).toEqual(['by-posting', 'by-speaker', 'by-url']);
    expect([...db.transaction('visits').store.indexNames].sort()).toEqual(['by-recent', 'by-term']);
    // The v3 rows are left as they were (their word starts are never read); every quote is on the timeline.
    const timeline = await db.getAllKeysFromIndex('quotes', 'by-posting', IDBKeyRange.bound(['', -Infinity], ['', Infinity]));
    expect(timeline).toHaveLength(file.quotes.length);
    db.close();

    // A quote saved now has postings for the timeline and its words only.
    const late = file.visits[0]!.lastSeen + 1e9;
    const word = termsOf(file.quotes[file.quotes.length - 1]!.text).find((w) => w.length >= 5)!;
    await store.saveAnalysis(article('https://late.example/a', { quotes: [quote(`${word} said late`)] }), late);
    const { postingsOf } = await import('@/lib/storage/postings');
    const fresh = await openDB('quotelens');
    expect((await fresh.get('quotes', 'https://late.example/a#0')).postings).toEqual(postingsOf([word, 'said', 'late'], late));
    expect(postingsOf([word, 'said', 'late'], late).some(([k]) => k.startsWith('\u0001'))).toBe(false);
    fresh.close();

    // Words, typed words and their starts are found across v3 rows and the new one, newest first.
    const all = [
      { url: 'https://late.example/a', index: 0, text: `${word} said late`, speaker: null, role: null, savedAt: late },
      ...file.quotes,
    ];
    const newest = [...all].sort((a, b) => b.savedAt - a.savedAt || (`${a.url}#${a.index}` < `${b.url}#${b.index}` ? -1 : 1));
    for (const query of [`${word} `, word, word.slice(0, 3), word.slice(0, 2)]) {
      const typed = !query.endsWith(' ');
      const expected = newest
        .filter((q) => termsOf(q.text, q.speaker, q.role).some((t) => (typed ? t.startsWith(query) : t === word)))
        .map((q) => `${q.url}#${q.index}`);
      const found = await store.searchQuotes({ query, offset: 0, limit: 1000 });
      expect(found.hits.map((h) => h.id)).toEqual(expected);
      expect(found.total).toBe(expected.length);
    }
    await store.deleteVisit('https://late.example/a');
    // Nothing of what v3 stored changed.
    const byId = (a: { url: string; index: number }, b: { url: string; index: number }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : a.index - b.index);
    const exported = await store.exportHistory();
    expect([...exported.visits].sort((a, b) => (a.url < b.url ? -1 : 1))).toEqual([...file.visits].sort((a, b) => (a.url < b.url ? -1 : 1)));
    expect([...exported.quotes].sort(byId)).toEqual([...file.quotes].sort(byId));
    // Retention reads the newest-first visit index now: the least recently seen go first.
    expect(await store.applyRetention({ maxAgeDays: null, maxArticles: 100 })).toBe(file.visits.length - 100);
    const kept = await store.listHistory({ offset: 0, limit: 200 });
    expect(kept.items.map((v) => v.url)).toEqual(file.visits.slice(-100).reverse().map((v) => v.url));
    expect((await store.counts()).quotes).toBe(100 * 6);
    expect(store.bad).toEqual([]);
  });
});
