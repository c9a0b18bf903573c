// Popup, side panel and options page → background.
import { z, VisitSchema, QuoteHitSchema, SettingsSchema } from '../model';
import { defineProtocol } from './define';
import { PageStateSchema } from './bg-to-content';

const TabStateSchema = z.object({
  /** 'unavailable': no content script there (browser pages, the store, a tab still loading). */
  status: z.enum(['ready', 'unavailable']),
  page: z.nullable(PageStateSchema),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const ExportFormatSchema = z.enum(['json', 'csv', 'md']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** A page of a list: where it starts and how many rows (at least one: an empty page is not a request). */
const Offset = z.number().check(z.int(), z.nonnegative());
const Limit = z.number().check(z.int(), z.positive());
const HitsSchema = z.object({ hits: z.array(QuoteHitSchema), total: z.number() });

export const uiToBg = defineProtocol({
  /** The active tab's page state, asked of its content script. */
  'tab/state': { req: z.object({ tabId: z.number() }), res: TabStateSchema },
  /** Analyse the tab's page now, even when the detector rejected it; saves it like an article. */
  'tab/analyse': { req: z.object({ tabId: z.number() }), res: TabStateSchema },
  /** Scroll to and highlight a quote in a tab. */
  'tab/reveal-quote': { req: z.object({ tabId: z.number(), text: z.string() }), res: z.object({ found: z.boolean() }) },
  /** Saved articles, newest first; `query` filters by title and site. */
  'history/list': {
    req: z.object({ query: z.optional(z.string()), offset: Offset, limit: Limit }),
    res: z.object({ items: z.array(VisitSchema), total: z.number() }),
  },
  /** Delete one saved article and its quotes. */
  'history/delete': { req: z.object({ url: z.string() }), res: z.object({ deleted: z.boolean() }) },
  /** Delete every saved article and quote. */
  'history/clear': { req: z.object({}), res: z.object({}) },
  /** Quote lookup: words (any order, prefix on the last), optionally one speaker's quotes only. */
  'quotes/search': {
    req: z.object({
      query: z.string(),
      speaker: z.optional(z.string()),
      /** Site name or host ("Daily Planet", "planet.example"), compared case- and accent-folded. */
      site: z.optional(z.string()),
      /** Epoch ms, inclusive, on the article's date (published, else when it was saved). */
      from: z.optional(z.number()),
      to: z.optional(z.number()),
      offset: Offset,
      limit: Limit,
    }),
    res: HitsSchema,
  },
  /**
   * The quote lookup opened: the background gets ready to search (it loads what searches read) before the first
   * words arrive. Answered at once.
   */
  'quotes/prepare': { req: z.object({}), res: z.object({}) },
  /** Every saved quote of one speaker across articles, oldest first. */
  'speaker/quotes': { req: z.object({ speaker: z.string() }), res: HitsSchema },
  /**
   * Where a quote was first seen: the earliest saved article with the same words (a saved quote by id, or any text),
   * and every article repeating it, oldest first, `first` included.
   */
  'quotes/first-seen': {
    req: z.object({ id: z.optional(z.string()), text: z.optional(z.string()) }),
    res: z.object({ first: z.nullable(QuoteHitSchema), occurrences: z.array(QuoteHitSchema) }),
  },
  /** The whole history as a file: JSON (re-importable), or the quotes as CSV or Markdown. */
  'history/export': {
    req: z.object({ format: ExportFormatSchema }),
    res: z.object({ text: z.string(), mime: z.string(), filename: z.string() }),
  },
  /** Merge a JSON export into the history; a malformed or foreign file is refused with the reason, history untouched. */
  'history/import': { req: z.object({ text: z.string() }), res: z.object({ added: z.number(), updated: z.number() }) },
  /** How much is saved. */
  'history/stats': { req: z.object({}), res: z.object({ visits: z.number(), quotes: z.number() }) },
  'settings/get': { req: z.object({}), res: SettingsSchema },
  /** Saves the settings and applies the retention limits at once. */
  'settings/set': { req: SettingsSchema, res: SettingsSchema },
  /** Text picked with "Look up quote" in the page's context menu, fetched once (then cleared); null when none. */
  'lookup/pending': { req: z.object({}), res: z.object({ text: z.nullable(z.string()) }) },
});
