// The article detector on small pages: one story yes; home page, listing, product, forum and docs no.
import { describe, expect, it } from 'vitest';
import { detectArticle, features } from '../../lib/extract/detect';
import { FEATURES_FITTED } from '../../lib/extract/detect-model-features';
import { byName, pageSignals } from '../../lib/extract/detect-signals';
import { page, STORY } from './helpers-dom';

const LD = (type: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","headline":"x"}</script>`;
const teasers = Array.from({ length: 20 }, (_, i) => `<article><h3><a href="/s${i}">Story number ${i} headline</a></h3><p>Short teaser for story ${i}.</p><time>May ${i + 1}</time></article>`).join('');

const posts = Array.from({ length: 8 }, (_, i) => `<div class="post"><div class="post-author"><a href="/u/${i}" class="username">user${i}</a></div><div class="vote-count">${i}</div><p>Answer number ${i}: plan the menu two weeks ahead, hire help for serving, and check the kitchen of the venue before the day.</p><a href="/reply">Reply</a></div>`).join('');
const docNav = Array.from({ length: 12 }, (_, i) => `<li><a href="/docs/s${i}">Section ${i}</a><ul><li><a href="/docs/s${i}/a">Overview</a></li><li><a href="/docs/s${i}/b">Reference</a></li></ul></li>`).join('');
const docText = Array.from({ length: 4 }, (_, i) => `<p>Step ${i + 1}: call the client to sign users in with a password or a magic link; every call returns a session object that your code keeps.</p><pre><code>const { data } = await client.auth.step${i}({ email })</code></pre>`).join('');

const cases: [string, Document, boolean][] = [
  ['a story with structured data and a dated URL', page(`<article><h1>Council approves the new budget after long debate</h1>${STORY}</article>`, `${LD('NewsArticle')}<link rel="canonical" href="https://news.example/2024/05/12/council-approves-new-budget-after-debate"><meta property="og:type" content="article">`), true],
  ['a story without scripts (no JSON-LD)', page(`<article><h1>Council approves the new budget after long debate</h1><p class="byline">By Ann Lee</p>${STORY}</article>`, `<meta property="og:type" content="article">`), true],
  ['a home page', page(`<h1>Town Herald</h1>${teasers}`, `<link rel="canonical" href="https://news.example/"><meta property="og:type" content="website">`), false],
  ['a section listing', page(`<h1>Politics</h1>${teasers}`, `<link rel="canonical" href="https://news.example/politics/"><meta property="og:type" content="website">`), false],
  ['a product page', page(`<h1>Blue kettle</h1><p itemprop="price">19.99</p><p>A kettle that boils water quickly and quietly, made of steel, with a blue handle and lid.</p><form><input name="qty"><button>Add to cart</button></form>`, `${LD('Product')}<meta property="og:type" content="product">`), false],
  ['a forum thread', page(`<h1>How should I prepare for my first catering event next month</h1>${posts}`, `<link rel="canonical" href="https://ask.example/questions/12068/how-should-i-prepare-for-my-first-catering-event"><meta property="og:type" content="website">`), false],
  ['a documentation page', page(`<nav><ul>${docNav}</ul></nav><main><h1>Authentication</h1>${docText}</main>`, `<link rel="canonical" href="https://lib.example/docs/guides/auth">`), false],
  ['a page with too little text', page(`<h1>Hello</h1><p>Short.</p>`), false],
];

describe('detectArticle', () => {
  it.each(cases)('%s', (_name, doc, expected) => {
    const d = detectArticle(doc);
    expect(d.isArticle, d.reasons.join('; ')).toBe(expected);
    expect(d.reasons.length).toBeGreaterThan(0);
  });
});

describe('a story needs text together, whatever its metadata says', () => {
  const head = `${LD('NewsArticle')}<link rel="canonical" href="https://news.example/2024/05/12/council-approves-new-budget-after-debate"><meta property="og:type" content="article">`;
  const h1 = '<h1>Council approves the new budget after long debate</h1>';
  const paras = [...STORY.matchAll(/<p>.*?<\/p>/g)].map((m) => m[0]);

  it('turns down a story page with only a line of text', () => {
    const d = detectArticle(page(`<article>${h1}${paras[0]}</article>`, head));
    expect(d.isArticle).toBe(false);
    expect(d.reasons.join('; ')).toMatch(/only \d+ characters of text together/);
  });

  it('takes paragraphs set each in boxes of their own as text together', () => {
    const boxed = paras.map((p) => `<div class="text-section"><div class="text-component">${p}</div></div>`).join('');
    expect(detectArticle(page(`<article>${h1}<div class="story-body">${boxed}</div></article>`, head)).isArticle).toBe(true);
    // Loose text (no <p>) in nested spans, one block per box.
    const loose = paras.map((p) => `<div><span><span>${p.slice(3, -4)}</span></span></div>`).join('');
    expect(detectArticle(page(`<article>${h1}<div class="post-body">${loose}</div></article>`, head)).isArticle).toBe(true);
    // One short paragraph in boxes is still one short paragraph.
    expect(detectArticle(page(`<article>${h1}<div><div><div>${paras[0]}</div></div></div></article>`, head)).isArticle).toBe(false);
  });
});

describe('the fitted model', () => {
  it('was fitted on the features detect.ts computes, in the same order', () => {
    expect(Object.keys(features(pageSignals(cases[0]![1])))).toEqual(FEATURES_FITTED);
  });

  it('gives as reasons the features that moved the score, with their values and signs', () => {
    const story = detectArticle(cases[0]![1]);
    const home = detectArticle(cases[2]![1]);
    expect(story.reasons.some((r) => / \+\d/.test(r))).toBe(true);
    expect(home.reasons.some((r) => / -\d/.test(r))).toBe(true);
    for (const r of [...story.reasons, ...home.reasons]) expect(FEATURES_FITTED.some((n) => r.startsWith(`${n} = `)) || r.startsWith('only ')).toBe(true);
  });

  it('turns down forum and documentation pages on their merits: the model scores them below zero', () => {
    for (const [name, doc] of cases.filter(([n]) => n === 'a forum thread' || n === 'a documentation page')) {
      expect(detectArticle(doc).score, name).toBeLessThan(0);
    }
  });
});

describe('the "By Name" test beside the headline', () => {
  // The regex the model was fitted with; byName must answer as it does, without compiling it for ASCII names.
  const FITTED = /(^|\s)(by|written by|posted by|author:?)\s+\p{Lu}\p{Ll}/iu;
  it('answers as the fitted regex on ASCII, accented, uncased and astral letters and at the end of a text', () => {
    const texts = ['By Jane Doe', 'by jane', 'Posted by  Mo', 'written by: Al', 'Author: Xi', 'author:Xi', 'By 3 people', 'By', 'by ', 'by J',
      'Standby Jo', 'by Élodie Martin', 'by éa', 'by ĸa', 'by 日本', 'by 𝐀b', 'by Ωμ', 'by 1 by Jo', 'nearby stores', 'BY THE SEA',
      'by\tÅsa', 'by ñ', 'by Ab', 'by aß', 'by ǅa'];
    for (const t of texts) expect(byName(t), t).toBe(FITTED.test(t));
  });
});
