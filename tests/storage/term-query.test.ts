import { describe, expect, it } from 'vitest';
import { matchTerms, parseQuery, termsMatch, type KeyIndex } from '@/lib/storage/term-query';
import { fold, speakerKey, termsOf, words } from '@/lib/storage/text';

describe('folding', () => {
  it('folds case, accents and compatibility forms the same on both sides', () => {
    expect(fold('Éric ZEMMOUR ﬁnal')).toBe('eric zemmour final');
    expect(words("L'État, c'est moi — Dvořák 2024!")).toEqual(['l', 'etat', 'c', 'est', 'moi', 'dvorak', '2024']);
    expect(speakerKey('  José  ÁLVAREZ ')).toBe('jose alvarez');
    expect(speakerKey(null)).toBe('');
  });
  it('indexes distinct words without function words', () => {
    expect(termsOf('We will not raise the taxes, the taxes!', 'Ann Lee', null)).toEqual(['raise', 'taxes', 'ann', 'lee']);
  });
});

describe('parseQuery', () => {
  it.each([
    ['taxes fam', { exact: ['taxes'], prefix: 'fam' }],
    ['taxes families ', { exact: ['taxes', 'families'], prefix: null }],
    ['the taxes', { exact: [], prefix: 'taxes' }],
    ['taxes t', { exact: ['taxes'], prefix: null }],
    ['Économie', { exact: [], prefix: 'economie' }],
    ['', { exact: [], prefix: null }],
    ['  ', { exact: [], prefix: null }],
    ['"taxes"', { exact: ['taxes'], prefix: null }],
  ])('%j', (q, expected) => {
    expect(parseQuery(q)).toEqual(expected);
  });
});

/** An index over term → keys, like the multi-entry term index. */
function fakeIndex(entries: Record<string, string[]>): KeyIndex & { largestRead: number } {
  const flat = Object.entries(entries).flatMap(([t, ks]) => ks.map((k) => [t, k] as const)).sort();
  const idx = {
    largestRead: 0,
    async getAllKeys(r?: IDBKeyRange | string | null, count?: number) {
      const keys = flat.filter(([t]) => (r instanceof IDBKeyRange ? r.includes(t) : true)).map(([, k]) => k).slice(0, count);
      idx.largestRead = Math.max(idx.largestRead, keys.length);
      return keys;
    },
  };
  return idx;
}

describe('matchTerms', () => {
  const index = () => fakeIndex({ common: ['a', 'b', 'c', 'd', 'e', 'f'], rare: ['b', 'e'], mid: ['a', 'b', 'c'] });
  it('intersects, rarest word first', async () => {
    const m = await matchTerms(index(), [IDBKeyRange.only('common'), IDBKeyRange.only('mid'), IDBKeyRange.only('rare')]);
    expect([...m.keys!]).toEqual(['b']);
    expect(m.unchecked).toEqual([]);
  });
  it('leaves words above the cap to be checked on rows', async () => {
    const m = await matchTerms(index(), [IDBKeyRange.only('common'), IDBKeyRange.only('rare')], 3);
    expect([...m.keys!].sort()).toEqual(['b', 'e']);
    expect(m.unchecked).toHaveLength(1);
    expect(termsMatch(['common', 'x'], m.unchecked[0]!)).toBe(true);
  });
  it('lists no keys at all when even the rarest word is above the cap', async () => {
    const idx = index();
    const m = await matchTerms(idx, [IDBKeyRange.only('common'), IDBKeyRange.only('mid')], 2);
    expect(m.keys).toBeNull();
    expect(m.unchecked).toHaveLength(2);
    // Never more than cap + 1 keys of any word.
    expect(idx.largestRead).toBe(3);
  });
  it('an empty intersection is an empty set, not "everything"', async () => {
    const m = await matchTerms(fakeIndex({ x: ['1'], y: ['2'], z: ['1', '2', '3'] }), [IDBKeyRange.only('x'), IDBKeyRange.only('y'), IDBKeyRange.only('z')]);
    expect(m.keys).toEqual(new Set());
  });
  it('a prefix range gathers every word it starts', async () => {
    const m = await matchTerms(fakeIndex({ tax: ['1'], taxes: ['2'], taxi: ['3'], tea: ['4'] }), [IDBKeyRange.bound('tax', 'tax\uffff')]);
    expect([...m.keys!].sort()).toEqual(['1', '2', '3']);
  });
});
