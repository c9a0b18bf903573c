// Every way a quote search can be answered (words listed whole by keys and intersected, a word being typed read word
// by word through its index keys, a common word walked row by row, the timeline) checked against a brute-force
// reading of the same history, over a mix of queries like the ones readers type, with filters and later pages. The
// history has runs of articles saved at the same instant (as an import gives) and articles revisited with some
// quotes kept from the first save (an article in more than one group).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryExport } from '@/lib/model';
import { createHistoryStore, termsOf, type HistoryStore, type SearchOptions } from '@/lib/storage';
import { speakerKey } from '@/lib/storage/text';
import { articleTime } from '@/lib/storage/rows';
import { siteMatches } from '@/lib/storage/quote-hits';
import { parseQuery } from '@/lib/storage/term-query';
import { syntheticHistory } from './synthetic-history';
import { article, freshIndexedDB, quote } from './helpers';

let store: HistoryStore;
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
}, 120_000);
afterAll(() => store.close());

type Options = Omit<SearchOptions, 'query' | 'offset' | 'limit'>;

/** Every quote matching, newest first, straight from the file. */
function bruteForce(query: string, o: Options): string[] {
  // The query as the search reads it (parseQuery has its own tests): every exact word, and the word being typed.
  const { exact, prefix } = parseQuery(query);
  const visits = new Map(file.visits.map((v) => [v.url, v]));
  return file.quotes
    .filter((q) => {
      const terms = termsOf(q.text, q.speaker, q.role);
      const v = visits.get(q.url)!;
      const t = articleTime(v.published, q.savedAt);
      return exact.every((w) => terms.includes(w)) && (prefix === null || terms.some((x) => x.startsWith(prefix))) &&
        (o.speaker === undefined || speakerKey(q.speaker) === speakerKey(o.speaker)) &&
        (o.site === undefined || siteMatches(v, o.site)) &&
        (o.from === undefined || t >= o.from) && (o.to === undefined || t <= o.to);
    })
    .sort((a, b) => b.savedAt - a.savedAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : a.index - b.index))
    .map((q) => `${q.url}#${q.index}`);
}

/** Queries as readers type them, from the saved quotes themselves (like the benchmark's mix). */
function queries(): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < 90; i++) {
    const q = file.quotes[(i * 7_919) % file.quotes.length]!;
    const w = q.text.split(' ');
    const speaker = q.speaker ?? w[0]!;
    switch (i % 9) {
      case 0: out.push(w[0]!); break; // a word, still being typed
      case 1: out.push(`${w[w.length - 1]} `); break; // a complete word
      case 2: out.push(`${w[2] ?? w[0]} ${w[1] ?? w[0]}`); break; // a word and a word being typed
      case 3: out.push(w[1]!.slice(0, 3)); break; // three letters
      case 4: out.push(w[1]!.slice(0, 2)); break; // two letters
      case 5: out.push(speaker); break; // a name
      case 6: out.push(`${w[0]} ${w[3] ?? w[1]} `); break; // two complete words
      case 7: out.push(`${w[w.length - 1]} ${w[0]!.slice(0, 4)}`); break;
      default: out.push(`${speaker} ${w[1]!.slice(0, 3)}`);
    }
  }
  return out;
}

async function check(query: string, o: Options, offset: number, limit: number) {
  const expected = bruteForce(query, o);
  const r = await store.searchQuotes({ query, ...o, offset, limit });
  expect({ query, o, offset, ids: r.hits.map((h) => h.id) }).toEqual({ query, o, offset, ids: expected.slice(offset, offset + limit) });
  if (expected.length < offset + limit) {
    // Every match was seen: the count is exact.
    expect({ query, o, total: r.total }).toEqual({ query, o, total: expected.length });
  } else {
    // Counted or extrapolated: never fewer than can be paged to, and of the right size (a date filter is not part
    // of the extrapolation, which spreads the matches found over the whole history).
    expect(r.total, `${query} ${JSON.stringify(o)}`).toBeGreaterThanOrEqual(Math.min(expected.length, offset + limit));
    if (o.from === undefined) expect(r.total, `${query} ${JSON.stringify(o)}`).toBeLessThanOrEqual(expected.length * 4);
  }
}

describe('every search path agrees with brute force', () => {
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
        const expected = bruteForce(query, {});
        if (expected.length > 30) continue;
        const r = await store.searchQuotes({ query, offset: 3, limit: 4 });
        expect({ query, ids: r.hits.map((h) => h.id), total: r.total }).toEqual({ query, ids: expected.slice(3, 7), total: expected.length });
      }
    }
  }, 60_000);

  it('with a speaker filter', async () => {
    const speaker = file.quotes.find((q) => q.speaker !== null)!.speaker!;
    for (const query of ['', ...queries().slice(0, 20)]) await check(query, { speaker }, 0, 20);
  }, 60_000);
});
