// Metadata from JSON-LD (objects, arrays, @graph), Open Graph, <meta>, visible bylines; ISO dates; language.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../lib/extract/metadata';
import { toIsoDate } from '../../lib/extract/dates';
import { detectArticle } from '../../lib/extract/detect';
import { newPageElements } from '../../lib/extract/types';
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

  describe('a "By" line by the headline that no byline markup marks', () => {
    const head = '<h1>Council passes the new town budget</h1>';
    it.each([
      ['"By" and a linked name', `${head}<p class="meta"><span>By <a href="/people/ann-lee">Ann Lee</a></span> <span>May 2, 2024</span></p>`, 'Ann Lee'],
      ['a "Written by" label over the name', `${head}<div><p>Last updated</p><time>Aug 04, 2025</time></div><div><p>Written by</p><p>Ann Lee</p></div>`, 'Ann Lee'],
      ['a byline over the headline, in its box', `<div><div><span>Written by</span> <span>Ann Lee</span></div></div>${head}`, 'Ann Lee'],
    ])('%s', (_name, top, want) => expect(meta('', `${top}${STORY}`).byline).toBe(want));

    it('gives a user name in the metadata way to the name such a line gives', () => {
      expect(meta('<meta name="author" content="kffannlee">', `${head}<p><span>By <a href="/people/ann-lee">Ann Lee</a></span></p>${STORY}`).byline).toBe('Ann Lee');
      expect(meta('<meta name="author" content="kffannlee">', `${head}${STORY}`).byline).toBe('kffannlee');
    });

    it.each([
      ['a sentence that opens with "By"', `${head}<p>By the end of the year the council hopes to fix every road.</p>`],
      ['"by" and a lower-case phrase', `${head}<p>By sending a pull request</p>`],
      ['a caption\'s credit', `${head}<figure><img alt=""><figcaption>By Bo Chan</figcaption></figure>`],
      ['a "By" line after the story has begun', `${head}${STORY}<p>By Bo Chan</p>`],
    ])('not %s', (_name, top) => expect(meta('', `${top}${STORY}`).byline).toBeNull());
  });

  it('cuts the site name off the document title', () => {
    expect(meta('<title>Council approves the new budget | Town Herald</title>').title).toBe('Council approves the new budget');
  });

  it.each([
    ['after the headline', '<meta property="og:title" content="Town budget passes after long debate | Town Herald">', 'Town budget passes after long debate'],
    ['before the headline', '<meta property="og:title" content="Town Herald — Town budget passes after long debate">', 'Town budget passes after long debate'],
    ['in JSON-LD, with other quote marks', ld({ '@type': 'NewsArticle', headline: 'Mayor’s budget passes after debate - Town Herald' }), "Mayor’s budget passes after debate"],
  ])('gives the visible headline when the metadata title joins the site name to it (%s)', (_name, head, want) => {
    const h1 = want.replace('’', "'");
    expect(meta(head, `<h1>${h1}</h1>${STORY}`).title).toBe(want);
  });

  it('cuts a title longer than any headline at a word, and reads it without rereading it at every join', () => {
    const t = meta(`<title>${'Budget | Town - Herald : '.repeat(8000)}</title><meta property="og:site_name" content="Town Herald">`).title!;
    expect(t.length).toBeLessThanOrEqual(400);
    expect(t).toMatch(/^Budget \| Town - Herald : Budget .*…$/);
  });

  it('passes over a JSON-LD title that shares no word with the Open Graph title', () => {
    const og = '<meta property="og:title" content="Plumber jailed after boiler leak">';
    // A publishing system's placeholder, the site's own name: not this story's headline.
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'cms-placeholder' }) + og).title).toBe('Plumber jailed after boiler leak');
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'Sample menus' }) + '<meta property="og:title" content="7 days of healthy meals on a budget">').title).toBe('7 days of healthy meals on a budget');
    // One word in common is enough to keep it: a structured-data headline may be worded apart from the social one.
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'Boiler fitter sentenced to three years' }) + og).title).toBe('Boiler fitter sentenced to three years');
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'cms-placeholder' })).title).toBe('cms-placeholder');
    // In a script written without spaces a headline is one run: worded apart, it still shares a phrase.
    expect(meta(ld({ '@type': 'NewsArticle', headline: '习近平会见美国总统' }) + '<meta property="og:title" content="习近平会见美国总统_新华网">').title).toBe('习近平会见美国总统');
    // An Open Graph title with no words says nothing against it.
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'Budget passes' }) + '<meta property="og:title" content="🔥🔥">').title).toBe('Budget passes');
  });

  it('keeps a metadata title that is not the headline with a site name joined', () => {
    // A heading too short to be a headline: a section's name.
    expect(meta('<meta property="og:title" content="Politics | Town Herald">', `<h1>Politics</h1>${STORY}`).title).toBe('Politics | Town Herald');
    expect(meta('<meta property="og:title" content="Council approves the budget, 7 to 2">', `<h1>Council approves the budget</h1>${STORY}`).title).toBe('Council approves the budget, 7 to 2');
    expect(meta('<meta property="og:title" content="Council approves the budget, 7-2">', `<h1>Council approves the budget</h1>${STORY}`).title).toBe('Council approves the budget, 7-2');
    expect(meta('<meta property="og:title" content="Town budget passes after long debate | Town Herald">').title).toBe('Town budget passes after long debate | Town Herald');
    // The first <h1> is the site's logo, not the headline.
    expect(meta('<meta property="og:title" content="Town budget passes after long debate | The Town Herald">', `<h1>The Town Herald</h1>${STORY}`).title).toBe('Town budget passes after long debate | The Town Herald');
  });

  it.each([
    ['named as a logo', '<h1 class="site-logo">The Philadelphia Town Herald</h1>', '', 'Markets rally | The Philadelphia Town Herald'],
    ['in the navigation', '<nav><h1>The Philadelphia Town Herald</h1></nav>', '', 'Markets rally | The Philadelphia Town Herald'],
    ['one link home', '<h1><a href="../index.html">The Philadelphia Town Herald</a></h1>', '', 'Markets rally | The Philadelphia Town Herald'],
    // Named as the site, the joined part is cut off: the title left is the headline.
    ["the site's name", '<h1>The Philadelphia Town Herald</h1>', '<meta property="og:site_name" content="The Philadelphia Town Herald">', 'Markets rally'],
  ])('never gives the site name for a title when the first <h1> is the site\'s name, longer than the headline (%s)', (_name, h1, site, want) => {
    expect(meta(`<meta property="og:title" content="Markets rally | The Philadelphia Town Herald">${site}`, `${h1}${STORY}`).title).toBe(want);
  });

  it('cuts at the joining mark itself when normalising changes lengths (an ellipsis, decomposed accents)', () => {
    expect(meta('<meta property="og:title" content="Markets fall… again today | Cafe\u0301 Ne\u0301ws">', `<h1>Markets fall… again today</h1>${STORY}`).title).toBe('Markets fall… again today');
    expect(meta('<meta property="og:title" content="İstanbul seçimleri sonuçlandı | Hürriyet">', `<h1>İstanbul seçimleri sonuçlandı</h1>${STORY}`).title).toBe('İstanbul seçimleri sonuçlandı');
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
    ['2025-12-03 07:30:10 -0600', '2025-12-03T07:30:10-06:00'],
    ['2016-05-15T15:34+5.30', '2016-05-15T15:34+05:30'],
    ['2019-11-18T10:00:09.000z', '2019-11-18T10:00:09.000Z'],
    ['20240512T093000', '2024-05-12T09:30:00Z'],
    ['Sun, 12 May 2024 09:30:00 GMT', '2024-05-12T09:30:00Z'],
    // Written-out dates keep the page's local time and stay date-only when they give no time, whatever the zone of the
    // machine that reads them.
    ['Jun 24, 2025', '2025-06-24'],
    ['16 November 2017', '2017-11-16'],
    ['March 12, 2015 4:36 PM', '2015-03-12T16:36:00'],
    ['Sunday, Feb 8, 2015 10:47 AM UTC', '2015-02-08T10:47:00Z'],
    ['January 17, 2017 10:00 PM PST', '2017-01-17T22:00:00-08:00'],
    ['14/11/2025 08:21:40', '2025-11-14T08:21:40'],
    ['Fri, 09/26/2025 - 10:38', '2025-09-26T10:38:00'],
    ['27.05.2019', '2019-05-27'],
    ['03/04/2020', null], // March or April: the page does not say
    ['2024-13-45', null],
    ['not a date', null],
  ])('date %s -> %s', (raw, iso) => expect(toIsoDate(raw)).toBe(iso));

  it('reads titles from space-separated property lists and unescapes metadata escaped twice', () => {
    expect(meta('<title>Title Element</title><meta property="x:title dc:title" content="Budget passes">').title).toBe('Budget passes');
    expect(meta('<meta property="og:title" content="Rock &amp;amp; Roll &amp;#8211; live">').title).toBe('Rock & Roll – live');
  });

  it('decodes punctuation, symbol and accented-letter entities of metadata escaped twice, and leaves unknown ones', () => {
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'Plate &bull; ideas &ndash; caf&eacute; &Eacute;t&eacute; &rsquo;24 &hellip;' })).title).toBe('Plate • ideas – café Été ’24 …');
    expect(meta('<meta property="og:title" content="Fish &toString; &constructor; &nosuch; chips">').title).toBe('Fish &toString; &constructor; &nosuch; chips');
    expect(meta('<meta property="og:title" content="&amp;ETH;&amp;thorn; &amp;AMP; &amp;Thorn;ing">').title).toBe('&ETH;þ & &Thorn;ing');
  });

  it.each([
    ['after the title', 'Best cloud stocks of 2025 | The Motley Fool', 'The Motley Fool', 'Best cloud stocks of 2025'],
    ['before the title', 'Town Herald — Council passes the budget', 'Town Herald', 'Council passes the budget'],
    ['the first words of a longer name', 'Healthy Eating Plate • The Nutrition Source', 'The Nutrition Source - Harvard Chan School', 'Healthy Eating Plate'],
  ])('cuts the site name joined %s when the headline is not on the page', (_name, title, site, want) => {
    expect(meta(`<meta property="og:title" content="${title}"><meta property="og:site_name" content="${site}">`).title).toBe(want);
  });

  it('keeps a title whose other part is not the site name, or is cut at a colon', () => {
    const m = (title: string, site: string) => meta(`<meta property="og:title" content="${title}"><meta property="og:site_name" content="${site}">`).title;
    expect(m('Python, SQL | Data tools for 2026', 'Splunk')).toBe('Python, SQL | Data tools for 2026');
    expect(m('From Zero to QED: An informal introduction', 'From Zero to QED')).toBe('From Zero to QED: An informal introduction');
    expect(m('Short | Town Herald', 'Town Herald')).toBe('Short | Town Herald');
    // A hyphen inside a word joins nothing; one word that only starts the site's name is not the name.
    expect(m('AP-NORC poll: most Americans back the plan', 'AP')).toBe('AP-NORC poll: most Americans back the plan');
    expect(m('Senate passes the bill - Washington', 'Washington Post')).toBe('Senate passes the bill - Washington');
    // The page's headline reads the whole title.
    expect(meta('<meta property="og:title" content="Rock | Roll Hall of Fame opens"><meta property="og:site_name" content="Rock">', `<h1>Rock | Roll Hall of Fame opens</h1>${STORY}`).title).toBe('Rock | Roll Hall of Fame opens');
  });

  it('reads the author from space-separated property lists before name="author", and og:article:author', () => {
    expect(meta('<meta property="dc:creator twitter:site_name" content="Ann Lee"><meta name="author" content="FAIL">').byline).toBe('Ann Lee');
    expect(meta('<meta property="og:article:author" content="Town Herald">').byline).toBe('Town Herald');
  });
});

describe('publication date', () => {
  const date = (head: string, body = STORY) => meta(head, body).published;

  it('takes JSON-LD datePublished, then article:published_time, then the story\'s microdata', () => {
    expect(date(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2024-05-12T09:30:00+02:00' }) + '<meta property="article:published_time" content="2024-05-11">')).toBe('2024-05-12T09:30:00+02:00');
    expect(date('<meta property="og:article:published_time" content="2024-05-11T08:00:00Z">')).toBe('2024-05-11T08:00:00Z');
    expect(date('', `<time itemprop="datePublished" datetime="2024-05-10">10 May 2024</time>${STORY}`)).toBe('2024-05-10');
    expect(date('<meta itemprop="dateModified datePublished" content="2024-05-09T10:00:00-04:00">')).toBe('2024-05-09T10:00:00-04:00');
  });

  it('prefers the story\'s datePublished to a JSON-LD dateCreated', () => {
    const created = ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', dateCreated: '2017-11-18T09:41:09Z' });
    expect(date(created, `<time itemprop="datePublished" datetime="2017-11-17T13:15+0000">17 November 2017</time>${STORY}`)).toBe('2017-11-17T13:15+00:00');
    expect(date(created)).toBe('2017-11-18T09:41:09Z');
  });

  it('skips the datePublished of an embedded video, a product review or a comment', () => {
    const video = '<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2015-03-13T12:11:07Z"></div>';
    const story = '<div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2015-03-12T18:46:14Z"></div>';
    expect(date('', video + story + STORY)).toBe('2015-03-12T18:46:14Z');
    const review = '<div itemscope itemtype="http://schema.org/Review"><meta itemprop="datePublished" content="2014-12-28"></div>';
    const comment = '<div itemscope itemtype="https://schema.org/Comment"><time itemprop="datePublished" datetime="2022-07-08">Jul 8</time></div>';
    expect(date('', STORY + review + comment)).toBeNull();
  });

  it('reads an <abbr> datePublished from its title, and other microdata dates from their text', () => {
    expect(date('', `<p>on <abbr class="published" itemprop="datePublished" title="2016-05-08T00:55:00-07:00">12:55 AM</abbr></p>${STORY}`)).toBe('2016-05-08T00:55:00-07:00');
    expect(date('', `<span itemprop="datePublished">March 13, 2015</span>${STORY}`)).toBe('2015-03-13');
    // Text that is no date gives way to the next microdata date.
    expect(date('', `<span itemprop="datePublished">yesterday</span><span itemprop="datePublished">16 November 2017</span>${STORY}`)).toBe('2017-11-16');
  });

  describe('the dateline by the headline, when no metadata dates the story', () => {
    const head = '<h1>Council passes the new town budget</h1>';
    it.each([
      ['a <time datetime> after the byline', `${head}<div class="meta">By Ann Lee - <time class="date" datetime="2015-04-16T20:02:01+00:00">Apr 16, 2015</time></div>`, '2015-04-16T20:02:01+00:00'],
      ['a date element with an ISO title', `${head}<ul><li class="author">Ann Lee</li><li class="date-and-time" title="2015-03-13T21:00:00+11:00">March 13, 2015</li></ul>`, '2015-03-13T21:00:00+11:00'],
      ['a written date among the byline\'s icons', `${head}<div class="article-author"><i class="icon"></i><a href="/a">Ann Lee</a> <i class="icon"></i> Monday, February 29, 2016 @ 11:10 PM UTC</div>`, '2016-02-29T23:10:00Z'],
      ['a dateline over the headline', `<div><span class="dateline"><span>Sunday, Feb 1, 2015 11:57 AM UTC</span></span>${head}</div>`, '2015-02-01T11:57:00Z'],
      ['the story\'s own <article> after the headline', `${head}<article><p class="meta">March 1, 2024</p>${STORY}</article><div><span>Feb 2, 2024</span></div>`, '2024-03-01'],
      ['an offset written after GMT', `${head}<p>Mon, 12 May 2024 09:30:00 GMT+0100</p>`, '2024-05-12T09:30:00+01:00'],
      ['the publication, not the update that follows it', `${head}<p class="when">April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm</p>`, '2019-04-28T06:01:00'],
    ])('%s', (_name, top, iso) => expect(date('', `${top}${STORY}`)).toBe(iso));

    it.each([
      ['a sentence that mentions a date', `${head}<p>The plan was first put to the council on March 3, 2024, and members sent it back twice.</p>`],
      ['an update time', `${head}<time datetime="2016-09-14T07:07:00-04:00" itemprop="dateModified">Last updated September 14, 2016</time>`],
      ['a related story\'s date', `${head}<aside><time datetime="2016-09-14">Sept 14, 2016</time></aside><div class="related-stories"><span>May 2, 2016</span></div>`],
      ['a date after the story has begun', `${head}${STORY}<p>March 3, 2024</p>`],
      ['a date set in bold inside a sentence', `${head}<p>The plan went to the council on <b>March 3, 2024</b>, and members sent it back.</p>`],
      ['a <time> after "Updated"', `${head}<p>Updated <time datetime="2024-03-05">March 5, 2024</time></p>`],
      ['a date after an "Updated:" label', `${head}<div><span>Updated:</span> <span>March 5, 2024</span></div>`],
      ['a <time> named as the update', `${head}<time class="updated" datetime="2024-03-05">March 5, 2024</time>`],
      ['a comment box named by its id', `${head}<div id="comments"><time datetime="2024-06-01">June 1</time></div>`],
      ['other stories under a "Read next" heading', `${head}<h2>Read next</h2><ul><li><a href="/b">Other</a> <span>May 2, 2016</span></li></ul>`],
      ['the day in the site\'s banner', `<header><div class="topbar">Tuesday, March 4, 2025</div></header><main>${head}`],
      ['a word that starts like a month', `${head}<p>Mayor 10, 2024</p>`],
      ['a day the month does not have', `${head}<p>Feb 30, 2024</p>`],
    ])('not %s', (_name, top) => expect(date('', `${top}${STORY}`)).toBeNull());

    it('reads a bounded stretch of the page: a dateline after thousands of comment nodes is not reached', () => {
      expect(date('', `${head}${'<!-- x -->'.repeat(5000)}<p>March 3, 2024</p>${STORY}`)).toBeNull();
      expect(date('', `${head}${'<!-- x -->'.repeat(50)}<p>March 3, 2024</p>${STORY}`)).toBe('2024-03-03');
    });

    it('reads a bounded stretch in all: the boxes before the headline share one allowance of nodes', () => {
      // A dateline in the fifth box before the headline, each box holding many comment nodes.
      const boxes = (n: number) => `<div><p>March 3, 2024</p></div>${`<div>${'<!-- x -->'.repeat(n)}</div>`.repeat(4)}`;
      expect(date('', `<div>${boxes(150)}${head}</div>${STORY}`)).toBeNull();
      expect(date('', `<div>${boxes(20)}${head}</div>${STORY}`)).toBe('2024-03-03');
    });

    it('reads the story\'s headline, not a site\'s logo set as an <h1> inside a link home', () => {
      // The site's menus follow its logo: a walk from the logo's <h1> would not reach the story's dateline.
      const menus = Array.from({ length: 60 }, (_, i) => `<div class="menu-item"><span><a href="/s${i}">Section ${i}</a></span></div>`).join('');
      const logo = `<header><a href="https://news.example/"><div class="hidden-title"><h1>The Town Herald</h1></div></a>${menus}</header>`;
      expect(date('', `${logo}<main><h1>Council passes the new town budget</h1><div class="story-date"><span>May 31, 2024</span></div>${STORY}</main>`)).toBe('2024-05-31');
      // A headline set inside a link with no address is still the story's.
      expect(date('', `<a href=""><h1>Council passes the new town budget</h1></a><div class="story-date"><span>May 31, 2024</span></div>${STORY}`)).toBe('2024-05-31');
    });

    it('is the last source: metadata dates come first', () => {
      expect(date('<meta property="article:published_time" content="2024-05-11">', `${head}<time datetime="2015-04-16">Apr 16, 2015</time>${STORY}`)).toBe('2024-05-11');
    });
  });

  it('reads a publishing system\'s own "published" meta last, after the dateline by the headline', () => {
    expect(date('<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">')).toBe('2025-05-27T06:03:43.274Z');
    expect(date('<meta name="publishdate" content="2017-03-10">')).toBe('2017-03-10');
    expect(date('<meta name="published" content="July 17, 2025">')).toBe('2025-07-17');
    // A republication's day in the meta gives way to the dateline the reader sees.
    expect(date('<meta name="PUBDATE" content="Jan 07, 2011">', `<h1>Council passes the new town budget</h1><p>October 27, 2010</p>${STORY}`)).toBe('2010-10-27');
    // Not an update's date, nor a publisher; a "publication" meta that names the paper gives way to the next one.
    expect(date('<meta name="last-modified" content="2025-05-27"><meta name="publisher" content="Town Herald">')).toBeNull();
    expect(date('<meta name="publication" content="Daily Herald"><meta name="publish-date" content="2020-01-02">')).toBe('2020-01-02');
  });

  it('skips a source it cannot read as a date and takes the next one', () => {
    expect(date(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '{{date}}' }) + '<meta name="date" content="2024-05-12">')).toBe('2024-05-12');
  });
});

describe('the metas and scripts the detector lists for the analysis', () => {
  const article = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Budget passes', author: { name: 'Ann Lee' }, datePublished: '2024-05-12' };

  it('are those metadata would find itself, in page order, and give the same metadata', () => {
    const doc = page(`<article><meta itemprop="author" content="Ann Lee"><h1>Budget passes</h1>${STORY}${ld(article)}<script>var x = 1;</script></article>`,
      '<meta charset="utf-8"><meta property="og:site_name" content="Town Herald"><script type="module" src="/app.js"></script>');
    const found = newPageElements();
    detectArticle(doc, found);
    expect(found.complete).toBe(true);
    expect(found.metas.map((m) => m.getAttribute('content'))).toEqual(['Town Herald', 'Ann Lee']);
    expect(found.scripts.map((s) => s.getAttribute('type'))).toEqual(['module', 'application/ld+json']);
    const m = extractMetadata(doc, 'https://x.example/a', found);
    expect(m).toEqual(extractMetadata(doc, 'https://x.example/a'));
    expect(m).toMatchObject({ title: 'Budget passes', byline: 'Ann Lee', siteName: 'Town Herald', published: '2024-05-12' });
  });

  it('include the first <h1> and <article>, the ones a query finds, or null when the page has none', () => {
    const doc = page(`<nav><article><p>Teaser</p></article></nav><article><header><h1>Budget passes</h1></header>${STORY}</article><h1>Also read</h1>`);
    const found = newPageElements();
    detectArticle(doc, found);
    expect(found.h1).toBe(doc.querySelector('h1'));
    expect(found.article).toBe(doc.querySelector('article'));
    const bare = page(`<div>${STORY}</div>`);
    const none = newPageElements();
    detectArticle(bare, none);
    expect([none.complete, none.h1, none.article]).toEqual([true, null, null]);
  });

  it('metadata uses the detector\'s <h1> and <article> instead of looking for them again', () => {
    // No meta author: the byline is read from the page, inside the story's <article>, and the title is cut at the <h1>.
    const doc = page(`<article><h1>Budget passes</h1><p class="byline">By <span class="author">Ann Lee</span></p>${STORY}</article>`, '<title>Budget passes | Town Herald</title>');
    const found = newPageElements();
    detectArticle(doc, found);
    const asked: string[] = [];
    const query = doc.querySelector.bind(doc);
    doc.querySelector = ((sel: string) => (asked.push(sel), query(sel))) as typeof doc.querySelector;
    expect(extractMetadata(doc, 'https://x.example/a', found)).toMatchObject({ title: 'Budget passes', byline: 'Ann Lee' });
    expect(asked.filter((sel) => sel === 'h1' || sel === 'article')).toEqual([]);
    // Without them, metadata finds the same itself.
    expect(extractMetadata(doc, 'https://x.example/a')).toMatchObject({ title: 'Budget passes', byline: 'Ann Lee' });
    expect(asked).toEqual(expect.arrayContaining(['h1', 'article']));
  });

  it('an <h1> or <article> the page replaced after the detector ran is looked up again', () => {
    // A page that re-renders (a framework hydrating) between the detector and the analysis: the elements the detector
    // met are detached by then, and the story's byline is in the new <article>.
    const doc = page(`<article><h1>Budget passes</h1><p class="byline">By <span class="author">Ann Lee</span></p>${STORY}</article>`, '<title>Budget passes | Town Herald</title>');
    const found = newPageElements();
    detectArticle(doc, found);
    expect(found.article?.isConnected).toBe(true);
    doc.body.innerHTML = doc.body.innerHTML;
    expect(found.article?.isConnected).toBe(false);
    expect(extractMetadata(doc, 'https://x.example/a', found)).toMatchObject({ title: 'Budget passes', byline: 'Ann Lee' });
  });

  it('on a page too big for the detector to walk whole, metadata looks for them itself', () => {
    // JSON-LD at the end of a page of thousands of elements: past where the detector stops.
    const doc = page(`<article><h1>Budget passes</h1>${STORY}</article>${'<div><span>x</span></div>'.repeat(1500)}${ld(article)}`);
    const found = newPageElements();
    detectArticle(doc, found);
    expect(found.complete).toBe(false);
    expect(found.scripts).toHaveLength(0);
    expect(extractMetadata(doc, 'https://x.example/a', found)).toMatchObject({ byline: 'Ann Lee', published: '2024-05-12' });
  });
});
