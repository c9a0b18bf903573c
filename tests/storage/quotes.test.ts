import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { article, freshIndexedDB, quote, testStore, type TestStore } from './helpers';

let store: TestStore;
beforeEach(async () => {
  freshIndexedDB();
  store = testStore();
  await store.saveAnalysis(article('https://planet.example/a', {
    title: 'Budget vote', siteName: 'Daily Planet', published: '2024-03-01T10:00:00Z',
    quotes: [
      quote('We will not raise taxes on working families', 'José Álvarez', 'Finance Minister'),
      quote('The numbers simply do not add up', 'Mary Smith', 'opposition leader'),
    ],
  }), 1000);
  await store.saveAnalysis(article('https://courier.example/b', {
    title: 'Taxes again', siteName: 'Evening Courier', published: '2024-02-01T10:00:00Z',
    quotes: [
      quote('Families deserve lower taxes', 'Jose Alvarez', 'minister'),
      quote('Nothing was decided today', null, null),
    ],
  }), 2000);
});
afterEach(() => store.close());

const texts = async (o: Parameters<TestStore['searchQuotes']>[0]) => (await store.searchQuotes(o)).hits.map((h) => h.text);
const q = (query: string, more: object = {}) => ({ query, offset: 0, limit: 20, ...more });

describe('searchQuotes', () => {
  it('finds words in any order, newest saved first', async () => {
    expect(await texts(q('taxes families'))).toEqual(['Families deserve lower taxes', 'We will not raise taxes on working families']);
    expect(await texts(q('families taxes raise'))).toEqual(['We will not raise taxes on working families']);
  });

  it('treats the last word as a prefix while typing, not once it is complete', async () => {
    expect(await texts(q('numbers ad'))).toEqual(['The numbers simply do not add up']);
    // Shorter than the indexed word starts, and longer than them.
    expect(await texts(q('ad'))).toEqual(['The numbers simply do not add up']);
    expect(await texts(q('famil'))).toEqual(['Families deserve lower taxes', 'We will not raise taxes on working families']);
    expect(await texts(q('tax'))).toHaveLength(2);
    expect(await texts(q('tax '))).toEqual([]);
  });

  it('folds accents and case', async () => {
    expect(await texts(q('ÁLVAREZ'))).toHaveLength(2);
    expect(await texts(q('jose'))).toHaveLength(2);
  });

  it('matches speaker and role words', async () => {
    expect(await texts(q('opposition smith'))).toEqual(['The numbers simply do not add up']);
    expect(await texts(q('finance minister taxes'))).toEqual(['We will not raise taxes on working families']);
  });

  it('filters by speaker, site and article date', async () => {
    expect(await texts(q('taxes', { speaker: 'jose alvarez' }))).toHaveLength(2);
    expect(await texts(q('taxes', { speaker: 'Mary Smith' }))).toEqual([]);
    expect(await texts(q('', { speaker: 'Mary Smith' }))).toEqual(['The numbers simply do not add up']);
    expect(await texts(q('taxes', { site: 'daily planet' }))).toEqual(['We will not raise taxes on working families']);
    // Quotes saved together come in their order on the page.
    expect(await texts(q('', { site: 'courier.example' }))).toEqual(['Families deserve lower taxes', 'Nothing was decided today']);
    expect(await texts(q('taxes', { from: Date.parse('2024-02-15') }))).toEqual(['We will not raise taxes on working families']);
    expect(await texts(q('taxes', { to: Date.parse('2024-02-15') }))).toEqual(['Families deserve lower taxes']);
  });

  it('returns the newest quotes for an empty query, paged, with the article joined', async () => {
    const all = await store.searchQuotes(q(''));
    expect(all.total).toBe(4);
    const page = await store.searchQuotes({ query: '', offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.hits).toHaveLength(2);
    expect(page.hits[0]).toMatchObject({ url: 'https://courier.example/b', title: 'Taxes again', siteName: 'Evening Courier', published: '2024-02-01T10:00:00Z', savedAt: 2000 });
  });

  it('pages narrow results and reports the total', async () => {
    const p = await store.searchQuotes({ query: 'taxes', offset: 1, limit: 1 });
    expect(p.total).toBe(2);
    expect(p.hits.map((h) => h.text)).toEqual(['We will not raise taxes on working families']);
  });

  it('finds nothing for unknown words', async () => {
    expect(await store.searchQuotes(q('zebra'))).toEqual({ hits: [], total: 0 });
  });
});

describe('speakerQuotes', () => {
  it('gathers every spelling of a speaker, oldest article first', async () => {
    const r = await store.speakerQuotes('José Álvarez');
    expect(r.hits.map((h) => [h.text, h.siteName])).toEqual([
      ['Families deserve lower taxes', 'Evening Courier'],
      ['We will not raise taxes on working families', 'Daily Planet'],
    ]);
    expect((await store.speakerQuotes('')).total).toBe(0);
  });
});

describe('firstSeen', () => {
  beforeEach(async () => {
    await store.saveAnalysis(article('https://wire.example/c', {
      title: 'Wire copy', published: '2024-01-15T00:00:00Z',
      quotes: [quote('We will not raise taxes on working families, full stop', 'José Álvarez')],
    }), 3000);
    await store.saveAnalysis(article('https://late.example/d', {
      title: 'Later', published: '2024-05-01T00:00:00Z',
      quotes: [quote('not raise taxes on working families', 'Jose Alvarez'), quote('Something else about taxes entirely')],
    }), 4000);
  });

  it('finds the earliest article with the same words and the others that repeat it', async () => {
    const r = await store.firstSeen({ id: 'https://planet.example/a#0' });
    expect(r.first?.url).toBe('https://wire.example/c');
    expect(r.occurrences.map((h) => h.url)).toEqual(['https://wire.example/c', 'https://planet.example/a', 'https://late.example/d']);
  });

  it('works from text and ignores quotes that only share a few words', async () => {
    const r = await store.firstSeen({ text: 'Families deserve lower taxes' });
    expect(r.occurrences.map((h) => h.url)).toEqual(['https://courier.example/b']);
    expect(await store.firstSeen({ text: '' })).toEqual({ first: null, occurrences: [] });
    expect((await store.firstSeen({ id: 'no such id' })).first).toBeNull();
  });
});
