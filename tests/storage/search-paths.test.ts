// Every way a quote search can be answered (words listed whole by keys and intersected, a word being typed read word
// by word through its index keys, a common word walked row by row, the timeline) checked against a brute-force
// reading of the same history, over a mix of queries like the ones readers type, with filters and later pages. The
// history has runs of articles saved at the same instant (as an import gives) and articles revisited with some
// quotes kept from the first save (an article in more than one group). Every check runs twice: through the word
// index, and from the search rows held in memory (the background's way once loaded), whose counts are exact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryExport } from '@/lib/model';
import { createHistoryStore, termsOf, type HistoryStore } from '@/lib/storage';
import { bruteForce, readerQueries, type Filters } from './brute-force';
import { syntheticHistory } from './synthetic-history';
import { article, freshIndexedDB, quote } from './helpers';

let store: HistoryStore;
/** A second store on the same database, answering from memory. */
let held: HistoryStore;
let file: HistoryExport;
beforeAll(async () => {
  freshIndexedDB();
  store = createHistoryStore();
  // A vocabulary large enough for rare words and for starts shared by a few words or by many.
  const made = syntheticHistory({ articles: 700, quotesPerArticle: 8, vocabulary: 2_500, speakers: 60, sites: 6, seed: 11 });
  // Sixty articles saved at one instant: walks must get past a run of groups sharing an index key.
  const same = made.visits[200]!.lastSeen;
  const run = new Set(made.visits.slice(200, 260).map((v) => v.url));
  made.visits = made.visits.map((v) => (run.has(v.url) ? { ...v, firstSeen: same, lastSeen: same } : v));
  made.quotes = made.quotes.map((q) => (run.has(q.url) ? { ...q, savedAt: same } : q));
  await store.importHistory(JSON.stringify(made));
  // Forty articles seen again later: half their quotes are still there (they keep their first date), one is new.
  const later = made.visits.at(-1)!.lastSeen;
  for (let i = 0; i < 40; i++) {
    const v = made.visits[(i * 17) % made.visits.length]!;
    const kept = made.quotes.filter((q) => q.url === v.url && q.index % 2 === 0);
    const fresh = made.quotes[(i * 7_919 + 3) % made.quotes.length]!;
    await store.saveAnalysis(article(v.url, {
      title: v.title, siteName: v.siteName, published: v.published,
      quotes: [quote(`${fresh.text} again`, fresh.speaker, fresh.role), ...kept.map((q) => quote(q.text, q.speaker, q.role, q.block))],
    }), later + (i + 1) * 60_000);
  }
  // The history as saved, to check every answer against.
  file = await store.exportHistory();
  expect(file.quotes.filter((q) => q.savedAt > later)).toHaveLength(40);
  held = createHistoryStore({ searchMemory: true });
  await held.warmSearch();
  expect(held.searchMemoryStats()).toMatchObject({ state: 'ready', groups: 740 });
}, 120_000);
afterAll(async () => { await store.close(); await held.close(); });

type Options = Filters;

const queries = () => readerQueries(file);

let via: 'index' | 'memory' = 'index';

async function check(query: string, o: Options, offset: number, limit: number) {
  const expected = bruteForce(file, query, o);
  const r = await (via === 'memory' ? held : store).searchQuotes({ query, ...o, offset, limit });
  expect({ query, o, offset, ids: r.hits.map((h) => h.id) }).toEqual({ query, o, offset, ids: expected.slice(offset, offset + limit) });
  // From memory every match is counted, except with a date filter (answered through the index).
  if (expected.length < offset + limit || (via === 'memory' && o.from === undefined)) {
    // Every match was seen: the count is exact.
    expect({ query, o, total: r.total }).toEqual({ query, o, total: expected.length });
  } else {
    // Counted or extrapolated: never fewer than can be paged to, and of the right size (a date filter is not part
    // of the extrapolation, which spreads the matches found over the whole history).
    expect(r.total, `${query} ${JSON.stringify(o)}`).toBeGreaterThanOrEqual(Math.min(expected.length, offset + limit));
    if (o.from === undefined) expect(r.total, `${query} ${JSON.stringify(o)}`).toBeLessThanOrEqual(expected.length * 4);
  }
}

describe.each(['index', 'memory'] as const)('every search path agrees with brute force (%s)', (mode) => {
  beforeAll(() => { via = mode; });

  it('words, typed words, starts and names, first page', async () => {
    for (const query of queries()) await check(query, {}, 0, 20);
  }, 60_000);

  it('later pages', async () => {
    for (const query of queries().slice(0, 45)) await check(query, {}, 20, 15);
  }, 60_000);

  it('with a site filter', async () => {
    const site = file.visits[3]!.siteName!;
    for (const query of queries().slice(0, 45)) await check(query, { site }, 0, 20);
  }, 60_000);

  it('with a date filter', async () => {
    const from = Date.parse(file.visits[500]!.published!);
    for (const query of queries().slice(0, 45)) await check(query, { from }, 0, 20);
  }, 60_000);

  it('a word in few articles is counted exactly, whatever the page', async () => {
    const n = new Map<string, number>();
    for (const q of file.quotes) for (const t of termsOf(q.text)) n.set(t, (n.get(t) ?? 0) + 1);
    const few = [...n].filter(([w, c]) => c >= 8 && c <= 30 && w.length >= 4).map(([w]) => w).slice(0, 12);
    expect(few.length).toBeGreaterThan(5);
    for (const w of few) {
      for (const query of [w, `${w} `]) {
        const expected = bruteForce(file, query, {});
        if (expected.length > 30) continue;
        const r = await (via === 'memory' ? held : store).searchQuotes({ query, offset: 3, limit: 4 });
        expect({ query, ids: r.hits.map((h) => h.id), total: r.total }).toEqual({ query, ids: expected.slice(3, 7), total: expected.length });
      }
    }
  }, 60_000);

  it('with a speaker filter', async () => {
    const speaker = file.quotes.find((q) => q.speaker !== null)!.speaker!;
    for (const query of ['', ...queries().slice(0, 20)]) await check(query, { speaker }, 0, 20);
  }, 60_000);
});
