// The upgrades, each run on a database made at the older version with rows as that version wrote them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { syntheticHistory } from './synthetic-history';
import { termsOf } from '@/lib/storage';
import { DB_VERSION, MIGRATIONS, QuotaError, openQuotelensDB } from '@/lib/storage';
import type { ExportedQuote, Visit } from '@/lib/model';
import { article, freshIndexedDB, quote, testStore, type TestStore } from './helpers';

const V1_VISIT = {
  url: 'https://planet.example/a', title: 'Budget vote in parliament', byline: null, published: '2024-03-01T00:00:00Z',
  siteName: 'Daily Planet', lang: 'en', keyPoints: [], summary: ['s'], summarySource: 'extractive',
  quoteCount: 2, wordCount: 300, firstSeen: 1000, lastSeen: 1000,
};
/** The indexes of the group store (schema v6 on; v5 had 'by-term' too). */
const GROUP_INDEXES = ['by-size', 'by-speaker', 'by-url'];

const V1_QUOTES = [
  { id: 'https://planet.example/a#0', url: 'https://planet.example/a', index: 0, text: 'We will not raise taxes', speaker: 'José Álvarez', role: 'Finance Minister', block: 3, savedAt: 1000 },
  { id: 'https://planet.example/a#1', url: 'https://planet.example/a', index: 1, text: 'Nothing was decided', speaker: null, role: null, block: 5, savedAt: 1000 },
];

let store: TestStore | null = null;
beforeEach(() => freshIndexedDB());
afterEach(async () => { await store?.close(); store = null; });

/** Opens the database (upgrading it) while the n-th put into `storeName` fails for want of room: the open fails with a QuotaError. */
async function upgradeFailingAt(storeName: string, n: number): Promise<void> {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === storeName && ++calls === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
  const failing = testStore();
  const err = await failing.counts().catch((e: unknown) => e);
  vi.restoreAllMocks();
  expect(err).toBeInstanceOf(QuotaError);
  await failing.close();
}

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
    expect([...db.transaction('groups').store.indexNames].sort()).toEqual(GROUP_INDEXES);
    const group = await db.get('groups', [-1000, 'https://planet.example/a']);
    expect(group.quotes[0]).toMatchObject({ speakerKey: 'jose alvarez', text: 'We will not raise taxes', block: 3 });
    expect(group.quotes[1].speakerKey).toBe('');
    const search = await db.get('words', [-1000, 'https://planet.example/a']);
    expect([...search.w[0]].map((c: string) => search.terms[c.charCodeAt(0)])).toEqual(expect.arrayContaining(['raise', 'taxes', 'jose', 'alvarez', 'finance', 'minister']));
    expect(search.who).toEqual(['jose alvarez', '']);
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
    expect([...db.transaction('groups').store.indexNames].sort()).toEqual(GROUP_INDEXES);
    expect([...db.transaction('visits').store.indexNames]).toContain('by-recent');
    // Every article's quotes are one group (saved together), listed under each of their words.
    expect(await db.count('groups')).toBe(file.visits.length);
    const first = file.quotes[0]!;
    expect(await db.getAllKeysFromIndex('words', 'by-term', termsOf(first.text)[0])).toContainEqual([-first.savedAt, first.url]);
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
    expect([...db.transaction('groups').store.indexNames].sort()).toEqual(GROUP_INDEXES);
    expect([...db.transaction('visits').store.indexNames].sort()).toEqual(['by-recent', 'by-term']);
    // Every article's quotes are one group; the v3 word starts were not carried over.
    expect(await db.count('groups')).toBe(file.visits.length);
    expect(await db.getAllKeysFromIndex('words', 'by-term', IDBKeyRange.bound('\u0001', '\u0001\uffff'))).toEqual([]);
    db.close();

    // A quote saved now is indexed under its words only.
    const late = file.visits[0]!.lastSeen + 1e9;
    const word = termsOf(file.quotes[file.quotes.length - 1]!.text).find((w) => w.length >= 5)!;
    await store.saveAnalysis(article('https://late.example/a', { quotes: [quote(`${word} said late`)] }), late);
    const fresh = await openDB('quotelens');
    expect((await fresh.get('words', [-late, 'https://late.example/a'])).terms).toEqual([word, 'said', 'late']);
    fresh.close();

    // Words, typed words and their starts are found across v3 rows and the new one, newest first.
    const all = [
      { url: 'https://late.example/a', index: 0, text: `${word} said late`, speaker: null, role: null, savedAt: late },
      ...file.quotes,
    ];
    const newest = [...all].sort((a, b) => b.savedAt - a.savedAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : a.index - b.index));
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

  describe('v4 → v5: quotes regrouped by article and save', () => {
    // A v4 history as v4 wrote it: one row per quote with its postings (timeline and words), visits with their terms.
    const file = syntheticHistory({ articles: 90, quotesPerArticle: 8, vocabulary: 200, speakers: 12, sites: 3, seed: 9 });
    const visits: Visit[] = [...file.visits];
    const quotes: ExportedQuote[] = [...file.quotes];
    const base = visits[0]!;
    // One article with more quotes than the upgrade reads at once (it fills a batch alone; indexes past 9).
    visits.push({ ...base, url: 'https://big.example/a', title: 'Big', quoteCount: 600 });
    for (let i = 0; i < 600; i++) quotes.push({ url: 'https://big.example/a', index: i, text: `big quote ${i} ${i % 7 ? 'often' : 'rarely'}`, speaker: 'Ann Lee', role: null, block: i, savedAt: 5_000 });
    // Revisited: the quotes kept from the first save keep its date, the new one has the second.
    visits.push({ ...base, url: 'https://again.example/a', title: 'Again', firstSeen: 1_000, lastSeen: 9_000, quoteCount: 3 });
    quotes.push(
      { url: 'https://again.example/a', index: 0, text: 'new words on the second visit', speaker: null, role: null, block: 0, savedAt: 9_000 },
      { url: 'https://again.example/a', index: 1, text: 'kept words from the first visit', speaker: 'Bo Chen', role: 'mayor', block: 2, savedAt: 1_000 },
      { url: 'https://again.example/a', index: 2, text: 'more kept words', speaker: null, role: null, block: 4, savedAt: 1_000 },
    );
    // Two URLs whose quote ids interleave ('…/a#1x#0' sorts between '…/a#1' and '…/a#2').
    for (const url of ['https://frag.example/a', 'https://frag.example/a#1x']) {
      visits.push({ ...base, url, title: url, quoteCount: 3 });
      for (let i = 0; i < 3; i++) quotes.push({ url, index: i, text: `fragment ${url.endsWith('x') ? 'hash' : 'plain'} ${i}`, speaker: null, role: null, block: i, savedAt: 7_000 });
    }
    const v4Postings = (terms: string[], savedAt: number) => [...new Set(['', ...terms])].map((k) => [k, -savedAt]);
    const v4Row = (q: ExportedQuote) => {
      const terms = termsOf(q.text, q.speaker, q.role);
      return { ...q, id: `${q.url}#${q.index}`, speakerKey: termsOf(q.speaker).join(' '), terms, postings: v4Postings(terms, q.savedAt) };
    };
    // What v4 kept that no v4 read accepted: a quote whose text is not a string (carried over, still reported), one
    // without a date (it has no group to go to), and a quote whose article is gone (carried over, never exported).
    const BAD = { ...v4Row({ url: 'https://again.example/a', index: 9, text: 'was here', speaker: null, role: null, block: 6, savedAt: 1_000 }), text: null };
    const UNDATED = { ...v4Row({ url: 'https://again.example/a', index: 8, text: 'when', speaker: null, role: null, block: 5, savedAt: 1_000 }), savedAt: 'yesterday' };
    const ORPHAN = v4Row({ url: 'https://gone.example/a', index: 0, text: 'orphan words', speaker: null, role: null, block: 0, savedAt: 3_000 });

    async function makeV4(): Promise<void> {
      const v4 = await openQuotelensDB({ version: 4 });
      const raw = v4 as unknown as import('idb').IDBPDatabase<unknown>;
      const { visitTerms } = await import('@/lib/storage/text');
      const tx = raw.transaction(['visits', 'quotes'], 'readwrite');
      for (const v of visits) void tx.objectStore('visits').put({ ...v, terms: visitTerms(v.title, v.siteName, v.url), recency: -v.lastSeen });
      for (const q of quotes) void tx.objectStore('quotes').put(v4Row(q));
      for (const q of [BAD, UNDATED, ORPHAN]) void tx.objectStore('quotes').put(q);
      await tx.done;
      expect([...raw.objectStoreNames].sort()).toEqual(['meta', 'quotes', 'visits']);
      expect([...raw.transaction('quotes').store.indexNames].sort()).toEqual(['by-posting', 'by-speaker', 'by-url']);
      v4.close();
    }
    const byId = (a: ExportedQuote, b: ExportedQuote) => (a.url < b.url ? -1 : a.url > b.url ? 1 : a.index - b.index);
    const newest = (a: ExportedQuote, b: ExportedQuote) => b.savedAt - a.savedAt || byId(a, b);

    it('upgrades a real v4 database: every quote in its group, found as before, nothing lost', async () => {
      await makeV4();
      store = testStore();
      // The quote without a date is the only row not carried over.
      expect(await store.counts()).toEqual({ visits: visits.length, quotes: quotes.length + 2 });

      const db = await openDB('quotelens');
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(['groups', 'meta', 'visits', 'words']);
      expect([...db.transaction('groups').store.indexNames].sort()).toEqual(GROUP_INDEXES);
      // One group per article and save: the revisited article has two, the first one with the bad row as it was.
      expect(await db.count('groups')).toBe(visits.length + 2);
      const again = await db.getAllFromIndex('groups', 'by-url', 'https://again.example/a');
      expect(again.map((g) => [-g.t, g.quotes.map((q: { index: number }) => q.index)])).toEqual([[9_000, [0]], [1_000, [1, 2, 9]]]);
      expect(again[1].quotes[2].text).toBeNull();
      expect(again[1].speakers).toEqual(['bo chen']);
      const big = await db.get('groups', [-5_000, 'https://big.example/a']);
      expect(big.quotes.map((q: { index: number }) => q.index)).toEqual(Array.from({ length: 600 }, (_, i) => i));
      db.close();

      // Nothing of what v4 could read changed.
      const exported = await store.exportHistory();
      expect([...exported.visits].sort((a, b) => (a.url < b.url ? -1 : 1))).toEqual([...visits].sort((a, b) => (a.url < b.url ? -1 : 1)));
      expect(exported.quotes).toEqual([...quotes].sort(byId));
      expect(store.bad.map((b) => [b.store, b.key])).toEqual([['quotes', 'https://again.example/a#9']]);

      // Words, typed words, speakers and "first seen" answer from the groups, newest first.
      for (const query of ['kept words ', 'often', 'fragment hash ', 'fragment pla', termsOf(file.quotes[5]!.text)[0]!]) {
        const typed = !query.endsWith(' ');
        const ws = termsOf(query);
        const last = typed ? ws.pop()! : null;
        const expected = [...quotes].sort(newest).filter((q) => {
          const terms = termsOf(q.text, q.speaker, q.role);
          return ws.every((w) => terms.includes(w)) && (last === null || terms.some((t) => t.startsWith(last)));
        }).map((q) => `${q.url}#${q.index}`);
        const found = await store.searchQuotes({ query, offset: 0, limit: 1000 });
        expect({ query, ids: found.hits.map((h) => h.id), total: found.total }).toEqual({ query, ids: expected, total: expected.length });
      }
      expect((await store.speakerQuotes('Bo Chen')).hits.map((h) => h.id)).toEqual(['https://again.example/a#1']);
      expect((await store.speakerQuotes('Ann Lee')).total).toBe(600);
      expect((await store.firstSeen({ id: 'https://again.example/a#1' })).first?.id).toBe('https://again.example/a#1');
    });

    it('a failure midway through the upgrade leaves the v4 database as it was', async () => {
      await makeV4();
      // The disk fills up after a few groups were written.
      await upgradeFailingAt('groups', 40);

      const db = await openDB('quotelens');
      expect(db.version).toBe(4);
      expect([...db.objectStoreNames].sort()).toEqual(['meta', 'quotes', 'visits']);
      expect(await db.count('quotes')).toBe(quotes.length + 3);
      db.close();
      // With room again, the upgrade runs whole.
      store = testStore();
      expect(await store.counts()).toEqual({ visits: visits.length, quotes: quotes.length + 2 });
    });
  });

  describe('v5 → v6: what a search checks in rows of its own', () => {
    // More groups than the upgrade reads at once.
    const file = syntheticHistory({ articles: 700, quotesPerArticle: 3, vocabulary: 200, speakers: 10, sites: 3, seed: 9 });
    // What v5 kept that no v5 read accepted: a group whose words are not a list (carried over, still reported).
    const BAD = { url: 'https://bad.example/a', t: -1, size: 1, speakers: [], terms: 'none', quotes: [{ index: 0, text: 'lost words' }] };
    const newestFirst = (a: ExportedQuote, b: ExportedQuote) =>
      b.savedAt - a.savedAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : a.index - b.index);

    const v5ByUrl = () => {
      const byUrl = new Map<string, ExportedQuote[]>();
      for (const q of file.quotes) byUrl.set(q.url, [...(byUrl.get(q.url) ?? []), q]);
      return byUrl;
    };

    async function makeV5(): Promise<void> {
      const v5 = await openQuotelensDB({ version: 5 });
      const raw = v5 as unknown as import('idb').IDBPDatabase<unknown>;
      const { visitTerms } = await import('@/lib/storage/text');
      const tx = raw.transaction(['visits', 'groups'], 'readwrite');
      for (const v of file.visits) void tx.objectStore('visits').put({ ...v, terms: visitTerms(v.title, v.siteName, v.url), recency: -v.lastSeen });
      // Groups as v5 wrote them: the quotes of one save, their words as positions in the group's words.
      for (const [url, qs] of v5ByUrl()) {
        const terms: string[] = [];
        const at = (t: string) => (terms.includes(t) ? terms.indexOf(t) : terms.push(t) - 1);
        const quotes = qs.map((q) => ({
          index: q.index, text: q.text, speaker: q.speaker, role: q.role, block: q.block, speakerKey: termsOf(q.speaker).join(' '),
          words: termsOf(q.text, q.speaker, q.role).map(at),
        }));
        const speakers = [...new Set(quotes.map((q) => q.speakerKey).filter((k) => k !== ''))];
        void tx.objectStore('groups').put({ url, t: -qs[0]!.savedAt, quotes, size: quotes.length, speakers, terms });
      }
      void tx.objectStore('groups').put(BAD);
      await tx.done;
      expect([...raw.objectStoreNames].sort()).toEqual(['groups', 'meta', 'visits']);
      expect([...raw.transaction('groups').store.indexNames].sort()).toEqual(['by-size', 'by-speaker', 'by-term', 'by-url']);
      v5.close();
    }

    it('upgrades a real v5 database: a search row per group, found as before, nothing lost', async () => {
      await makeV5();
      store = testStore();
      expect(await store.counts()).toEqual({ visits: file.visits.length, quotes: file.quotes.length + 1 });

      const db = await openDB('quotelens');
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(['groups', 'meta', 'visits', 'words']);
      expect([...db.transaction('groups').store.indexNames].sort()).toEqual(GROUP_INDEXES);
      expect([...db.transaction('words').store.indexNames]).toEqual(['by-term']);
      // Every group is still there; each readable one has its search row, under the same key.
      expect(await db.count('groups')).toBe(file.visits.length + 1);
      expect(await db.count('words')).toBe(file.visits.length);
      // The groups lose their words to their search rows, which name each quote's words and speaker.
      const q = file.quotes[4]!;
      const group = await db.get('groups', [-q.savedAt, q.url]);
      const words = await db.get('words', [-q.savedAt, q.url]);
      expect(group.terms).toBeUndefined();
      expect(group.quotes.map((g: { words?: unknown }) => g.words)).toEqual(group.quotes.map(() => undefined));
      const mine = v5ByUrl().get(q.url)!;
      expect(group.quotes.map((g: { text: string }) => g.text)).toEqual(mine.map((x) => x.text));
      expect(words.who).toEqual(mine.map((x) => termsOf(x.speaker).join(' ')));
      expect(words.w.map((w: string) => [...w].map((c) => words.terms[c.charCodeAt(0)]))).toEqual(mine.map((x) => termsOf(x.text, x.speaker, x.role)));
      // The bad group is kept as it was, with no search row.
      expect(await db.get('groups', [-1, 'https://bad.example/a'])).toEqual(BAD);
      expect(await db.get('words', [-1, 'https://bad.example/a'])).toBeUndefined();
      db.close();

      // Words, typed words and speakers are found as v5 found them, newest first.
      const sample = termsOf(file.quotes[10]!.text);
      for (const query of [`${sample[0]} `, `${sample[1]} ${sample[0]!.slice(0, 3)}`, `${sample[0]} ${sample[2]} `, sample[1]!.slice(0, 2)]) {
        const typed = !query.endsWith(' ');
        const ws = termsOf(query);
        const last = typed ? ws.pop()! : null;
        const expected = [...file.quotes].sort(newestFirst).filter((x) => {
          const terms = termsOf(x.text, x.speaker, x.role);
          return ws.every((w) => terms.includes(w)) && (last === null || terms.some((t) => t.startsWith(last)));
        }).map((x) => `${x.url}#${x.index}`);
        expect(expected.length).toBeGreaterThan(0);
        const found = await store.searchQuotes({ query, offset: 0, limit: 5000 });
        expect({ query, ids: found.hits.map((h) => h.id), total: found.total }).toEqual({ query, ids: expected, total: expected.length });
      }
      const speaker = file.quotes.find((x) => x.speaker)!.speaker!;
      expect((await store.speakerQuotes(speaker)).total).toBe(file.quotes.filter((x) => x.speaker === speaker).length);
      const spoken = await store.searchQuotes({ query: '', speaker, offset: 0, limit: 5000 });
      expect(spoken.hits.map((h) => h.id)).toEqual([...file.quotes].sort(newestFirst).filter((x) => x.speaker === speaker).map((x) => `${x.url}#${x.index}`));
      // Nothing of what v5 could read changed; the bad group's quote is still reported, not dropped.
      const byId = (a: ExportedQuote, b: ExportedQuote) => (a.url < b.url ? -1 : a.url > b.url ? 1 : a.index - b.index);
      const exported = await store.exportHistory();
      expect([...exported.quotes].sort(byId)).toEqual([...file.quotes].sort(byId));
      expect(exported.visits).toHaveLength(file.visits.length);
      expect(store.bad.map((b) => b.key)).toEqual(['https://bad.example/a#0']);
      // Deleting an article takes its search rows with it.
      await store.deleteVisit(q.url);
      const after = await openDB('quotelens');
      expect(await after.get('words', [-q.savedAt, q.url])).toBeUndefined();
      after.close();
    });

    it('a failure midway through the upgrade leaves the v5 database as it was', async () => {
      await makeV5();
      // The disk fills up in the second batch of search rows.
      await upgradeFailingAt('words', 600);

      const db = await openDB('quotelens');
      expect(db.version).toBe(5);
      expect([...db.objectStoreNames].sort()).toEqual(['groups', 'meta', 'visits']);
      expect([...db.transaction('groups').store.indexNames].sort()).toEqual(['by-size', 'by-speaker', 'by-term', 'by-url']);
      expect(await db.count('groups')).toBe(file.visits.length + 1);
      db.close();
      // With room again, the upgrade runs whole.
      store = testStore();
      expect(await store.counts()).toEqual({ visits: file.visits.length, quotes: file.quotes.length + 1 });
      expect((await store.searchQuotes({ query: `${termsOf(file.quotes[0]!.text)[0]} `, offset: 0, limit: 5 })).hits.length).toBeGreaterThan(0);
    });
  });
});
