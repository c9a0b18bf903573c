// Extraction contract: synchronous and deterministic; reads only the Document it is given and never mutates it;
// touches no browser, extension, storage, UI or Node API, so the same code runs in the content script, in tests
// and in the command-line extractor. Pipeline, in this fixed order:
//   detect (detect.ts, run by the caller) → metadata → article body → key points → quotes (spans → attribution →
//   speaker and role) → summary.
// This module is everything after the detector. The content script loads it (built as /analyser.js) only on pages the
// detector accepted or the reader asked for, so it must not import the detector: that would ship the detector twice.
// The model's modules themselves, not its index: the analyser bundles this, and the index also evaluates the
// history and settings schemas only other contexts need.
import type { Detection, PageAnalysis } from '../model/analysis';
import { extractMetadata } from './metadata';
import { findArticleBody } from './body';
import { findKeyPoints } from './key-points';
import { findQuotes } from './quotes';
import { summarize } from './summary';
import { makeTracer, type Block, type PageElements, type Tracer } from './types';
import { repeats } from './overlap';
import { wordRuns } from './words';
import { articleKey } from '../model/url';

export interface AnalyzeOptions {
  /** Return why each decision was taken. */
  trace?: boolean;
  /** Run the full analysis even when the detector says "not an article" (a reader's explicit request). */
  force?: boolean;
}

/**
 * The analysis of a page the detector has already judged (`detection` is its verdict on this same document; `found`,
 * what its walk collected there, when the caller kept it).
 */
export function analyzeDetected(doc: Document, url: string, detection: Detection, opts: AnalyzeOptions = {}, found?: PageElements): PageAnalysis {
  const tracer = makeTracer(Boolean(opts.trace));
  tracer.add({ step: 'detect', decision: detection.isArticle ? 'article' : 'not-article', reason: detection.reasons.join('; ') });
  const meta = extractMetadata(doc, url, found);
  // The same story reached through a campaign link or a #fragment is saved once.
  const base = { url: articleKey(url), isArticle: detection.isArticle, ...meta };
  if (!detection.isArticle && !opts.force) {
    return { ...base, keyPoints: [], summary: [], summarySource: 'none', quotes: [], text: '', wordCount: 0, ...(opts.trace ? { trace: tracer.entries } : {}) };
  }
  const body = findArticleBody(doc, tracer);
  const keyPoints = findKeyPoints(doc, body, tracer);
  const quotes = quotesWithKeyPoints(body.blocks, keyPoints, meta.lang, tracer);
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

/**
 * Quotes of the body and of the publisher's key points. A key point may quote someone in words the body does not
 * repeat ("…, with press secretary X saying, “…”"); those count. One that repeats a body quote is not listed twice.
 * Key points go first in reading order, as they stand above the story.
 */
function quotesWithKeyPoints(blocks: Block[], keyPoints: string[], lang: string | null, tracer: Tracer) {
  if (!keyPoints.length) return findQuotes(blocks, { lang, tracer });
  const anchor = blocks[0]?.el;
  if (!anchor) return findQuotes(blocks, { lang, tracer });
  const kpBlocks: Block[] = keyPoints.map((text, i) => ({ index: i, kind: 'li', text, el: anchor }));
  const all = [...kpBlocks, ...blocks.map((b) => ({ ...b, index: b.index + kpBlocks.length }))];
  const quotes = findQuotes(all, { lang, tracer });
  const inBody = quotes.filter((q) => q.block >= kpBlocks.length);
  const kept = quotes.filter((q) => q.block >= kpBlocks.length || !inBody.some((b) => repeats(b.text, q.text)));
  // Body quotes keep the block numbers of body.blocks; key-point quotes are numbered before them (negative).
  return kept.map((q) => ({ ...q, block: q.block - kpBlocks.length }));
}

function countWords(text: string): number {
  return wordRuns(text).length;
}
