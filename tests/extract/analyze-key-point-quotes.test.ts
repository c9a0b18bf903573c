// analyzePage: quotes that stand only in the publisher's key points count once; ones the body repeats do not double.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../../lib/extract';

const PARAS = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story tells readers about the council vote and the long debate that came before it in the chamber.</p>`).join('');

function page(keyPoints: string[], body: string): Document {
  const html = `<!doctype html><html lang="en"><head><title>Vote</title><meta property="og:type" content="article">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Vote"}</script></head><body><article><h1>Vote</h1>
  <h3>Council vote: Key points</h3><ul>${keyPoints.map((k) => `<li>${k}</li>`).join('')}</ul>${body}${PARAS}</article></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

describe('quotes in key points', () => {
  it('counts a key-point quote the body does not repeat, with its speaker', () => {
    const doc = page(
      ['<strong>Optimism:</strong> The mayor is confident, with council leader Ann Lee saying, “We have never been closer to a deal.”', 'Second point about the budget and the roads.', 'Third point on the schools.'],
      '<p>“The roads come first,” Lee said after the vote on Monday evening in the council chamber.</p>',
    );
    const a = analyzePage(doc, 'https://example.org/vote');
    expect(a.keyPoints).toHaveLength(3);
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We have never been closer to a deal.', 'Ann Lee'],
      ['The roads come first,', 'Ann Lee'],
    ]);
  });

  it('does not list a key-point quote twice when the body carries the same words', () => {
    const doc = page(
      ['Optimism: council leader Ann Lee said “the roads come first”.', 'Second point about the budget and the roads.', 'Third point on the schools.'],
      '<p>“The roads come first,” said council leader Ann Lee after the vote on Monday evening in the chamber.</p>',
    );
    const a = analyzePage(doc, 'https://example.org/vote');
    expect(a.quotes.map((q) => q.text)).toEqual(['The roads come first,']);
    expect(a.quotes[0]!.block).toBeGreaterThanOrEqual(0);
  });

  it('an embedded post is part of the text but gives no quotes, its sign-off no speaker', () => {
    const doc = page(['First point about the vote.', 'Second point about the budget and the roads.', 'Third point on the schools.'],
      '<p>“The roads come first,” Lee said after the vote on Monday evening in the council chamber.</p><p>The mayor replied on social media:</p>' +
      '<blockquote class="twitter-tweet"><p>“Told you so,” says everyone who voted for the road plan on Monday.</p>— Jo Park (@jopark) May 2, 2024</blockquote>');
    const a = analyzePage(doc, 'https://example.org/vote');
    expect(a.text).toContain('Told you so');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['The roads come first,', 'Lee']]);
  });
});
