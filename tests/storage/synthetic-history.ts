// A deterministic synthetic history (a Quotelens export file) of any size, for scale tests and for the
// in-browser benchmark: word frequencies follow a Zipf-like curve, as in real text, so some words are rare and
// some are in every other quote. Same seed, same file.
import { HISTORY_FORMAT, HISTORY_FORMAT_VERSION, type ExportedQuote, type HistoryExport, type Visit } from '@/lib/model';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'sul', 'der', 'pa', 'ni', 'gor', 'bel', 'tu', 'ram', 'ces', 'fi'];

export interface SyntheticOptions {
  articles: number;
  quotesPerArticle: number;
  seed?: number;
  vocabulary?: number;
  speakers?: number;
  sites?: number;
  /** Epoch ms of the first visit; one visit per minute after it. */
  start?: number;
}

export function syntheticHistory(o: SyntheticOptions): HistoryExport {
  const random = rng(o.seed ?? 1);
  const word = (i: number) => {
    let w = '';
    for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
    return w;
  };
  const vocab = Array.from({ length: o.vocabulary ?? 5_000 }, (_, i) => word(i));
  // Zipf: index ~ vocab.length ** u - 1 makes low indexes common and high ones rare.
  const pick = () => vocab[Math.min(vocab.length - 1, Math.floor(vocab.length ** random()) - 1)]!;
  const speakers = Array.from({ length: o.speakers ?? 500 }, (_, i) => `${word(i + 7)} ${word(i * 3 + 11)}`.replace(/^./, (c) => c.toUpperCase()));
  const sites = Array.from({ length: o.sites ?? 40 }, (_, i) => `${word(i + 100)}.example`);
  const start = o.start ?? Date.UTC(2025, 0, 1);
  const visits: Visit[] = [];
  const quotes: ExportedQuote[] = [];
  for (let a = 0; a < o.articles; a++) {
    const site = sites[Math.floor(random() * sites.length)]!;
    const url = `https://${site}/news/${a}`;
    const seen = start + a * 60_000;
    visits.push({
      url, title: Array.from({ length: 6 }, pick).join(' '), byline: null,
      published: new Date(seen - 3_600_000).toISOString(), siteName: site.replace('.example', ' News'), lang: 'en',
      keyPoints: [], summary: [Array.from({ length: 20 }, pick).join(' ')], summarySource: 'extractive',
      quoteCount: o.quotesPerArticle, wordCount: 800, firstSeen: seen, lastSeen: seen,
    });
    for (let i = 0; i < o.quotesPerArticle; i++) {
      const length = 8 + Math.floor(random() * 25);
      const speaker = random() < 0.85 ? speakers[Math.floor(speakers.length ** random()) - 1] ?? speakers[0]! : null;
      quotes.push({ url, index: i, text: Array.from({ length }, pick).join(' '), speaker, role: speaker && random() < 0.5 ? 'minister' : null, block: i * 2, savedAt: seen });
    }
  }
  return { format: HISTORY_FORMAT, version: HISTORY_FORMAT_VERSION, exportedAt: new Date(start).toISOString(), visits, quotes };
}
