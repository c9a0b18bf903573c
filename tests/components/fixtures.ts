// Sample data for the UI tests: shaped by the model's schemas (parsed here, so a schema change breaks loudly).
import { PageAnalysisSchema, QuoteHitSchema, VisitSchema, type PageAnalysis, type QuoteHit, type Visit } from '@/lib/model';
import type { TabState } from '@/lib/client/types';

export const ARTICLE_URL = 'https://news.example/world/ceasefire-call';

export function analysis(over: Partial<PageAnalysis> = {}): PageAnalysis {
  return PageAnalysisSchema.parse({
    url: ARTICLE_URL,
    isArticle: true,
    title: 'Leaders confirm call on ceasefire',
    byline: 'A. Writer',
    published: '2025-03-18T14:32:07+00:00',
    siteName: 'Example News',
    lang: 'en',
    keyPoints: ['Talks: the two sides discuss a truce.', 'Doubts: critics question the terms.'],
    summary: ['Talks: the two sides discuss a truce.', 'Doubts: critics question the terms.'],
    summarySource: 'key-points',
    quotes: [
      { text: 'We have never been closer to peace.', speaker: 'Karoline Leavitt', role: 'White House press secretary', block: 1 },
      { text: 'The ball is now in their court.', speaker: 'Tammy Bruce', role: 'State Department spokesperson', block: 3 },
      { text: 'We are very close.', speaker: 'Karoline Leavitt', role: null, block: 5 },
      { text: 'Nobody knows yet.', speaker: null, role: null, block: 6 },
    ],
    text: 'Body.',
    wordCount: 1,
    ...over,
  });
}

export function articleState(a: PageAnalysis = analysis()): TabState {
  return { status: 'ready', page: { url: a.url, detection: { isArticle: a.isArticle, score: 3, reasons: [] }, analysis: a } };
}

export function skippedState(url = 'https://news.example/'): TabState {
  return { status: 'ready', page: { url, detection: { isArticle: false, score: 0, reasons: [] }, analysis: null } };
}

export function visit(n: number, over: Partial<Visit> = {}): Visit {
  return VisitSchema.parse({
    url: `https://site${n}.example/story-${n}`,
    title: `Story number ${n}`,
    byline: null,
    published: null,
    siteName: `Site ${n}`,
    lang: 'en',
    keyPoints: [],
    summary: [],
    summarySource: 'none',
    quoteCount: n,
    wordCount: 100,
    firstSeen: 1_700_000_000_000 + n * 1000,
    lastSeen: 1_700_000_000_000 + n * 1000,
    ...over,
  });
}

export function hit(n: number, over: Partial<QuoteHit> = {}): QuoteHit {
  return QuoteHitSchema.parse({
    id: `${ARTICLE_URL}#${n}`,
    text: `Quote number ${n}`,
    speaker: 'Karoline Leavitt',
    role: 'White House press secretary',
    url: ARTICLE_URL,
    title: 'Leaders confirm call on ceasefire',
    siteName: 'Example News',
    published: '2025-03-18T14:32:07+00:00',
    savedAt: 1_700_000_000_000 + n,
    ...over,
  });
}
