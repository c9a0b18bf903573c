// The article detector on small pages: one story yes; home page, listing, product, forum and docs no.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../lib/extract/detect';
import { page, STORY } from './helpers-dom';

const LD = (type: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","headline":"x"}</script>`;
const teasers = Array.from({ length: 20 }, (_, i) => `<article><h3><a href="/s${i}">Story number ${i} headline</a></h3><p>Short teaser for story ${i}.</p><time>May ${i + 1}</time></article>`).join('');

const cases: [string, Document, boolean][] = [
  ['a story with structured data and a dated URL', page(`<article><h1>Council approves the new budget after long debate</h1>${STORY}</article>`, `${LD('NewsArticle')}<link rel="canonical" href="https://news.example/2024/05/12/council-approves-new-budget-after-debate"><meta property="og:type" content="article">`), true],
  ['a story without scripts (no JSON-LD)', page(`<article><h1>Council approves the new budget after long debate</h1><p class="byline">By Ann Lee</p>${STORY}</article>`, `<meta property="og:type" content="article">`), true],
  ['a home page', page(`<h1>Town Herald</h1>${teasers}`, `<link rel="canonical" href="https://news.example/"><meta property="og:type" content="website">`), false],
  ['a section listing', page(`<h1>Politics</h1>${teasers}`, `<link rel="canonical" href="https://news.example/politics/"><meta property="og:type" content="website">`), false],
  ['a product page', page(`<h1>Blue kettle</h1><p itemprop="price">19.99</p><p>A kettle that boils water quickly and quietly, made of steel, with a blue handle and lid.</p><form><input name="qty"><button>Add to cart</button></form>`, `${LD('Product')}<meta property="og:type" content="product">`), false],
  ['a page with too little text', page(`<h1>Hello</h1><p>Short.</p>`), false],
];

describe('detectArticle', () => {
  it.each(cases)('%s', (_name, doc, expected) => {
    const d = detectArticle(doc);
    expect(d.isArticle, d.reasons.join('; ')).toBe(expected);
    expect(d.reasons.length).toBeGreaterThan(0);
  });
});
