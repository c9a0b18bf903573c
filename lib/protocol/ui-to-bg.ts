// Popup, side panel and options page → background.
import { z, VisitSchema, QuoteHitSchema } from '../model';
import { defineProtocol } from './define';
import { PageStateSchema } from './bg-to-content';

const TabStateSchema = z.object({
  /** 'unavailable': no content script there (browser pages, the store, a tab still loading). */
  status: z.enum(['ready', 'unavailable']),
  page: z.nullable(PageStateSchema),
});
export type TabState = z.infer<typeof TabStateSchema>;

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
    req: z.object({ query: z.optional(z.string()), offset: z.number(), limit: z.number() }),
    res: z.object({ items: z.array(VisitSchema), total: z.number() }),
  },
  /** Delete one saved article and its quotes. */
  'history/delete': { req: z.object({ url: z.string() }), res: z.object({ deleted: z.boolean() }) },
  /** Delete every saved article and quote. */
  'history/clear': { req: z.object({}), res: z.object({}) },
  /** Quote lookup: words (any order, prefix on the last), optionally one speaker's quotes only. */
  'quotes/search': {
    req: z.object({ query: z.string(), speaker: z.optional(z.string()), offset: z.number(), limit: z.number() }),
    res: HitsSchema,
  },
  /** Every saved quote of one speaker across articles, oldest first. */
  'speaker/quotes': { req: z.object({ speaker: z.string() }), res: HitsSchema },
});
