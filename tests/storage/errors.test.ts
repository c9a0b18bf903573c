// Storage failures arrive as typed errors the UI can explain, and never leave half a write behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BlockedError, QuotaError, StorageError, openQuotelensDB } from '@/lib/storage';
import { article, freshIndexedDB, quote, testStore, type TestStore } from './helpers';

let store: TestStore;
beforeEach(() => { freshIndexedDB(); store = testStore(); });
afterEach(async () => { vi.restoreAllMocks(); await store.close(); });

describe('quota', () => {
  it('a full disk rejects with QuotaError and rolls the whole save back', async () => {
    const url = 'https://a.example/1';
    await store.saveAnalysis(article(url, { title: 'Before', quotes: [quote('old words')] }), 1000);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    // The second write of the transaction (the quotes, after the visit) hits the quota.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const err = await store.saveAnalysis(article(url, { title: 'After', quotes: [quote('new one'), quote('new two')] }), 2000).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(err).toBeInstanceOf(QuotaError);
    expect((err as StorageError).code).toBe('quota');
    expect((err as Error).message).toMatch(/storage is full/i);
    const { items } = await store.listHistory({ offset: 0, limit: 5 });
    expect(items[0]).toMatchObject({ title: 'Before', lastSeen: 1000 });
    expect((await store.searchQuotes({ query: 'old', offset: 0, limit: 5 })).total).toBe(1);
    expect((await store.searchQuotes({ query: 'new', offset: 0, limit: 5 })).total).toBe(0);
  });
});

describe('blocked upgrade', () => {
  it('rejects with BlockedError while an old connection refuses to close', async () => {
    // A page of the previous release, still open, that ignores versionchange keeps the upgrade waiting.
    const old = await openQuotelensDB({ version: 1 });
    const err = await store.counts().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlockedError);
    expect((err as Error).message).toMatch(/close other Quotelens pages/);
    old.close();
    // Once it is closed, the next call opens normally.
    await new Promise((r) => setTimeout(r, 10));
    const retry = testStore();
    await expect(retry.counts()).resolves.toEqual({ visits: 0, quotes: 0 });
    await retry.close();
  });
});
