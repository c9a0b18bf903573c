// Rows in and out: what an analysis becomes when saved, and the zod gate every row read passes through.
import { QuoteRowSchema, VisitSchema, describeIssues, type PageAnalysis, type QuoteRow, type Visit } from '../model';
import type { StoredQuote, StoredVisit } from './schema';
import { postingsOf } from './postings';
import { speakerKey, termsOf, visitTerms } from './text';

/** Called for every stored row that fails its schema: it is skipped, the rest still shows. */
export type BadRowReporter = (store: 'visits' | 'quotes' | 'meta', key: unknown, problem: string) => void;

export const quoteId = (url: string, index: number) => `${url}#${index}`;
/** The article URL a quote id was made from (the inverse of quoteId's first half). */
export const urlOfQuoteId = (id: string) => id.slice(0, id.lastIndexOf('#'));

export function toStoredVisit(v: Visit): StoredVisit {
  return { ...v, terms: visitTerms(v.title, v.siteName, v.url), recency: -v.lastSeen };
}

export function toStoredQuote(q: QuoteRow): StoredQuote {
  return { ...q, postings: postingsOf(q.terms, q.savedAt) };
}

export function visitFromAnalysis(a: PageAnalysis, previous: Visit | null, now: number): Visit {
  return {
    url: a.url,
    title: a.title?.trim() || a.url,
    byline: a.byline,
    published: a.published,
    siteName: a.siteName,
    lang: a.lang,
    keyPoints: a.keyPoints,
    summary: a.summary,
    summarySource: a.summarySource,
    quoteCount: a.quotes.length,
    wordCount: a.wordCount,
    firstSeen: previous ? Math.min(previous.firstSeen, now) : now,
    lastSeen: previous ? Math.max(previous.lastSeen, now) : now,
  };
}

export function toQuoteRow(q: { url: string; index: number; text: string; speaker: string | null; role: string | null; block: number; savedAt: number }): QuoteRow {
  return {
    id: quoteId(q.url, q.index),
    url: q.url,
    index: q.index,
    text: q.text,
    speaker: q.speaker,
    role: q.role,
    block: q.block,
    speakerKey: speakerKey(q.speaker),
    terms: termsOf(q.text, q.speaker, q.role),
    savedAt: q.savedAt,
  };
}

export function readVisit(raw: unknown, report: BadRowReporter): Visit | null {
  const r = VisitSchema.safeParse(raw);
  if (r.success) return r.data;
  report('visits', (raw as { url?: unknown } | null)?.url, describeIssues(r.error));
  return null;
}

export function readQuote(raw: unknown, report: BadRowReporter): QuoteRow | null {
  const r = QuoteRowSchema.safeParse(raw);
  if (r.success) return r.data;
  report('quotes', (raw as { id?: unknown } | null)?.id, describeIssues(r.error));
  return null;
}

/** The time a quote is dated by in lookups: the article's publication date when it has one, else when it was saved. */
export function articleTime(published: string | null, savedAt: number): number {
  const t = published ? Date.parse(published) : NaN;
  return Number.isFinite(t) ? t : savedAt;
}
