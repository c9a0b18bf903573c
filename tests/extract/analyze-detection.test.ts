// The content script runs the detector on every page; the full analysis reuses that verdict instead of running it again.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/extract';
import { page, STORY } from './helpers-dom';

describe('analyzePage with a verdict already taken', () => {
  it('uses the given detection (and its reasons) rather than detecting again', () => {
    const doc = page(`<article><h1>Budget</h1>${STORY}</article>`);
    const given = { isArticle: true, score: 42, reasons: ['given by the caller'] };
    const a = analyzePage(doc, 'https://example.org/budget', { detection: given, trace: true });
    expect(a.isArticle).toBe(true);
    expect(a.trace?.find((t) => t.step === 'detect')?.reason).toBe('given by the caller');
    expect(a.quotes.length).toBeGreaterThan(0);
  });

  it('a given "not an article" verdict skips the full analysis unless forced', () => {
    const doc = page(`<article><h1>Budget</h1>${STORY}</article>`);
    const no = { isArticle: false, score: -3, reasons: ['given by the caller'] };
    expect(analyzePage(doc, 'https://example.org/budget', { detection: no }).quotes).toEqual([]);
    expect(analyzePage(doc, 'https://example.org/budget', { detection: no, force: true }).quotes.length).toBeGreaterThan(0);
  });
});
