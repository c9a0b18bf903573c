// Content script → background.
import { z, PageAnalysisSchema, DetectionSchema } from '../model';
import { defineProtocol } from './define';

export const contentToBg = defineProtocol({
  /** A page was analysed as an article (or on the reader's request): save it and show the badge. */
  'page/analysed': {
    req: z.object({ analysis: PageAnalysisSchema }),
    res: z.object({ saved: z.boolean(), quoteCount: z.number() }),
  },
  /** The detector said "not an article": clear the badge, remember the verdict for the popup. */
  'page/skipped': {
    req: z.object({ url: z.string(), detection: DetectionSchema }),
    res: z.object({}),
  },
});
