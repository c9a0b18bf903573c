// Background → content script (through tabs.sendMessage).
import { z, PageAnalysisSchema, DetectionSchema } from '../model';
import { defineProtocol } from './define';

export const PageStateSchema = z.object({
  url: z.string(),
  detection: DetectionSchema,
  /** The analysis, when the page was analysed (an article, or forced by the reader). */
  analysis: z.nullable(PageAnalysisSchema),
});
export type PageState = z.infer<typeof PageStateSchema>;

export const bgToContent = defineProtocol({
  /** What the content script knows of its page now. */
  'page/state': { req: z.object({}), res: PageStateSchema },
  /** Run the full analysis now, even on a page the detector rejected ("analyse this page anyway"). */
  'page/analyse': { req: z.object({ force: z.boolean() }), res: PageStateSchema },
  /** Scroll to a quote and highlight it; `found` is false when its words are not on the page. */
  'quote/reveal': { req: z.object({ text: z.string() }), res: z.object({ found: z.boolean() }) },
});
