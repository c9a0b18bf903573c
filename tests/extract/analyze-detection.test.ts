// The content script runs the detector on every page; the analyser it loads reuses that verdict instead of running it again.
import { describe, expect, it } from 'vitest';
import { analyzeDetected } from '../../lib/extract/analyze';
import { detectArticle } from '../../lib/extract/detect';
import { analyzePage } from '../../lib/extract';
import { page, STORY } from './helpers-dom';

describe('analyzeDetected: the analysis after a verdict already taken', () => {
  it('uses the given detection (and its reasons) rather than detecting again', () => {
    const doc = page(`<article><h1>Budget</h1>${STORY}</article>`);
    const given = { isArticle: true, score: 42, reasons: ['given by the caller'] };
    const a = analyzeDetected(doc, 'https://example.org/budget', given, { trace: true });
    expect(a.isArticle).toBe(true);
    expect(a.trace?.find((t) => t.step === 'detect')?.reason).toBe('given by the caller');
    expect(a.quotes.length).toBeGreaterThan(0);
  });

  it('a given "not an article" verdict skips the full analysis unless forced', () => {
    const doc = page(`<article><h1>Budget</h1>${STORY}</article>`);
    const no = { isArticle: false, score: -3, reasons: ['given by the caller'] };
    expect(analyzeDetected(doc, 'https://example.org/budget', no).quotes).toEqual([]);
    expect(analyzeDetected(doc, 'https://example.org/budget', no, { force: true }).quotes.length).toBeGreaterThan(0);
  });
});

describe('a document without a root element', () => {
  // Some pages' scripts take their whole document away (document.documentElement.remove()) when their ad scripts
  // fail to load: the detector and the forced analysis answer "nothing here" instead of throwing.
  it('is no article, and a forced analysis of it is empty', () => {
    const doc = page(`<article><h1>Budget</h1>${STORY}</article>`);
    doc.documentElement.remove();
    expect(doc.documentElement).toBeNull();
    expect(detectArticle(doc).isArticle).toBe(false);
    const a = analyzePage(doc, 'https://example.org/budget', { force: true });
    expect(a).toMatchObject({ title: null, quotes: [], text: '', keyPoints: [] });
  });
});
