// Rows in and out: what an analysis becomes when saved, and the zod gate every row read passes through.
import { QuoteRowSchema, VisitSchema, describeIssues, type PageAnalysis, type QuoteRow, type Visit } from '../model';
import { z } from '../model/zod';
import type { GroupQuote, StoredGroup, StoredVisit, StoredWords } from './schema';
import { speakerKey, termsOf, visitTerms } from './text';

/** Called for every stored row that fails its schema: it is skipped, the rest still shows. */
export type BadRowReporter = (store: 'visits' | 'quotes' | 'meta', key: unknown, problem: string) => void;

export const quoteId = (url: string, index: number) => `${url}#${index}`;
/** The article URL a quote id was made from (the inverse of quoteId's first half). */
export const urlOfQuoteId = (id: string) => id.slice(0, id.lastIndexOf('#'));

/** Quotes by article URL, then in their order on the page. */
export const byArticle = (a: { url: string; index: number }, b: { url: string; index: number }) =>
  (a.url < b.url ? -1 : a.url > b.url ? 1 : a.index - b.index);

export function toStoredVisit(v: Visit): StoredVisit {
  return { ...v, terms: visitTerms(v.title, v.siteName, v.url), recency: -v.lastSeen };
}

/** A saved article's group row and its search row (schema.ts), written and deleted together. */
export interface StoredRows {
  group: StoredGroup;
  words: StoredWords;
}

/**
 * The rows of quotes of one URL saved at one time (the caller groups them), in their order on the page: the group
 * holds what is shown, the search row what a search checks (each quote's words as positions in the group's words,
 * one character each, and its speaker).
 */
function rowsOfSave(url: string, savedAt: number, quotes: readonly QuoteRow[]): StoredRows {
  const sorted = [...quotes].sort((a, b) => a.index - b.index);
  const terms = new Map<string, number>();
  const speakers = new Set<string>();
  for (const q of sorted) {
    for (const t of q.terms) if (!terms.has(t)) terms.set(t, terms.size);
    if (q.speakerKey !== '') speakers.add(q.speakerKey);
  }
  return {
    group: {
      url,
      t: -savedAt,
      quotes: sorted.map((q) => ({ index: q.index, text: q.text, speaker: q.speaker, role: q.role, block: q.block, speakerKey: q.speakerKey })),
      size: sorted.length,
      speakers: [...speakers],
    },
    words: {
      url,
      t: -savedAt,
      terms: [...terms.keys()],
      w: sorted.map((q) => String.fromCharCode(...q.terms.map((t) => terms.get(t)!))),
      who: sorted.map((q) => q.speakerKey),
    },
  };
}

/** The rows of one article's quotes: a group and its search row per time its quotes were saved. */
export function toStoredRows(url: string, quotes: readonly QuoteRow[]): StoredRows[] {
  const bySavedAt = new Map<number, QuoteRow[]>();
  for (const q of quotes) {
    const list = bySavedAt.get(q.savedAt);
    if (list) list.push(q);
    else bySavedAt.set(q.savedAt, [q]);
  }
  return [...bySavedAt].map(([savedAt, list]) => rowsOfSave(url, savedAt, list));
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

const GroupHeadSchema = z.object({ url: z.string(), t: z.number(), quotes: z.array(z.unknown()) });
const GroupQuoteSchema = z.omit(QuoteRowSchema, { id: true, url: true, savedAt: true, terms: true });

/** A saved quote as read back from its group (its search words are in the group's search row). */
export type SavedQuote = Omit<QuoteRow, 'terms'>;

export interface GroupHead {
  url: string;
  savedAt: number;
  quotes: unknown[];
}

/** A raw group row's URL, time and quotes, or null (reported) when it is not a group row. */
export function readGroupHead(raw: unknown, report: BadRowReporter): GroupHead | null {
  const r = GroupHeadSchema.safeParse(raw);
  if (r.success) return { url: r.data.url, savedAt: -r.data.t, quotes: r.data.quotes };
  const url = (raw as { url?: unknown } | null)?.url;
  report('quotes', typeof url === 'string' ? url : undefined, describeIssues(r.error));
  return null;
}

/** A search row's fields, their shapes checked (their items are checked as they are used). */
export interface SearchRowHead {
  url: string;
  t: number;
  terms: unknown[];
  w: unknown[];
  who: unknown[];
}

/**
 * A raw search row (schema.ts StoredWords), or null (reported) when it is not one. It is derived from its group when
 * written, so one that is not what it should be is skipped, by the index path and by the search memory alike.
 */
export function readSearchRow(raw: unknown, report: BadRowReporter): SearchRowHead | null {
  const r = raw as Partial<Record<keyof StoredWords, unknown>> | null;
  if (r && typeof r.url === 'string' && typeof r.t === 'number' && Array.isArray(r.terms) && Array.isArray(r.w) && Array.isArray(r.who)) {
    return r as SearchRowHead;
  }
  report('quotes', r && typeof r === 'object' ? [r.t, r.url] : null, 'unreadable search row');
  return null;
}

/** One quote of a group, checked; null (reported) when it fails its schema. */
export function readGroupQuote(head: GroupHead, raw: unknown, report: BadRowReporter): SavedQuote | null {
  const r = GroupQuoteSchema.safeParse(raw);
  if (r.success) return { id: quoteId(head.url, r.data.index), url: head.url, savedAt: head.savedAt, ...r.data };
  const index = (raw as { index?: unknown } | null)?.index;
  report('quotes', typeof index === 'number' ? quoteId(head.url, index) : head.url, describeIssues(r.error));
  return null;
}

/**
 * Every readable quote of a raw group row that `keep` lets through (checked on the stored quote, before it is
 * parsed), in their order on the page; the others are reported and skipped.
 */
export function readGroup(raw: unknown, report: BadRowReporter, keep?: (q: RawGroupQuote | null) => boolean): SavedQuote[] {
  const head = readGroupHead(raw, report);
  if (!head) return [];
  const out: SavedQuote[] = [];
  for (const q of head.quotes) {
    if (keep && !keep(q as RawGroupQuote | null)) continue;
    const row = readGroupQuote(head, q, report);
    if (row) out.push(row);
  }
  return out;
}

/** A quote as stored in its group, before it is checked: what search filters look at on raw rows. */
export type RawGroupQuote = Partial<Record<keyof GroupQuote, unknown>>;

/** The time a quote is dated by in lookups: the article's publication date when it has one, else when it was saved. */
export function articleTime(published: string | null, savedAt: number): number {
  const t = published ? Date.parse(published) : NaN;
  return Number.isFinite(t) ? t : savedAt;
}
