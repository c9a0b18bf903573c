// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findQuoteRange } from '@/entrypoints/content/find-text';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html; // test-only: builds the page the content script would read
  return root;
}

describe('findQuoteRange', () => {
  // [name, page, saved quote, the page text the range must cover]
  const cases: Array<[string, string, string, string]> = [
    ['plain', '<p>She said “We’ve never been closer to peace.” on Tuesday.</p>', 'We’ve never been closer to peace.', 'We’ve never been closer to peace'],
    ['straight vs curly apostrophe', '<p>“We’ve never been closer to peace,” she said.</p>', "We've never been closer to peace.", 'We’ve never been closer to peace'],
    ['split across inline elements and newlines', '<p>“The ball is <em>now</em>\n   in Russia’s court.”</p>', 'The ball is now in Russia’s court.', 'The ball is now\n   in Russia’s court'],
    ['trailing comma outside the marks', '<p>“Much remains”, he said.</p>', 'Much remains,', 'Much remains'],
    ['dash kinds and case', '<p>“Clear to everyone — even those”</p>', 'clear to everyone - even those', 'Clear to everyone — even those'],
  ];
  for (const [name, html, quote, covered] of cases) {
    it(name, () => {
      const root = page(html);
      const before = root.innerHTML;
      expect(findQuoteRange(root, quote)?.toString()).toBe(covered);
      expect(root.innerHTML).toBe(before);
    });
  }

  it('ignores script text and returns null for words not on the page', () => {
    const root = page('<script>var s = "never been closer";</script><p>Other words.</p>');
    expect(findQuoteRange(root, 'never been closer')).toBeNull();
  });

  it('falls back to the opening words of a long quote whose end the page changed', () => {
    const root = page('<p>“One two three four five six seven eight nine ten,” he said, “eleven.”</p>');
    const range = findQuoteRange(root, 'One two three four five six seven eight nine ten eleven');
    expect(range?.toString()).toBe('One two three four five six seven eight');
  });
});
