// The answer every quote search must give, read straight from an exported history: every matching quote, newest first.
import type { HistoryExport } from '@/lib/model';
import { termsOf, type SearchOptions } from '@/lib/storage';
import { speakerKey } from '@/lib/storage/text';
import { articleTime } from '@/lib/storage/rows';
import { siteMatches } from '@/lib/storage/quote-hits';
import { parseQuery } from '@/lib/storage/term-query';

export type Filters = Omit<SearchOptions, 'query' | 'offset' | 'limit'>;

/** The ids of every quote of `file` matching `query` and the filters, newest first. */
export function bruteForce(file: HistoryExport, query: string, o: Filters = {}): string[] {
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
export function readerQueries(file: HistoryExport, n = 90): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n && file.quotes.length > 0; i++) {
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
