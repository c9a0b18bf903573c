// Extraction's entry for tests, the CLI and benchmarks: the detector and the analysis after it, in one call.
// The content script imports the two halves separately (detect.ts on every page, analyze.ts only on articles).
import type { Detection, PageAnalysis } from '../model/analysis';
import { detectArticle } from './detect';
import { analyzeDetected, type AnalyzeOptions } from './analyze';

export { detectArticle } from './detect';
export { analyzeDetected } from './analyze';
export type { Block, ArticleBody, PageMetadata } from './types';

export interface AnalyzePageOptions extends AnalyzeOptions {
  /** The detector's verdict when the caller already has it. */
  detection?: Detection;
}

export function analyzePage(doc: Document, url: string, opts: AnalyzePageOptions = {}): PageAnalysis {
  return analyzeDetected(doc, url, opts.detection ?? detectArticle(doc), opts);
}
