// The body finder: story paragraphs in reading order, furniture left out, block kinds right.
import { describe, expect, it } from 'vitest';
import { findArticleBody } from '../../lib/extract/body';
import { analyzePage } from '../../lib/extract';
import { page, STORY } from './helpers-dom';

const texts = (html: string) => findArticleBody(page(html)).blocks.map((b) => `${b.kind}:${b.text}`);

describe('findArticleBody', () => {
  const cases: [string, string, (out: string[]) => void][] = [
    ['keeps every story paragraph in order', `<article><h1>Budget passes</h1>${STORY}</article>`, (o) => {
      expect(o).toHaveLength(5);
      expect(o[0]).toMatch(/^p:The town council/);
      expect(o[4]).toMatch(/^p:Residents can read/);
    }],
    ['leaves out the headline', `<article><h1>Budget passes</h1>${STORY}</article>`, (o) => expect(o.join()).not.toContain('Budget passes')],
    ['turns <br> into a line break, never glued words', `<article>${STORY}<p>First line of the address<br>second line here, said the clerk on Monday.</p></article>`, (o) => {
      expect(o[5]).toContain('address\nsecond');
    }],
    ['marks block quotes, one block per paragraph', `<article>${STORY}<blockquote><p>We will fix the roads first, and then the schools.</p><p>That is our promise.</p></blockquote></article>`, (o) => {
      expect(o.slice(5)).toEqual(['quote:We will fix the roads first, and then the schools.', 'quote:That is our promise.']);
    }],
    ['keeps an embedded social post as one block of its own kind, sign-off line and all', `<article>${STORY}<blockquote class="twitter-tweet"><p>Roads first, as promised. Thanks to everyone who came out to vote on Monday.</p>— Jo Park (@jopark) May 2, 2024</blockquote></article>`, (o) => {
      expect(o.slice(5)).toEqual(['embed:Roads first, as promised. Thanks to everyone who came out to vote on Monday.\n— Jo Park (@jopark) May 2, 2024']);
    }],
    ['marks subheads as headings', `<article>${STORY}<h2>What happens next</h2><p>The mayor will sign the budget on Friday, the clerk said, and then it is law.</p></article>`, (o) => {
      expect(o).toContain('heading:What happens next');
    }],
    ['drops captions and figures', `<article>${STORY}<figure><img src="x.jpg"><figcaption>The mayor at the vote. Photo: Staff</figcaption></figure></article>`, (o) => {
      expect(o.join()).not.toContain('Photo: Staff');
    }],
    ['keeps a standfirst set in a <div> beside the story\'s text box', `<main><div class="summary">Three people died on Tuesday after clashes between protesters and the police near the fuel plant outside the city.</div><div class="text">${STORY}</div></main>`, (o) => {
      expect(o[0]).toMatch(/^p:Three people died on Tuesday/);
      expect(o).toHaveLength(6);
    }],
    ['drops a caption inside a box that holds only the figure', `<article>${STORY}<div class="image-box"> <figure><img src="x.jpg"><figcaption>The mayor at the vote. Photo: Staff</figcaption></figure> </div><p>The clerk said the vote would stand, and that the budget takes effect on Friday.</p></article>`, (o) => {
      expect(o.join()).not.toContain('Photo: Staff');
      expect(o[o.length - 1]).toMatch(/^p:The clerk said/);
    }],
    ['drops share bars and newsletter boxes', `<article>${STORY}<div class="share-tools"><a href="#">Share on Facebook</a></div><div class="newsletter-signup"><p>Get our newsletter every morning in your inbox, free.</p></div></article>`, (o) => {
      expect(o.join()).not.toMatch(/Share on|newsletter/);
    }],
    ['drops related-link lists', `<article>${STORY}<ul><li><a href="/a">Council delays vote on parking rules</a></li><li><a href="/b">Mayor opens new library branch</a></li></ul></article>`, (o) => {
      expect(o.join()).not.toContain('parking rules');
    }],
    ['keeps a body list introduced by the text', `<article>${STORY}<p>The budget includes:</p><ul><li>new lights on Main Street</li><li>a second school bus</li></ul></article>`, (o) => {
      expect(o).toContain('li:new lights on Main Street');
    }],
    ['drops sidebars and comments outside the story', `<main><article>${STORY}</article><aside><p>Most read: a story about something else entirely, with many words in it.</p></aside><section class="comments"><p>Great article, thanks for writing it all up so clearly!</p></section></main>`, (o) => {
      expect(o.join()).not.toMatch(/Most read|Great article/);
    }],
    ['reads camelCase class names as words (ad captions, author boxes)', `<article>${STORY}<div class="StoryAd-adCaption"><p>The mayor at the vote on Monday night. Photo by Jane Roe for the Herald.</p></div><div class="ArticlePage-authorByline"><p>Jane Doe covers the city council and writes about local politics for us.</p></div></article>`, (o) => {
      expect(o).toHaveLength(5);
      expect(o.join()).not.toMatch(/Jane Roe|Jane Doe/);
    }],
    ['still reads names matched anywhere as written ("sideBar")', `<article>${STORY}<div class="sideBar"><p>Most read today: the mayor's dog wins a prize at the county fair, again and again.</p></div></article>`, (o) => {
      expect(o.join()).not.toContain('Most read');
    }],
    ['keeps a camelCase story container', `<div class="ArticleBody-storyText">${STORY}</div>`, (o) => expect(o).toHaveLength(5)],
    ...['printArea', 'adFree', 'noAds'].map((name): [string, string, (o: string[]) => void] => [
      `keeps a story container whose camelCase name starts with a furniture word (${name})`,
      `<div><div class="${name}"><h1>Budget passes</h1>${STORY.split('\n').slice(0, 4).join('')}</div><footer><p>Contact us at the town hall, Main Street, any weekday.</p></footer></div>`,
      (o) => expect(o).toHaveLength(4),
    ]),
    ['drops teaser paragraphs that are one link ("Read more: …", a headline between paragraphs)', `<article>${STORY}<p>Read more: <a href="/x">Council delays vote on parking rules again</a></p><p><a href="/y">MAYOR OPENS NEW LIBRARY BRANCH DOWNTOWN</a></p><div><a href="/z">Five things to know about the new budget</a></div></article>`, (o) => {
      expect(o).toHaveLength(5);
      expect(o.join()).not.toMatch(/Read more|LIBRARY|Five things/);
    }],
    ['drops ad and control labels between paragraphs', `<article>${STORY.replace('</p>', '</p><p>Advertisement</p><div>Story continues below advertisement</div>')}<p>12 Comments</p></article>`, (o) => {
      expect(o).toHaveLength(5);
    }],
    ['drops a heading that is only such a label (the comments section\'s), keeps the story\'s subheads', `<article>${STORY.replace('</p>', '</p><h2>What comes next</h2>')}<h3>Comments</h3><h3>Share this article</h3></article>`, (o) => {
      expect(o).toContain('heading:What comes next');
      expect(o.filter((b) => b.startsWith('heading:'))).toHaveLength(1);
    }],
    ['keeps short sentences with a link, in any script', `<article>${STORY}<p>He <a href="/r">resigned</a> on Friday.</p><p>Read the <a href="/d">full ruling</a>.</p><p><a href="/p">岸田首相</a>は記者会見で増税を否定した。</p><p><a href="/y">윤석열</a> 대통령은 사임했다.</p></article>`, (o) => {
      expect(o.slice(5)).toEqual(['p:He resigned on Friday.', 'p:Read the full ruling.', 'p:岸田首相は記者会見で増税を否定した。', 'p:윤석열 대통령은 사임했다.']);
    }],
    ['keeps quotes given through a link in other quotation marks', `<article>${STORY}<p>‘<a href="/a">We will win this</a>,’ she said.</p><p>„<a href="/b">Wir schaffen das</a>“, sagte sie.</p></article>`, (o) => {
      expect(o).toHaveLength(7);
    }],
    ['keeps a list item or a short answer that reads like a label', `<article>${STORY}<p>Close.</p><ul><li>Comments</li><li>Photos and video</li></ul></article>`, (o) => {
      expect(o).toContain('p:Close.');
      expect(o).toContain('li:Comments');
    }],
    ['keeps a quote given through a link', `<article>${STORY}<p>“<a href="/t">We will win this</a>,” she said.</p></article>`, (o) => {
      expect(o).toContain('p:“We will win this,” she said.');
    }],
    ['keeps short paragraphs without links', `<article>${STORY}<p>Not yet.</p><div>Updated at 1:23 p.m.</div></article>`, (o) => {
      expect(o.slice(5)).toEqual(['p:Not yet.', 'p:Updated at 1:23 p.m.']);
    }],
    ['keeps a link-heavy paragraph of the story', `<article>${STORY}<p>The <a href="/c">council</a> <a href="/v">voted</a> after <a href="/m">the mayor</a> spoke.</p></article>`, (o) => {
      expect(o).toContain('p:The council voted after the mayor spoke.');
    }],
  ];
  it.each(cases)('%s', (_name, html, check) => check(texts(html)));

  it('does not take a page wrapper named "page" for the story when the story lies deeper than its paragraphs reach', () => {
    const deep = (inner: string) => ['a', 'b', 'c', 'd', 'e'].reduceRight((acc, c) => `<div class="${c}">${acc}</div>`, inner);
    const footer = '<div class="bottom"><p>All contents copyright The Town Herald, 1 Main Street, Springfield.</p></div>';
    const b = findArticleBody(page(`<div id="page" class="page-layout">${deep(`<div class="field-item">${STORY}${STORY}</div>`)}${footer}</div>`));
    expect(b.blocks.map((x) => x.text).join(' ')).not.toMatch(/Main Street|copyright/);
    expect(b.blocks).toHaveLength(10);
  });

  it('gives blocks consecutive indexes and their elements', () => {
    const b = findArticleBody(page(`<article>${STORY}</article>`));
    expect(b.blocks.map((x) => x.index)).toEqual([0, 1, 2, 3, 4]);
    expect(b.blocks[0]!.el.tagName).toBe('P');
    expect(b.root?.tagName).toBe('ARTICLE');
  });

  it('returns no blocks for an empty page', () => {
    expect(findArticleBody(page('')).blocks).toEqual([]);
  });
});

describe('a story nested very deep', () => {
  const deep = (n: number) => page(`<article><h1>Budget talks go on for weeks</h1>${'<div>'.repeat(n)}${STORY}${'</div>'.repeat(n)}</article>`);
  it('is read at the depths a browser parses (it nests at most 512 elements)', () => {
    expect(findArticleBody(deep(400)).blocks.map((b) => b.text)).toContain('Opponents said the plan spends too much on consultants, and too little on the roads that residents use every day.');
  });
  it('deeper (a tree built by script, a hostile page) does not break the body walk or the analysis', () => {
    expect(() => findArticleBody(deep(5000))).not.toThrow();
    expect(() => analyzePage(deep(5000), 'https://x.example/a', { force: true })).not.toThrow();
  });
});
