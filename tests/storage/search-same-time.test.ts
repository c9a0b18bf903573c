// An import may give thousands of quotes one savedAt: a search that walks past them must still finish.
import { it, expect } from 'vitest';
import { freshIndexedDB, testStore } from './helpers';

it('a date-filtered search over >2000 quotes sharing one savedAt terminates', async () => {
  freshIndexedDB();
  const store = testStore();
  const visits: unknown[] = [], quotes: unknown[] = [];
  for (let a = 0; a < 50; a++) {
    const url = `https://x.example/${a}`;
    visits.push({ url, title: 't'+a, byline: null, published: null, siteName: null, lang: 'en', keyPoints: [], summary: [], summarySource: 'none', quoteCount: 50, wordCount: 1, firstSeen: 5, lastSeen: 5 });
    for (let i = 0; i < 50; i++) quotes.push({ url, index: i, text: `alpha words number ${i}`, speaker: null, role: null, block: 0, savedAt: 5 });
  }
  const file = JSON.stringify({ format: 'quotelens-history', version: 1, exportedAt: new Date().toISOString(), visits, quotes });
  await store.importHistory(file);
  const r = await Promise.race([
    store.searchQuotes({ query: 'alpha', from: 10, offset: 0, limit: 20 }),
    new Promise((res) => setTimeout(() => res('TIMEOUT'), 8000)),
  ]);
  expect(r).not.toBe('TIMEOUT');
  // Nothing was published or saved after time 10.
  expect((r as { total: number }).total).toBe(0);
});
