import { describe, expect, it } from 'vitest';
import { samePage, textFragmentUrl } from '@/lib/client/text-fragment';

describe('textFragmentUrl', () => {
  it('links a short quote whole, without edge punctuation, replacing any fragment', () => {
    expect(textFragmentUrl('https://a.example/x#top', 'Much remains,')).toBe('https://a.example/x#:~:text=Much%20remains');
  });
  it('escapes the characters that mean something in a text directive', () => {
    const url = textFragmentUrl('https://a.example/x', 'Yes-or-no, & more');
    expect(url).toBe('https://a.example/x#:~:text=Yes%2Dor%2Dno%2C%20%26%20more');
  });
  it('uses start,end for a long quote', () => {
    const q = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textFragmentUrl('https://a.example/x', q)).toBe('https://a.example/x#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve');
  });
});

describe('samePage', () => {
  it('ignores the fragment and refuses unknown URLs', () => {
    expect(samePage('https://a.example/x#:~:text=a', 'https://a.example/x')).toBe(true);
    expect(samePage('https://a.example/x', 'https://a.example/y')).toBe(false);
    expect(samePage(null, 'https://a.example/x')).toBe(false);
  });
});
