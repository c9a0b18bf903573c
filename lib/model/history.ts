import { z } from './zod';
import { PageAnalysisSchema, QuoteSchema } from './analysis';

/** One saved article (one row per URL; a revisit updates it): the analysis without its quotes and body text. */
export const VisitSchema = z.extend(
  z.pick(PageAnalysisSchema, {
    url: true, byline: true, published: true, siteName: true, lang: true, keyPoints: true, summary: true, summarySource: true, wordCount: true,
  }),
  {
    /** Never null in history: the URL stands in for a page without a title. */
    title: z.string(),
    quoteCount: z.number(),
    /** Epoch milliseconds of the first and the latest visit. */
    firstSeen: z.number(),
    lastSeen: z.number(),
  },
);
export type Visit = z.infer<typeof VisitSchema>;

/** One saved quote row; `id` is `${url}#${index}`. */
export const QuoteRowSchema = z.extend(QuoteSchema, {
  id: z.string(),
  url: z.string(),
  index: z.number(),
  /** Normalised speaker key (lower case, accents folded) for the by-speaker index; '' when unknown. */
  speakerKey: z.string(),
  /** Folded search terms of text, speaker and role, for the multi-entry word index. */
  terms: z.array(z.string()),
  savedAt: z.number(),
});
export type QuoteRow = z.infer<typeof QuoteRowSchema>;

/** A quote with the article it came from, as lookups return it. */
export const QuoteHitSchema = z.extend(z.pick(QuoteSchema, { text: true, speaker: true, role: true }), {
  id: z.string(),
  url: z.string(),
  title: z.string(),
  siteName: z.nullable(z.string()),
  published: z.nullable(z.string()),
  savedAt: z.number(),
});
export type QuoteHit = z.infer<typeof QuoteHitSchema>;

export { QuoteSchema };

/** How much history to keep; null means no limit of that kind. */
export const RetentionSchema = z.object({
  /** Articles not seen for this many days are deleted with their quotes. */
  maxAgeDays: z.nullable(z.number().check(z.int(), z.positive())),
  /** Beyond this many articles, the least recently seen go first. */
  maxArticles: z.nullable(z.number().check(z.int(), z.positive())),
});
export type Retention = z.infer<typeof RetentionSchema>;

export const SettingsSchema = z.object({ retention: RetentionSchema });
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { retention: { maxAgeDays: null, maxArticles: null } };

/** A quote as exported: the stored row without what storage derives from it (id, speakerKey, terms). */
export const ExportedQuoteSchema = z.object({
  url: z.string(),
  index: z.number().check(z.int(), z.nonnegative()),
  text: z.string(),
  speaker: z.nullable(z.string()),
  role: z.nullable(z.string()),
  block: z.number(),
  savedAt: z.number(),
});
export type ExportedQuote = z.infer<typeof ExportedQuoteSchema>;

export const HISTORY_FORMAT = 'quotelens-history';
/** Bump when the file's shape changes; importers accept every version up to theirs. */
export const HISTORY_FORMAT_VERSION = 1;

/** The whole history as one JSON file: what "Export" writes and "Import" reads back. */
export const HistoryExportSchema = z.object({
  format: z.literal(HISTORY_FORMAT),
  version: z.number().check(z.int(), z.positive(), z.lte(HISTORY_FORMAT_VERSION)),
  /** ISO 8601. */
  exportedAt: z.string(),
  visits: z.array(VisitSchema),
  quotes: z.array(ExportedQuoteSchema),
});
export type HistoryExport = z.infer<typeof HistoryExportSchema>;
