// Reading saved pages the way a browser would: content before <html> must not swallow the page.
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseDocument } from '../../scripts/lib/load-html';

const PAGE = `<html lang="en"><head><title>Story</title></head><body><h1>Story</h1><p>First paragraph of the story.</p></body></html>`;

describe('parseDocument', () => {
  it('keeps the page when a script comes before <!DOCTYPE>', () => {
    const doc = parseDocument(`<script>var a = 1;</script>\n<!DOCTYPE html>\n${PAGE}`);
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(doc.querySelector('h1')?.textContent).toBe('Story');
    expect(doc.body.querySelectorAll('p')).toHaveLength(1);
    expect(doc.head.querySelector('script')?.textContent).toBe('var a = 1;');
  });

  it('keeps the page when a style comes between <!DOCTYPE> and <html>', () => {
    const doc = parseDocument(`<!DOCTYPE html><style>.x{color:red}</style>${PAGE}`);
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(doc.title).toBe('Story');
    expect(doc.body.querySelector('p')?.textContent).toBe('First paragraph of the story.');
  });

  it('parses an ordinary page unchanged', () => {
    const doc = parseDocument(`<!doctype html>${PAGE}`);
    expect(doc.head.children).toHaveLength(1);
    expect(doc.body.children).toHaveLength(2);
  });
});

describe('attribute names', () => {
  it('reads them in lower case on HTML elements, as a browser\'s parser does, and as written inside <svg>', () => {
    const doc = parseDocument('<html LANG="fr"><body><span itemProp="author">Ann Lee</span><time dateTime="2025-04-29">Apr 29</time><svg viewBox="0 0 2 2"><path fillRule="evenodd"/></svg></body></html>');
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('span')!.getAttribute('itemprop')).toBe('author');
    expect(doc.querySelector('time')!.getAttribute('datetime')).toBe('2025-04-29');
    // The extraction never reads inside <svg>: left as written.
    expect(doc.querySelector('svg')!.getAttributeNames()).toEqual(['viewBox']);
    expect(doc.querySelector('path')!.getAttributeNames()).toEqual(['fillRule']);
  });

  it('keeps the first of two names that differ only in case, as a browser keeps the first of a repeated attribute', () => {
    const doc = parseDocument('<html><body><time dateTime="2025-04-29" datetime="2024-01-01">Apr 29</time><p datetime="a" dateTime="b">x</p></body></html>');
    expect(doc.querySelector('time')!.getAttributeNames()).toEqual(['datetime']);
    expect(doc.querySelector('time')!.getAttribute('datetime')).toBe('2025-04-29');
    expect(doc.querySelector('p')!.getAttribute('datetime')).toBe('a');
  });

  it('reads a page nested thousands of elements deep', () => {
    const doc = parseDocument(`<html><body><h1>H</h1>${'<div>'.repeat(6000)}<span itemProp="author">Ann Lee</span>${'</div>'.repeat(6000)}</body></html>`);
    expect(doc.querySelector('span')!.getAttribute('itemprop')).toBe('author');
  });
});

describe('decodeHtml', () => {
  it('reads a page saved as UTF-8 that still declares a legacy charset as UTF-8', () => {
    const bytes = new TextEncoder().encode('<html><head><meta charset="gb2312"><title>腾讯新闻</title></head></html>');
    expect(decodeHtml(bytes)).toContain('<title>腾讯新闻</title>');
  });

  it('decodes a page in its declared legacy charset', () => {
    // "café" in windows-1252: the é is the single byte 0xE9, invalid as UTF-8.
    const bytes = Uint8Array.from([...new TextEncoder().encode('<meta charset="windows-1252"><p>caf'), 0xe9, ...new TextEncoder().encode('</p>')]);
    expect(decodeHtml(bytes)).toContain('<p>café</p>');
  });
});
