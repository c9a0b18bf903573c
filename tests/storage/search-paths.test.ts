// Every way a quote search can be answered (words listed whole by keys and intersected, a word being typed read word
// by word through its index keys, a common word walked row by row, the timeline) checked against a brute-force
// reading of the same file, over a mix of queries like the ones readers type, with filters and later pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryExport } from '@/lib/model';
import { createHistoryStore, termsOf, type HistoryStore, type SearchOptions } from '@/lib/storage';
import { speakerKey } from '@/lib/storage/text';
import { articleTime } from '@/lib/storage/rows';
import { siteMatches } from '@/lib/storage/quote-hits';
import { parseQuery } from '@/lib/storage/term-query';
import { syntheticHistory } from './synthetic-history';
import { freshIndexedDB } from './helpers';

let store: HistoryStore;
let file: HistoryExport;
beforeAll(async () => {
  freshIndexedDB();
  store = createHistoryStore();
  // A vocabulary large enough for rare words and for starts shared by a few words or by many.
  file = syntheticHistory({ articles: 700, quotesPerArticle: 8, vocabulary: 2_500, speakers: 60, sites: 6, seed: 11 });
  await store.importHistory(JSON.stringify(file));
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
    .map((q) => ({ id: `${q.url}#${q.index}`, savedAt: q.savedAt }))
    .sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1))
    .map((q) => q.id);
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

  it('with a speaker filter', async () => {
    const speaker = file.quotes.find((q) => q.speaker !== null)!.speaker!;
    for (const query of ['', ...queries().slice(0, 20)]) await check(query, { speaker }, 0, 20);
  }, 60_000);
});
