// Background → content script (through tabs.sendMessage).
import { z } from '../model/zod';
import { PageAnalysisSchema, DetectionSchema } from '../model/analysis';
import { defineProtocol, type Requests } from './define';

export const PageStateSchema = z.object({
  url: z.string(),
  detection: DetectionSchema,
  /** The analysis, when the page was analysed (an article, or forced by the reader). */
  analysis: z.nullable(PageAnalysisSchema),
});
export type PageState = z.infer<typeof PageStateSchema>;

const StateReq = z.object({});
const AnalyseReq = z.object({ force: z.boolean() });
const RevealReq = z.object({ text: z.string() });

export const bgToContent = defineProtocol({
  /** What the content script knows of its page now. */
  'page/state': { req: StateReq, res: PageStateSchema },
  /** Run the full analysis now, even on a page the detector rejected ("analyse this page anyway"). */
  'page/analyse': { req: AnalyseReq, res: PageStateSchema },
  /** Scroll to a quote and highlight it; `found` is false when its words are not on the page. */
  'quote/reveal': { req: RevealReq, res: z.object({ found: z.boolean() }) },
});

/** The requests alone, for the content script (its answers are parsed by the background, which receives them). */
export const bgToContentRequests: Requests<typeof bgToContent> = {
  'page/state': { req: StateReq },
  'page/analyse': { req: AnalyseReq },
  'quote/reveal': { req: RevealReq },
};
