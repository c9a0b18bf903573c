import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_FORMAT, HISTORY_FORMAT_VERSION, type HistoryExport } from '@/lib/model';
import { ImportError } from '@/lib/storage';
import { article, freshIndexedDB, quote, testStore, type TestStore } from './helpers';

let store: TestStore;
beforeEach(async () => {
  freshIndexedDB();
  store = testStore();
  await store.saveAnalysis(article('https://planet.example/a', {
    title: 'Budget vote', siteName: 'Daily Planet', published: '2024-03-01T10:00:00Z', keyPoints: ['One', 'Two'],
    summarySource: 'key-points', quotes: [quote('We will not raise taxes', 'José Álvarez', 'Finance Minister', 3), quote('No comment', null, null, 7)],
  }), 1000);
  await store.saveAnalysis(article('https://courier.example/b', { title: 'Taxes again', quotes: [quote('Families deserve lower taxes', 'Jose Alvarez')] }), 2000);
});
afterEach(() => store.close());

const NOW = new Date('2026-01-02T03:04:05Z');

describe('export', () => {
  it('writes a versioned, complete document', async () => {
    const file = await store.exportHistory(NOW);
    expect(file).toMatchObject({ format: HISTORY_FORMAT, version: HISTORY_FORMAT_VERSION, exportedAt: '2026-01-02T03:04:05.000Z' });
    expect(file.visits.map((v) => v.url)).toEqual(['https://courier.example/b', 'https://planet.example/a']);
    expect(file.quotes).toContainEqual({ url: 'https://planet.example/a', index: 0, text: 'We will not raise taxes', speaker: 'José Álvarez', role: 'Finance Minister', block: 3, savedAt: 1000 });
    expect(file.quotes).toHaveLength(3);
  });

  it('round-trips exactly through a fresh database', async () => {
    const first = await store.exportHistory(NOW);
    await store.close();
    freshIndexedDB();
    store = testStore();
    const progress: Array<[number, number]> = [];
    expect(await store.importHistory(JSON.stringify(first), (p) => progress.push([p.done, p.total]))).toEqual({ added: 2, updated: 0 });
    expect(progress.at(0)).toEqual([0, 2]);
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(await store.exportHistory(NOW)).toEqual(first);
    // Imported rows are fully indexed.
    expect((await store.searchQuotes({ query: 'alvarez tax', offset: 0, limit: 10 })).total).toBe(2);
    expect((await store.listHistory({ query: 'planet', offset: 0, limit: 10 })).total).toBe(1);
  });

  it('re-importing the same file updates, never duplicates', async () => {
    const file = JSON.stringify(await store.exportHistory(NOW));
    expect(await store.importHistory(file)).toEqual({ added: 0, updated: 2 });
    expect(await store.counts()).toEqual({ visits: 2, quotes: 3 });
  });

  it('merges: the more recently seen side wins, the earliest first-seen is kept', async () => {
    const file = await store.exportHistory(NOW);
    const newer: HistoryExport = {
      ...file,
      visits: [
        { ...file.visits.find((v) => v.url === 'https://planet.example/a')!, title: 'Budget vote (updated)', firstSeen: 500, lastSeen: 9000, quoteCount: 1 },
        { ...file.visits[0]!, url: 'https://new.example/c', title: 'Brand new' },
      ],
      quotes: [{ url: 'https://planet.example/a', index: 0, text: 'A different quote now', speaker: null, role: null, block: 1, savedAt: 9000 }],
    };
    expect(await store.importHistory(JSON.stringify(newer))).toEqual({ added: 1, updated: 1 });
    const a = (await store.listHistory({ query: 'budget', offset: 0, limit: 5 })).items[0];
    expect(a).toMatchObject({ title: 'Budget vote (updated)', firstSeen: 500, lastSeen: 9000 });
    expect((await store.searchQuotes({ query: 'different', offset: 0, limit: 5 })).total).toBe(1);
    expect((await store.searchQuotes({ query: 'raise', offset: 0, limit: 5 })).total).toBe(0);

    const older: HistoryExport = { ...file, visits: [{ ...file.visits[0]!, title: 'Stale title', firstSeen: 10, lastSeen: 20 }], quotes: [] };
    expect(await store.importHistory(JSON.stringify(older))).toEqual({ added: 0, updated: 1 });
    const b = (await store.listHistory({ query: 'taxes', offset: 0, limit: 5 })).items[0];
    expect(b).toMatchObject({ title: 'Taxes again', firstSeen: 10, lastSeen: 2000 });
    expect((await store.searchQuotes({ query: 'families', offset: 0, limit: 5 })).total).toBe(1);
  });

  it('keeps the counts true through a clear and imports that add, replace and keep articles', async () => {
    const file = await store.exportHistory(NOW);
    expect(await store.counts()).toEqual({ visits: 2, quotes: 3 });
    await store.clearAll();
    expect(await store.counts()).toEqual({ visits: 0, quotes: 0 });
    await store.importHistory(JSON.stringify(file));
    expect(await store.counts()).toEqual({ visits: 2, quotes: 3 });
    // One article comes back newer with fewer quotes, one older (kept as it is), one is new.
    const next: HistoryExport = {
      ...file,
      visits: [
        { ...file.visits.find((v) => v.url === 'https://planet.example/a')!, lastSeen: 9000, quoteCount: 1 },
        { ...file.visits.find((v) => v.url === 'https://courier.example/b')!, lastSeen: 1 },
        { ...file.visits[0]!, url: 'https://new.example/c' },
      ],
      quotes: [
        { url: 'https://planet.example/a', index: 0, text: 'Only one quote now', speaker: null, role: null, block: 1, savedAt: 9000 },
        { url: 'https://new.example/c', index: 0, text: 'New one', speaker: null, role: null, block: 1, savedAt: 9000 },
        { url: 'https://new.example/c', index: 1, text: 'New two', speaker: null, role: null, block: 2, savedAt: 9000 },
      ],
    };
    await store.importHistory(JSON.stringify(next));
    // The counts the store keeps between its own writes agree with a count read afresh.
    expect(await store.counts()).toEqual({ visits: 3, quotes: 4 });
    expect(await testStore().counts()).toEqual({ visits: 3, quotes: 4 });
  });
});

describe('import rejection leaves the history untouched', () => {
  const valid = async () => store.exportHistory(NOW);
  const cases: Array<[string, (f: HistoryExport) => string, RegExp]> = [
    ['not JSON', () => '{"format": "quotelens-history", ', /not JSON/],
    ['a foreign file', () => JSON.stringify({ format: 'pocket-export', items: [] }), /not a Quotelens history.*pocket-export/],
    ['an array', () => '[]', /not a Quotelens history/],
    ['a newer version', (f) => JSON.stringify({ ...f, version: HISTORY_FORMAT_VERSION + 1 }), /newer Quotelens/],
    ['a bad row', (f) => JSON.stringify({ ...f, visits: [{ ...f.visits[0], lastSeen: 'yesterday' }, ...f.visits.slice(1)] }), /visits\.0\.lastSeen: expected number/],
    ['an orphan quote', (f) => JSON.stringify({ ...f, quotes: [...f.quotes, { ...f.quotes[0], url: 'https://nowhere.example/' }] }), /not among the file's articles/],
    ['a duplicate article', (f) => JSON.stringify({ ...f, visits: [...f.visits, f.visits[0]] }), /appears twice/],
  ];
  for (const [name, make, message] of cases) {
    it(`refuses ${name} with a message saying why`, async () => {
      const before = await valid();
      const text = make(before);
      await store.clearAll();
      await store.saveAnalysis(article('https://only.example/x', { quotes: [quote('still here')] }), 50);
      const snapshot = await store.exportHistory(NOW);
      const err = await store.importHistory(text).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect((err as Error).message).toMatch(/^Import refused, history unchanged: /);
      expect((err as Error).message).toMatch(message);
      expect(await store.exportHistory(NOW)).toEqual(snapshot);
    });
  }
});
