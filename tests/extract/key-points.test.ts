// The publisher's summary list: labelled, in a summary box, or unlabeled under the headline; never body lists,
// related links or tables of contents.
import { describe, expect, it } from 'vitest';
import { findArticleBody } from '../../lib/extract/body';
import { findKeyPoints } from '../../lib/extract/key-points';
import { page, STORY } from './helpers-dom';

const BULLETS = ['The council approved the budget six votes to three.', 'Road repairs get the largest share of new money.', 'The budget takes effect on the first of July.'];
const ul = (items: string[]) => `<ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const boldUl = (items: string[]) => `<ul>${items.map((t) => `<li><strong>${t}</strong></li>`).join('')}</ul>`;
const [FIRST, ...rest] = STORY.split('\n');
const REST = rest.join('\n');
const kp = (html: string) => { const doc = page(html); return findKeyPoints(doc, findArticleBody(doc)); };

describe('findKeyPoints', () => {
  it.each([
    ['a "Key points" heading', `<article><h1>Budget passes</h1><h2>Key points</h2>${ul(BULLETS)}${STORY}</article>`],
    ['a label after a colon', `<article><h1>Budget passes</h1><h3>Budget vote: Quick Looks</h3>${ul(BULLETS)}${STORY}</article>`],
    ['a label broken over lines', `<article><h1>Budget passes</h1><h2>What you\n   need to know:</h2>${ul(BULLETS)}${STORY}</article>`],
    ['an abbreviated label', `<article><h1>Budget passes</h1><h2>TL;DR</h2>${ul(BULLETS)}${STORY}</article>`],
    ['a German label', `<article><h1>Haushalt beschlossen</h1><div>Das Wichtigste in Kürze</div>${ul(BULLETS)}${STORY}</article>`],
    ['a summary box', `<article><h1>Budget passes</h1><div class="story-summary">${ul(BULLETS)}</div>${STORY}</article>`],
    ['an unlabeled list under the headline', `<article><h1>Budget passes after a long debate</h1>${ul(BULLETS)}${STORY}</article>`],
    ['a list in the story\'s own header, with the headline', `<article><header><h1>Budget passes after a long debate</h1>${ul(BULLETS)}</header>${STORY}</article>`],
    ['a summary box when the only <h1> is far below the story start', `<article><h2>Budget passes after a long debate</h2><ul class="story-bullets">${BULLETS.map((t) => `<li>${t}</li>`).join('')}</ul>${STORY}<div><h1>Share this story</h1></div></article>`],
    ['bold bullets after the first paragraph', `<article><h1>Budget passes</h1>${FIRST}${boldUl(BULLETS)}${REST}</article>`],
    ['a label over one heading per point', `<article><h1>Budget passes</h1><div><div>Story Highlights</div>${BULLETS.map((t) => `<h2>${t}</h2>`).join('')}</div>${STORY}</article>`],
  ])('%s', (_name, html) => expect(kp(html)).toEqual(BULLETS));

  it('leaves out an item that is only a link to elsewhere', () => {
    expect(kp(`<article><h1>Budget passes</h1><h2>Key points</h2><ul>${BULLETS.map((t) => `<li>${t}</li>`).join('')}<li><a href="/">Visit our homepage for more stories</a>.</li></ul>${STORY}</article>`)).toEqual(BULLETS);
  });

  it('keeps bold labels as text', () => {
    expect(kp(`<article><h1>Budget</h1><h2>Highlights</h2><ul><li><strong>Vote:</strong> The council approved it six to three.</li><li><strong>Money:</strong> Roads get the most new funding.</li></ul>${STORY}</article>`))
      .toEqual(['Vote: The council approved it six to three.', 'Money: Roads get the most new funding.']);
  });

  it.each([
    ['a body list', `<article><h1>Budget passes</h1>${STORY}<p>The budget includes:</p>${ul(BULLETS)}</article>`],
    ['related links', `<article><h1>Budget passes</h1>${STORY}<h2>Related</h2><ul><li><a href="/a">Council delays vote on parking rules this week</a></li><li><a href="/b">Mayor opens a new library branch downtown</a></li></ul></article>`],
    ['a dateline set as a list', `<article><h1>Budget passes after a long debate</h1><ul><li><time datetime="2024-05-01T21:51">Updated: May 1, 2024, 9:51 p.m.</time></li><li><time datetime="2024-05-01T20:51">Published: May 1, 2024, 8:51 p.m.</time></li></ul>${STORY}</article>`],
    ['a plain list after the first paragraph', `<article><h1>Budget passes</h1>${FIRST}${ul(BULLETS)}${REST}</article>`],
    ['headings after a label that share their box with other text', `<article><h1>Budget passes</h1><div><div>Story Highlights</div>${BULLETS.map((t) => `<h2>${t}</h2>`).join('')}<p>More on this story from our reporters at the town hall.</p></div>${STORY}</article>`],
    ['a table of contents', `<article><h1>Budget passes</h1><ul><li><a href="#a">What is in the budget for the town</a></li><li><a href="#b">Who voted against the new budget</a></li></ul>${STORY}</article>`],
  ])('not %s', (_name, html) => expect(kp(html)).toEqual([]));

  it('keeps the summary list out of the body blocks', () => {
    const doc = page(`<article><h1>Budget passes</h1><h2>Key points</h2>${ul(BULLETS)}${STORY}</article>`);
    const body = findArticleBody(doc);
    expect(body.blocks.some((b) => b.kind === 'li')).toBe(false);
    expect(body.blocks.some((b) => b.text === 'Key points')).toBe(false);
  });
});
