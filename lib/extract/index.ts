// Extraction contract: synchronous and deterministic; reads only the Document it is given and never mutates it;
// touches no browser, extension, storage, UI or Node API, so the same code runs in the content script, in tests
// and in the command-line extractor. Pipeline, in this fixed order:
//   detect → metadata → article body → key points → quotes (spans → attribution → speaker and role) → summary.
import type { PageAnalysis } from '../model';
import { detectArticle } from './detect';
import { extractMetadata } from './metadata';
import { findArticleBody } from './body';
import { findKeyPoints } from './key-points';
import { findQuotes } from './quotes';
import { summarize } from './summary';
import { makeTracer } from './types';

export { detectArticle } from './detect';
export type { Block, ArticleBody, PageMetadata } from './types';

export interface AnalyzeOptions {
  /** Return why each decision was taken. */
  trace?: boolean;
  /** Run the full analysis even when the detector says "not an article" (a reader's explicit request). */
  force?: boolean;
}

export function analyzePage(doc: Document, url: string, opts: AnalyzeOptions = {}): PageAnalysis {
  const tracer = makeTracer(Boolean(opts.trace));
  const detection = detectArticle(doc);
  tracer.add({ step: 'detect', decision: detection.isArticle ? 'article' : 'not-article', reason: detection.reasons.join('; ') });
  const meta = extractMetadata(doc, url);
  const base = { url, isArticle: detection.isArticle, ...meta };
  if (!detection.isArticle && !opts.force) {
    return { ...base, keyPoints: [], summary: [], summarySource: 'none', quotes: [], text: '', wordCount: 0, ...(opts.trace ? { trace: tracer.entries } : {}) };
  }
  const body = findArticleBody(doc, tracer);
  const keyPoints = findKeyPoints(doc, body, tracer);
  const quotes = findQuotes(body.blocks, { lang: meta.lang, tracer });
  const { sentences, source } = summarize(body.blocks, keyPoints);
  const text = body.blocks.map((b) => b.text).join('\n\n');
  return {
    ...base,
    keyPoints,
    summary: sentences,
    summarySource: source,
    quotes,
    text,
    wordCount: countWords(text),
    ...(opts.trace ? { trace: tracer.entries } : {}),
  };
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
