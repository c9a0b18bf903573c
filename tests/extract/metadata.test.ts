// Metadata from JSON-LD (objects, arrays, @graph), Open Graph, <meta>, visible bylines; ISO dates; language.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../lib/extract/metadata';
import { toIsoDate } from '../../lib/extract/dates';
import { page, STORY } from './helpers-dom';

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
const meta = (head: string, body = STORY) => extractMetadata(page(`<article>${body}</article>`, head), 'https://x.example/a');

describe('extractMetadata', () => {
  it.each([
    ['JSON-LD object', ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Budget passes', author: { '@type': 'Person', name: 'Ann Lee' }, publisher: { name: 'Town Herald' }, datePublished: '2024-05-12T09:30:00+02:00' })],
    ['JSON-LD @graph', ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Town Herald' }, { '@type': 'NewsArticle', headline: 'Budget passes', author: [{ name: 'Ann Lee' }], publisher: { name: 'Town Herald' }, datePublished: '2024-05-12T09:30:00+02:00' }] })],
    ['JSON-LD array', ld([{ '@context': 'https://schema.org', '@type': 'BreadcrumbList' }, { '@context': 'https://schema.org', '@type': 'Article', headline: 'Budget passes', author: 'Ann Lee', publisher: { name: 'Town Herald' }, datePublished: '2024-05-12T09:30:00+02:00' }])],
    ['Open Graph and meta', '<meta property="og:title" content="Budget passes"><meta name="author" content="Ann Lee"><meta property="og:site_name" content="Town Herald"><meta property="article:published_time" content="2024-05-12T09:30:00+02:00">'],
  ])('%s', (_name, head) => {
    const m = meta(head);
    expect(m.title).toBe('Budget passes');
    expect(m.byline).toBe('Ann Lee');
    expect(m.siteName).toBe('Town Herald');
    expect(m.published).toBe('2024-05-12T09:30:00+02:00');
  });

  it('finds a visible byline when no metadata names the author', () => {
    expect(meta('<title>Budget passes - Town Herald</title>', `<h1>Budget passes</h1><p class="byline">By Ann Lee</p>${STORY}`).byline).toBe('Ann Lee');
  });

  it('cuts the site name off the document title', () => {
    expect(meta('<title>Council approves the new budget | Town Herald</title>').title).toBe('Council approves the new budget');
  });

  it('reads the language from <html lang> and og:locale', () => {
    expect(meta('').lang).toBe('en');
    const doc = page(STORY, '<meta property="og:locale" content="de_DE">');
    doc.documentElement.removeAttribute('lang');
    expect(extractMetadata(doc, '').lang).toBe('de');
  });

  it.each([
    ['2024-05-12', '2024-05-12'],
    ['2024-05-12 09:30:00+0200', '2024-05-12T09:30:00+02:00'],
    ['20240512T093000', '2024-05-12T09:30:00Z'],
    ['Sun, 12 May 2024 09:30:00 GMT', '2024-05-12T09:30:00.000Z'],
    ['not a date', null],
  ])('date %s -> %s', (raw, iso) => expect(toIsoDate(raw)).toBe(iso));

  it('reads titles from space-separated property lists and unescapes metadata escaped twice', () => {
    expect(meta('<title>Title Element</title><meta property="x:title dc:title" content="Budget passes">').title).toBe('Budget passes');
    expect(meta('<meta property="og:title" content="Rock &amp;amp; Roll &amp;#8211; live">').title).toBe('Rock & Roll – live');
  });

  it('reads the author from space-separated property lists before name="author", and og:article:author', () => {
    expect(meta('<meta property="dc:creator twitter:site_name" content="Ann Lee"><meta name="author" content="FAIL">').byline).toBe('Ann Lee');
    expect(meta('<meta property="og:article:author" content="Town Herald">').byline).toBe('Town Herald');
  });
});
