// Bylines: which element names the author, the name inside it, and the text around a name that is not the name.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../lib/extract/metadata';
import { cleanByline, cleanMetaByline, visibleByline } from '../../lib/extract/byline';
import { page, STORY } from './helpers-dom';

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
/** The byline of a page whose story is `<article>` + the given header + five paragraphs, after `before`. */
const shown = (header: string, before = '', after = '') =>
  visibleByline(page(`${before}<article><h1>Budget passes</h1>${header}${STORY}</article>${after}`));
const byline = (head: string, body: string) => extractMetadata(page(body, head), 'https://x.example/a').byline;

describe('byline text', () => {
  it.each([
    ['By Ann Lee', 'Ann Lee'],
    ['Written by Ann Lee', 'Ann Lee'],
    ['ByAnn Lee', 'Ann Lee'],
    ['Author: Ann Lee', 'Ann Lee'],
    ['Byron Smith', 'Byron Smith'],
    // Foreign "by" words only before a name they cannot belong to.
    ['Von Max Muster', 'Max Muster'],
    ['VON MAX MUSTER', 'MAX MUSTER'],
    ['von dpa', 'dpa'],
    ['Par AFP', 'AFP'],
    ['Von Miller', 'Von Miller'],
    ['Di Caprio', 'Di Caprio'],
    ['Von der Leyen', 'Von der Leyen'],
    // Dates, times and other credits after the name.
    ['Ann Lee 1:39 PM ET', 'Ann Lee'],
    ['By Bo Park May 20, 2019', 'Bo Park'],
    ['Our City Staff 16 November 2017', 'Our City Staff'],
    ['Max Muster am 21. April 2020', 'Max Muster'],
    ['Ann Lee, Updated 2019-05-20', 'Ann Lee'],
    ['Cy Diaz • 8h', 'Cy Diaz'],
    ['May 1, 2019 | Ann Lee', 'Ann Lee'],
    ['Post by dimo42 » 11. Sep 2024, 18:36', 'dimo42'],
    ['Eva Roth —', 'Eva Roth'],
    ['Written by Ann Lee Edited by Bo Park', 'Ann Lee'],
    ['Theresa May', 'Theresa May'],
    ['Theresa May 12:30', 'Theresa May'],
    ['Li Sun, Ann Lee', 'Li Sun, Ann Lee'],
    ['Town Herald wire services', 'Town Herald wire services'],
    // Not a name at all.
    ['Sunday, Feb 8, 2015 10:47 AM UTC', null],
    ['Sign In| Sign Up| Subscribe My Account', null],
    ['About the Author', null],
    ['More stories by Ann Lee', null],
    ['This review is posted in Apps', null],
    ['The State University © 2025', null],
    ['@annlee', null],
    ['undefined', null],
  ])('%s -> %s', (raw, name) => expect(cleanByline(raw)).toBe(name));

  it('cleans metadata names less strictly than page text, dropping a web address', () => {
    expect(cleanMetaByline('Ann M. Lee (http://example.org/ann/)')).toBe('Ann M. Lee');
    expect(cleanMetaByline(', TOWN HERALD')).toBe('TOWN HERALD');
    expect(cleanMetaByline('Creator property author')).toBe('Creator property author');
    expect(cleanMetaByline('undefined')).toBeNull();
  });

  it('strips trailing separators and dangling words, and a hostile run of them does not stall the page', () => {
    expect(cleanByline('Ann Lee, on')).toBe('Ann Lee');
    expect(cleanByline('Ann Lee -- / ;')).toBe('Ann Lee');
    expect(cleanMetaByline('Ann Lee at ,')).toBe('Ann Lee');
    // One nested pattern backtracked for seconds to minutes on these; now they answer at once (the test runner's
    // timeout is the bound): a text that does not end in separators is left as it is, one that does loses them.
    expect(cleanByline('Ann Lee' + ' -'.repeat(40) + ' x')).toBe('Ann Lee' + ' -'.repeat(40) + ' x');
    expect(cleanByline('Ann Lee' + ' -'.repeat(40))).toBe('Ann Lee');
    expect(cleanMetaByline('Ann Lee' + ' '.repeat(5000) + '-'.repeat(5000) + 'x')).toBe('Ann Lee');
  });
});

describe('visible byline', () => {
  it('takes the microdata name inside an author element, also in an aside of the story', () => {
    expect(shown('<aside><p><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Ann Lee</span> —</span> <time>2013-09-29</time></p></aside>')).toBe('Ann Lee');
  });

  it('takes the author link of a byline and leaves out the line under it', () => {
    expect(shown('<div class="author_fmt">By <a rel="author" href="/ann">Ann  Lee, MA</a><br>Town Herald News</div>')).toBe('Ann Lee, MA');
  });

  it('leaves out a job title and a time inside the byline', () => {
    expect(shown('<div class="author"><a class="author-link" href="/a/ann">Ann Lee</a><div class="author-title">Games Editor</div></div>')).toBe('Ann Lee');
    expect(shown('<div class="c-byline"><ol class="c-meta__byline"><li class="c-meta__author"><a class="c-byline__link">Ann Lee</a></li></ol><time class="c-byline__time">1:39 PM ET</time></div>')).toBe('Ann Lee');
    expect(shown('<div class="post__author-date"><h6 class="byline"><em class="byline__by">By</em> <a><span class="byline__author">Ann Lee</span></a></h6><p><em>May 20, 2019</em></p></div>')).toBe('Ann Lee');
  });

  it('reads a class word only as a whole word ("jobfair" is not "job")', () => {
    expect(shown('<div class="jobfair-hero__author-wrap"><span class="jobfair-hero__author">Ann Lee</span></div>')).toBe('Ann Lee');
  });

  it('skips a byline-named element that holds only a date, and account links named "authorization"', () => {
    expect(shown('<span class="byline"><a rel="author" href="/w/ann">Ann Lee</a></span>', '<div id="authorization">Sign In| Sign Up| Subscribe</div><span class="byline-date">Sunday, Feb 8, 2015 10:47 AM UTC</span>')).toBe('Ann Lee');
    expect(shown('<p class="byline">Sunday, Feb 8, 2015 10:47 AM UTC</p><p class="byline">By Ann Lee</p>')).toBe('Ann Lee');
  });

  it('skips bylines in navigation, menus, related stories, sidebars, comments and teasers of other stories', () => {
    const header = '<p class="byline">By Ann Lee</p>';
    expect(shown(header, '<nav><span class="byline">Bo Park</span></nav>')).toBe('Ann Lee');
    expect(shown(header, '<ul class="nav flyout"><li><span class="byline">Bo Park</span></li></ul>')).toBe('Ann Lee');
    expect(shown(header, '<div class="c-related-content"><span class="byline">Bo Park</span></div>')).toBe('Ann Lee');
    expect(shown(header, '<aside><span class="author">Bo Park</span></aside>')).toBe('Ann Lee');
    expect(shown(header, '<div id="comments"><cite class="author fn">Bo Park</cite></div>')).toBe('Ann Lee');
    expect(shown('', '', '<div class="commentlist"><span class="comment-author">Bo Park</span></div>')).toBeNull();
    expect(shown('', '', '<article class="teaser"><h2>Other story</h2><p class="byline">By Bo Park</p></article>')).toBeNull();
  });

  it('takes a byline inside a wrapper that only sounds like furniture but holds the story', () => {
    const doc = page(`<div class="wsmenucontainer has-sidebar"><article><h1>Budget passes</h1><p class="byline">By Ann Lee</p>${STORY}</article></div>`);
    expect(visibleByline(doc)).toBe('Ann Lee');
  });

  it('skips the site footer, keeps a footer of the story', () => {
    expect(shown('', '', '<footer><ul class="copybyline"><li>The State University © 2025</li></ul></footer>')).toBeNull();
    expect(shown('', '', '<footer><span class="author">Town Herald</span></footer>')).toBeNull();
    const doc = page(`<main><h1>Budget passes</h1>${STORY}<footer class="footer-author"><span class="byline__author" itemprop="author"><span itemprop="name">Ann Lee</span></span></footer></main>`);
    expect(visibleByline(doc)).toBe('Ann Lee');
  });

  it('finds an author link by its address, and joins several authors', () => {
    expect(shown('<p>Written by <a href="/blog/author/ann-lee">Ann Lee</a> and <a href="/blog/author/bo-park">Bo Park</a></p>')).toBe('Ann Lee, Bo Park');
  });

  it('reads an author <meta> in the body', () => {
    expect(shown('<meta itemprop="author" content="Ann Lee">')).toBe('Ann Lee');
  });

  it('names byline elements as the selector would: rel in any case, whole list tokens, class and id parts', () => {
    expect(shown('<p><a rel="Author" href="/ann">Ann Lee</a></p>')).toBe('Ann Lee');
    expect(shown('<p><span itemprop="creator author">Ann Lee</span></p>')).toBe('Ann Lee');
    expect(shown('<p><span itemprop="authors">Ann Lee</span></p>')).toBeNull();
    expect(shown('<p><a href="/authors/ann-lee">Ann Lee</a></p>')).toBe('Ann Lee');
    expect(shown('<p><span class="c-Byline">Ann Lee</span></p>')).toBe('Ann Lee');
    expect(shown('<p><span id="post-author-1">Ann Lee</span></p>')).toBe('Ann Lee');
    expect(shown('<p><span id="post-Author-1">Ann Lee</span></p>')).toBeNull();
    expect(shown('<p><span class="skyline">Ann Lee</span></p>')).toBeNull();
    expect(shown('<p><a href="/authority/ann-lee">Ann Lee</a></p>')).toBeNull();
    expect(shown('<p><span href="/author/ann-lee">Ann Lee</span></p>')).toBeNull();
    // A template's contents are not part of the page.
    expect(shown('<template><span class="byline">Ann Lee</span></template>')).toBeNull();
  });
});

describe('byline sources', () => {
  const body = (header: string) => `<article><h1>Budget passes</h1>${header}${STORY}</article>`;

  it('prefers a shown name to a user name in the metadata, and keeps the user name when nothing else names someone', () => {
    expect(byline(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', creator: 'AB1234' }), body('<div class="byline"><span class="author-name fn">Ann Lee</span> • 8h</div>'))).toBe('Ann Lee');
    expect(byline(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', author: 'annlee' }), body(''))).toBe('annlee');
    expect(byline('<meta name="author" content="jsmith42">', body('<span class="author"><a href="/u/bob7">bob7</a></span>'))).toBe('jsmith42');
  });

  it('prefers a shown person to the publisher named as author', () => {
    const org = { '@context': 'https://schema.org', '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Town Herald' }, publisher: { '@type': 'Organization', name: 'Town Herald' } };
    expect(byline(ld(org), body('<p class="byline">By <a rel="author" href="/ann">Ann Lee</a></p>'))).toBe('Ann Lee');
    expect(byline(ld(org), body(''))).toBe('Town Herald');
    expect(byline(ld(org), body('<p class="byline"><a href="/author/th">Town Herald</a> <span>Sponsored</span></p>'))).toBe('Town Herald');
    const self = { '@context': 'https://schema.org', '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Town Herald' }, publisher: { name: 'Town Herald' } };
    expect(byline(ld(self), body('<p class="byline">By Ann Lee</p>'))).toBe('Ann Lee');
  });

  it('drops placeholder authors and unescapes metadata escaped twice', () => {
    expect(byline(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', author: { '@type': 'Person', name: 'undefined' } }), body('<p class="byline">By Ann Lee</p>'))).toBe('Ann Lee');
    expect(byline('<meta name="author" content="Ann &amp;amp; Bo">', body(''))).toBe('Ann & Bo');
  });
});
