// Content script → background.
import { z, PageAnalysisSchema } from '../model';
import { defineProtocol } from './define';

export const contentToBg = defineProtocol({
  /** A page was analysed as an article (or on the reader's request): save it and show the badge. */
  'page/analysed': {
    req: z.object({ analysis: PageAnalysisSchema }),
    res: z.object({ saved: z.boolean(), quoteCount: z.number() }),
  },
  /**
   * The detector said "not an article": clear the tab's badge (a single-page site may have shown an article before).
   * Nothing else travels: the popup asks the content script itself (page/state) for the verdict.
   */
  'page/skipped': {
    req: z.object({}),
    res: z.object({}),
  },
});
