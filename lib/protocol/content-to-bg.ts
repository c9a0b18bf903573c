// Content script → background.
import { z } from '../model/zod';
import { PageAnalysisSchema } from '../model/analysis';
import { defineProtocol, type Responses } from './define';

const AnalysedRes = z.object({ saved: z.boolean(), quoteCount: z.number() });
const SkippedRes = z.object({});
const LoadRes = z.object({});

export const contentToBg = defineProtocol({
  /** A page was analysed as an article (or on the reader's request): save it and show the badge. */
  'page/analysed': {
    req: z.object({ analysis: PageAnalysisSchema }),
    res: AnalysedRes,
  },
  /**
   * The detector said "not an article": clear the tab's badge (a single-page site may have shown an article before).
   * Nothing else travels: the popup asks the content script itself (page/state) for the verdict.
   */
  'page/skipped': {
    req: z.object({}),
    res: SkippedRes,
  },
  /**
   * The detector accepted the page (or the reader asked): inject the analyser into the sender's tab, top frame, in the
   * content script's world. Answered once it has run; content scripts cannot inject scripts themselves.
   */
  'analyser/load': {
    req: z.object({}),
    res: LoadRes,
  },
});

/** The replies alone, for the content script, which sends these messages (the background parses the requests). */
export const contentToBgReplies: Responses<typeof contentToBg> = {
  'page/analysed': { res: AnalysedRes },
  'page/skipped': { res: SkippedRes },
  'analyser/load': { res: LoadRes },
};
