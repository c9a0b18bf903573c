// The full analysis, loaded only where it is needed: the background injects this file into a tab's content-script
// world when the detector accepted the page or the reader asked for it (entrypoints/content). Pages that are not
// articles never download, compile or run it.
import { analyzeDetected } from '@/lib/extract/analyze';
import { ANALYSER_GLOBAL } from './content/analyser-handle';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ANALYSER_GLOBAL] = analyzeDetected;
});
