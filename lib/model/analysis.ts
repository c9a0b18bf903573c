import { z } from './zod';

/** One direct quotation, as the article presents it. */
export const QuoteSchema = z.object({
  /** The words inside the marks, verbatim, without the marks. */
  text: z.string(),
  /** Fullest name the article gives the speaker, an organisation, or null when the article names no one. */
  speaker: z.nullable(z.string()),
  /** Title or description the article attaches to the speaker ("White House press secretary"), else null. */
  role: z.nullable(z.string()),
  /** Index of the body block (paragraph, block quote, list item) the quote stands in; orders and locates it. */
  block: z.number(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** Why the extractor took a decision; returned only when asked for (`opts.trace`). */
export const TraceEntrySchema = z.object({
  step: z.string(),
  decision: z.string(),
  reason: z.string(),
  /** A short excerpt of the text or a CSS-like path of the node the decision was about. */
  node: z.optional(z.string()),
});
export type TraceEntry = z.infer<typeof TraceEntrySchema>;

export const SummarySourceSchema = z.enum(['key-points', 'extractive', 'none']);
export type SummarySource = z.infer<typeof SummarySourceSchema>;

/** Everything the extractor finds on one page. */
export const PageAnalysisSchema = z.object({
  url: z.string(),
  isArticle: z.boolean(),
  title: z.nullable(z.string()),
  byline: z.nullable(z.string()),
  /** ISO 8601, or null when the page gives no date. */
  published: z.nullable(z.string()),
  siteName: z.nullable(z.string()),
  /** BCP 47 primary tag such as "en", "fr"; null when unknown. */
  lang: z.nullable(z.string()),
  /** The publisher's own key-points list, verbatim, in page order. */
  keyPoints: z.array(z.string()),
  /** Key points when present, else 2–4 sentences taken verbatim from the body. */
  summary: z.array(z.string()),
  summarySource: SummarySourceSchema,
  quotes: z.array(QuoteSchema),
  /** Body text, paragraphs separated by blank lines. */
  text: z.string(),
  wordCount: z.number(),
  trace: z.optional(z.array(TraceEntrySchema)),
});
export type PageAnalysis = z.infer<typeof PageAnalysisSchema>;

/** The cheap every-page verdict. */
export const DetectionSchema = z.object({
  isArticle: z.boolean(),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type Detection = z.infer<typeof DetectionSchema>;
