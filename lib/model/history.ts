import { z } from './zod';
import { QuoteSchema } from './analysis';

/** One saved article (one row per URL; a revisit updates it). */
export const VisitSchema = z.object({
  url: z.string(),
  title: z.string(),
  byline: z.nullable(z.string()),
  published: z.nullable(z.string()),
  siteName: z.nullable(z.string()),
  lang: z.nullable(z.string()),
  keyPoints: z.array(z.string()),
  summary: z.array(z.string()),
  summarySource: z.enum(['key-points', 'extractive', 'none']),
  quoteCount: z.number(),
  wordCount: z.number(),
  /** Epoch milliseconds of the first and the latest visit. */
  firstSeen: z.number(),
  lastSeen: z.number(),
});
export type Visit = z.infer<typeof VisitSchema>;

/** One saved quote row; `id` is `${url}#${index}`. */
export const QuoteRowSchema = z.object({
  id: z.string(),
  url: z.string(),
  index: z.number(),
  text: z.string(),
  speaker: z.nullable(z.string()),
  role: z.nullable(z.string()),
  block: z.number(),
  /** Normalised speaker key (lower case, accents folded) for the by-speaker index; '' when unknown. */
  speakerKey: z.string(),
  /** Folded search terms of text, speaker and role, for the multi-entry word index. */
  terms: z.array(z.string()),
  savedAt: z.number(),
});
export type QuoteRow = z.infer<typeof QuoteRowSchema>;

/** A quote with the article it came from, as lookups return it. */
export const QuoteHitSchema = z.object({
  id: z.string(),
  text: z.string(),
  speaker: z.nullable(z.string()),
  role: z.nullable(z.string()),
  url: z.string(),
  title: z.string(),
  siteName: z.nullable(z.string()),
  published: z.nullable(z.string()),
  savedAt: z.number(),
});
export type QuoteHit = z.infer<typeof QuoteHitSchema>;

export { QuoteSchema };
