// Text helpers: their fast paths (nothing to change) give what the plain regex pipelines give.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { blockText, clean } from '../../lib/extract/text';

/** Every string of up to `n` pieces over white space of every kind and a letter. */
function combos(n: number): string[] {
  const pieces = ['a', ' ', '  ', '\n', '\t', '\u00a0', '\r\n', ' \n ', 'b c'];
  let out = [''];
  const all: string[] = [];
  for (let i = 0; i < n; i++) {
    out = out.flatMap((s) => pieces.map((p) => s + p));
    all.push(...out);
  }
  return all;
}

describe('clean', () => {
  it('collapses and trims white space as replace(/\\s+/g, " ").trim() does', () => {
    for (const s of combos(4)) expect(clean(s)).toBe(s.replace(/\s+/g, ' ').trim());
    expect(clean(null)).toBe('');
    expect(clean('Key points')).toBe('Key points');
  });
});

describe('blockText', () => {
  it('makes each white-space run one line break when it holds one, else one space', () => {
    const { document } = parseHTML('<html><body><p></p></body></html>');
    const p = document.querySelector('p')!;
    for (const s of combos(4)) {
      p.textContent = s;
      const old = s.replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').replace(/\n+/g, '\n').trim();
      expect(blockText(p as unknown as Element)).toBe(old);
    }
  });
});
