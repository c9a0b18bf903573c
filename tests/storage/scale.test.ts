// Search on a history large enough for every path, checked against a brute-force reading of the same file: walking
// a word's newest-first list, reading a rare typed word whole, walking the timeline must all give the same answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryExport } from '@/lib/model';
import { createHistoryStore, termsOf, type HistoryStore, type SearchOptions } from '@/lib/storage';
import { syntheticHistory } from './synthetic-history';
import { freshIndexedDB } from './helpers';
import { KEYS_PER_TERM } from '@/lib/storage/term-query';

let store: HistoryStore;
let file: HistoryExport;
beforeAll(async () => {
  freshIndexedDB();
  store = createHistoryStore();
  file = syntheticHistory({ articles: 800, quotesPerArticle: 8, vocabulary: 400, speakers: 40, sites: 5, seed: 7 });
  await store.importHistory(JSON.stringify(file));
}, 60_000);
afterAll(() => store.close());

/** Every quote matching, straight from the file: all exact words, and a word starting with the prefix. */
function bruteForce(exact: string[], prefix: string | null, from?: number) {
  const visits = new Map(file.visits.map((v) => [v.url, v]));
  return file.quotes
    .filter((q) => {
      const terms = termsOf(q.text, q.speaker, q.role);
      const v = visits.get(q.url)!;
      return exact.every((w) => terms.includes(w)) && (prefix === null || terms.some((t) => t.startsWith(prefix))) &&
        (from === undefined || Date.parse(v.published!) >= from);
    })
    .sort((a, b) => b.savedAt - a.savedAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : a.index - b.index))
    .map((q) => `${q.url}#${q.index}`);
}

async function ids(o: Omit<SearchOptions, 'offset' | 'limit'>, offset = 0, limit = 25) {
  const r = await store.searchQuotes({ ...o, offset, limit });
  return { ids: r.hits.map((h) => h.id), total: r.total };
}

/** Words by how many quotes hold them. */
function wordsByFrequency(): string[] {
  const n = new Map<string, number>();
  for (const q of file.quotes) for (const t of termsOf(q.text)) n.set(t, (n.get(t) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

describe('search at scale agrees with brute force', () => {
  it('a word in more quotes than are ever listed (walks the time index, checking rows), paged', async () => {
    const common = wordsByFrequency()[0]!;
    const expected = bruteForce([common], null);
    expect(expected.length).toBeGreaterThan(KEYS_PER_TERM);
    const p1 = await ids({ query: `${common} ` });
    // Too common to count without reading every row: the total is extrapolated from the part walked.
    expect(p1.total).toBeGreaterThan(expected.length * 0.5);
    expect(p1.total).toBeLessThan(expected.length * 1.5);
    expect(p1.ids).toEqual(expected.slice(0, 25));
    const p3 = await ids({ query: `${common} ` }, 50);
    expect(p3.ids).toEqual(expected.slice(50, 75));
  });

  it('two common words intersect (narrow path)', async () => {
    const [a, , , b] = wordsByFrequency();
    const expected = bruteForce([a!, b!], null);
    const r = await ids({ query: `${b} ${a} ` }, 0, 5000);
    expect(r.ids).toEqual(expected);
    expect(r.total).toBe(expected.length);
  });

  it('a rare word with a prefix being typed', async () => {
    const all = wordsByFrequency();
    const rare = all[Math.floor(all.length * 0.6)]!;
    const prefix = all[1]!.slice(0, 3);
    const expected = bruteForce([rare], prefix);
    const r = await ids({ query: `${rare} ${prefix}` }, 0, 5000);
    expect(r.ids).toEqual(expected);
  });

  it('a common word with a rare word being typed (read whole through the typed word, sorted)', async () => {
    const all = wordsByFrequency();
    const common = all[0]!;
    const typedWord = all.slice(Math.floor(all.length * 0.5)).find((w) => w.length >= 6)!;
    for (const typed of [typedWord.slice(0, 5), typedWord]) {
      const expected = bruteForce([common], typed);
      const r = await ids({ query: `${common} ${typed}` }, 0, 5000);
      expect(r.ids).toEqual(expected);
      expect(r.total).toBe(expected.length);
      const alone = bruteForce([], typed);
      expect(alone.length).toBeGreaterThan(60);
      const page2 = await ids({ query: typed }, 3, 4);
      expect(page2.ids).toEqual(alone.slice(3, 7));
      // In more articles than are read whole for one page: counted from the share of its articles read.
      expect(page2.total).toBeGreaterThanOrEqual(Math.round(alone.length * 0.75));
      expect(page2.total).toBeLessThanOrEqual(Math.round(alone.length * 1.25));
    }
  });

  it('common words with a common word being typed that starts few words (lists joined by keys, newest first)', async () => {
    const all = wordsByFrequency();
    const vocabulary = new Set(file.quotes.flatMap((q) => termsOf(q.text, q.speaker, q.role)));
    const starts = (p: string) => [...vocabulary].filter((w) => w.startsWith(p)).length;
    // In most articles, yet the start of only a few words.
    const typedWords = all.slice(0, 60).filter((w) => w.length >= 4 && starts(w) <= 4).slice(0, 3);
    expect(typedWords.length).toBeGreaterThan(0);
    for (const typed of typedWords) {
      for (const words of [[all[0]!], [all[5]!], [all[2]!, all[9]!]]) {
        if (words.includes(typed)) continue;
        const expected = bruteForce(words, typed);
        const query = `${words.join(' ')} ${typed}`;
        const whole = await ids({ query }, 0, 5000);
        expect({ query, ids: whole.ids }).toEqual({ query, ids: expected });
        expect(whole.total).toBe(expected.length);
        const p2 = await ids({ query }, 25, 25);
        expect(p2.ids).toEqual(expected.slice(25, 50));
        expect(p2.total).toBeGreaterThanOrEqual(Math.min(expected.length, 50));
      }
    }
  }, 60_000);

  it('a typed word whose start is common but which is itself common too (walks the start list)', async () => {
    const all = wordsByFrequency();
    const typed = all.find((w) => w.length >= 5 && bruteForce([], w).length > 600)!;
    expect(typed).toBeDefined();
    const expected = bruteForce([], typed);
    const r = await ids({ query: typed }, 0, 30);
    expect(r.ids).toEqual(expected.slice(0, 30));
  });

  it('a broad search filtered by date', async () => {
    const common = wordsByFrequency()[0]!;
    const from = Date.parse(file.visits[700]!.published!);
    const expected = bruteForce([common], null, from);
    const r = await ids({ query: `${common} `, from });
    expect(r.ids).toEqual(expected.slice(0, 25));
  });

  it('the newest quotes with no words at all', async () => {
    const r = await ids({ query: '' }, 10, 5);
    expect(r.total).toBe(file.quotes.length);
    expect(r.ids).toEqual(bruteForce([], null).slice(10, 15));
  });
});
