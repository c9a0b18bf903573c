// Extraction's entry for tests, the CLI and benchmarks: the detector and the analysis after it, in one call.
// The content script imports the two halves separately (detect.ts on every page, analyze.ts only on articles).
import type { PageAnalysis } from '../model/analysis';
import { detectArticle } from './detect';
import { analyzeDetected, type AnalyzeOptions } from './analyze';
import { newPageElements } from './types';

export { detectArticle } from './detect';
export type { Block, ArticleBody, PageMetadata } from './types';

export function analyzePage(doc: Document, url: string, opts: AnalyzeOptions = {}): PageAnalysis {
  const found = newPageElements();
  return analyzeDetected(doc, url, detectArticle(doc, found), opts, found);
}
