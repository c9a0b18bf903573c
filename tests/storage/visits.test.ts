import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { article, freshIndexedDB, quote, testStore, type TestStore } from './helpers';

let store: TestStore;
beforeEach(() => { freshIndexedDB(); store = testStore(); });
afterEach(() => store.close());

const DAY = 86_400_000;

describe('saveAnalysis', () => {
  it('saves one visit per URL with its quotes', async () => {
    const r = await store.saveAnalysis(article('https://a.example/1', { quotes: [quote('We will win', 'Ann Lee'), quote('No comment')] }), 1000);
    expect(r).toMatchObject({ quoteCount: 2, updated: false });
    const { items, total } = await store.listHistory({ offset: 0, limit: 10 });
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({ url: 'https://a.example/1', quoteCount: 2, firstSeen: 1000, lastSeen: 1000 });
    expect((items[0] as Record<string, unknown>).terms).toBeUndefined();
    expect((await store.counts()).quotes).toBe(2);
  });

  it('a revisit updates the visit and replaces its quotes', async () => {
    const url = 'https://a.example/1';
    await store.saveAnalysis(article(url, { title: 'Old', quotes: [quote('first words here'), quote('second words here'), quote('third')] }), 1000);
    const r = await store.saveAnalysis(article(url, { title: 'New', quotes: [quote('second words here')] }), 5000);
    expect(r.updated).toBe(true);
    const { items } = await store.listHistory({ offset: 0, limit: 10 });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ title: 'New', firstSeen: 1000, lastSeen: 5000, quoteCount: 1 });
    expect((await store.counts()).quotes).toBe(1);
    const hits = await store.searchQuotes({ query: 'second', offset: 0, limit: 10 });
    // The kept quote keeps the date it was first saved.
    expect(hits.hits.map((h) => [h.text, h.savedAt])).toEqual([['second words here', 1000]]);
    expect((await store.searchQuotes({ query: 'first', offset: 0, limit: 10 })).total).toBe(0);
  });

  it('writes nothing when the transaction fails midway', async () => {
    const url = 'https://a.example/1';
    await store.saveAnalysis(article(url, { quotes: [quote('kept words')] }), 1000);
    // A quote that cannot be cloned makes the put throw after the visit was written in the same transaction.
    const bad = article(url, { title: 'Broken', quotes: [quote('new words'), { ...quote('x'), block: (() => 1) as unknown as number }] });
    await expect(store.saveAnalysis(bad, 2000)).rejects.toThrow();
    const { items } = await store.listHistory({ offset: 0, limit: 10 });
    expect(items[0]).toMatchObject({ title: `Title of ${url}`, lastSeen: 1000 });
    expect((await store.searchQuotes({ query: 'kept', offset: 0, limit: 5 })).total).toBe(1);
    expect((await store.searchQuotes({ query: 'new', offset: 0, limit: 5 })).total).toBe(0);
  });
});

describe('listHistory', () => {
  beforeEach(async () => {
    await store.saveAnalysis(article('https://news.example.org/brexit', { title: 'Brexit talks resume', siteName: 'Daily Planet' }), 1 * DAY);
    await store.saveAnalysis(article('https://www.other.example/econ', { title: 'Économie : la croissance ralentit', siteName: null }), 2 * DAY);
    await store.saveAnalysis(article('https://news.example.org/vote', { title: 'Vote on the budget', siteName: 'Daily Planet' }), 3 * DAY);
  });

  it('is newest first and paged', async () => {
    const p1 = await store.listHistory({ offset: 0, limit: 2 });
    expect(p1.total).toBe(3);
    expect(p1.items.map((v) => v.url)).toEqual(['https://news.example.org/vote', 'https://www.other.example/econ']);
    const p2 = await store.listHistory({ offset: 2, limit: 2 });
    expect(p2.items.map((v) => v.url)).toEqual(['https://news.example.org/brexit']);
  });

  it('searches title and site, accents and case folded, prefix while typing', async () => {
    const urls = async (query: string) => (await store.listHistory({ query, offset: 0, limit: 10 })).items.map((v) => v.url);
    expect(await urls('economie')).toEqual(['https://www.other.example/econ']);
    expect(await urls('CROISS')).toEqual(['https://www.other.example/econ']);
    expect(await urls('daily planet')).toEqual(['https://news.example.org/vote', 'https://news.example.org/brexit']);
    expect(await urls('planet brex')).toEqual(['https://news.example.org/brexit']);
    expect(await urls('other.example')).toEqual(['https://www.other.example/econ']);
    expect(await urls('nothing-like-this')).toEqual([]);
  });
});

describe('delete and clear', () => {
  it('deleteVisit takes its quotes with it and leaves the others', async () => {
    await store.saveAnalysis(article('https://a.example/1', { quotes: [quote('alpha words', 'Ann Lee')] }));
    await store.saveAnalysis(article('https://a.example/2', { quotes: [quote('alpha again', 'Ann Lee')] }));
    expect(await store.deleteVisit('https://a.example/1')).toBe(true);
    expect(await store.deleteVisit('https://a.example/1')).toBe(false);
    expect(await store.counts()).toEqual({ visits: 1, quotes: 1 });
    expect((await store.speakerQuotes('Ann Lee')).hits.map((h) => h.url)).toEqual(['https://a.example/2']);
  });

  it('clearAll empties history but keeps settings', async () => {
    await store.saveAnalysis(article('https://a.example/1', { quotes: [quote('alpha')] }));
    await store.setSettings({ retention: { maxAgeDays: 30, maxArticles: null } });
    await store.clearAll();
    expect(await store.counts()).toEqual({ visits: 0, quotes: 0 });
    expect((await store.getSettings()).retention.maxAgeDays).toBe(30);
  });
});

describe('retention', () => {
  it('deletes by age and by count, oldest first, with their quotes', async () => {
    for (let i = 1; i <= 5; i++) await store.saveAnalysis(article(`https://a.example/${i}`, { quotes: [quote(`words ${i}`)] }), i * DAY);
    expect(await store.applyRetention({ maxAgeDays: 2, maxArticles: null }, 5 * DAY)).toBe(2);
    expect((await store.listHistory({ offset: 0, limit: 10 })).items.map((v) => v.url)).toEqual(['https://a.example/5', 'https://a.example/4', 'https://a.example/3']);
    expect(await store.applyRetention({ maxAgeDays: null, maxArticles: 1 }, 5 * DAY)).toBe(2);
    expect(await store.counts()).toEqual({ visits: 1, quotes: 1 });
    expect(await store.applyRetention({ maxAgeDays: null, maxArticles: null })).toBe(0);
  });
});

describe('bad rows', () => {
  it('are skipped and reported, the rest still shows', async () => {
    await store.saveAnalysis(article('https://a.example/good', { quotes: [quote('good words', 'Ann Lee')] }), 2000);
    const db = await openDB('quotelens');
    await db.put('visits', { url: 'https://a.example/bad', title: 42, lastSeen: 3000, terms: ['good'], recency: -3000 });
    // An earlier save of the article whose quote is damaged, and a group row that holds no list of quotes at all,
    // each with a search row that finds it by its word (the second one damaged too).
    await db.put('groups', {
      url: 'https://a.example/good', t: -1, size: 1, speakers: ['ann lee'],
      quotes: [{ index: 9, text: null, speaker: 'Ann Lee', role: null, block: 0, speakerKey: 'ann lee' }],
    });
    await db.put('words', { url: 'https://a.example/good', t: -1, terms: ['good'], w: ['\u0000'], who: ['ann lee'] });
    await db.put('groups', { url: 'https://b.example/worse', t: -2, size: 1, speakers: ['ann lee'], quotes: 'none' });
    await db.put('words', { url: 'https://b.example/worse', t: -2, terms: ['good'], w: 'none', who: [] });
    db.close();
    const list = await store.listHistory({ offset: 0, limit: 10 });
    expect(list.items.map((v) => v.url)).toEqual(['https://a.example/good']);
    const search = await store.searchQuotes({ query: 'good', offset: 0, limit: 10 });
    expect(search.hits.map((h) => h.text)).toEqual(['good words']);
    expect((await store.speakerQuotes('ann lee')).hits).toHaveLength(1);
    expect(store.bad.map((b) => [b.store, b.key])).toEqual(expect.arrayContaining([
      ['visits', 'https://a.example/bad'], ['quotes', 'https://a.example/good#9'], ['quotes', 'https://b.example/worse'],
    ]));
  });
});
