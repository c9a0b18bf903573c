import { describe, expect, it } from 'vitest';
import { hasWordChar, isDescWord, isLetters2, startsUpper, wordRuns, wordsJoined, wordsWithTail } from '../../lib/extract/words';

// The shared tokenizer must match exactly what each step's own regex matched before it was shared.
const ALPHABET = ['a', 'Z', '7', "'", '’', '-', ' ', ',', 'é', 'É', 'ß', '٣', '한', '𝐀', '𝟙', '\u0301', '\ud800', '“', '.'];

function randomText(seed: number, n: number): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += ALPHABET[x % ALPHABET.length];
  }
  return s;
}

describe('shared word tokenizer', () => {
  it('matches the regexes it replaces on random mixed-script text', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const s = randomText(seed, 1 + (seed % 60));
      expect(wordRuns(s)).toEqual(s.match(/[\p{L}\p{N}]+/gu) ?? []);
      expect(wordsWithTail(s, "'")).toEqual(s.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []);
      expect(wordsWithTail(s, "'’")).toEqual(s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []);
      expect(wordsJoined(s, "’'-")).toEqual(s.match(/[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*/gu) ?? []);
      expect(hasWordChar(s)).toBe(/[\p{L}\p{N}]/u.test(s));
      expect(startsUpper(s)).toBe(/^\p{Lu}/u.test(s));
    }
  });

  it('keeps elisions and hyphenated words whole', () => {
    expect(wordsWithTail("don't stop 'em", "'")).toEqual(["don't", 'stop', 'em']);
    expect(wordsJoined('a mother-in-law’s view', "’'-")).toEqual(['a', 'mother-in-law’s', 'view']);
    expect(wordsWithTail("rock'n2roll", "'")).toEqual(["rock'n", '2roll']);
  });
});

describe('letter-run tests', () => {
  it('match the regexes they replace on random mixed-script text', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const s = randomText(seed, seed % 6).replace(/[\s]/g, '');
      expect(isLetters2(s)).toBe(/^\p{L}{2,}$/u.test(s));
      expect(isDescWord(s)).toBe(/^[\p{L}\d-]+$/iu.test(s));
    }
    expect(isDescWord('\u0345')).toBe(/^[\p{L}\d-]+$/iu.test('\u0345'));
  });
});

describe('wordRuns', () => {
  it('lists the runs /[\\p{L}\\p{N}]+/gu lists, across scripts and at every join', () => {
    const parts = ['abc', 'X9', 'é', 'naïve', 'Москва', '東京', '٣', '२०२४', ' ', '-', '’', '.', '\u00a0', 'ß', 'İ', '😀', 'a1'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let i = 0; i < 2000; i++) {
      let s = '';
      for (let k = rnd(12); k >= 0; k--) s += parts[rnd(parts.length)];
      expect(wordRuns(s)).toEqual(s.match(/[\p{L}\p{N}]+/gu) ?? []);
    }
  });
});
