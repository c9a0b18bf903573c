// Writes that overlap: restored sessions save several articles at once, and the popup reads counts meanwhile.
import { describe, expect, it } from 'vitest';
import { freshIndexedDB, testStore, article, quote } from './helpers';
import { createBackgroundService } from '@/lib/service/background-service';

describe('overlapping writes', () => {
  for (const tabs of [2, 3, 5, 8]) {
    it(`saves from ${tabs} tabs at once keep exactly the article limit, and the counts stay true`, async () => {
      freshIndexedDB();
      const store = testStore();
      const svc = createBackgroundService({ store, sendToTab: async () => undefined, setBadge: () => {}, injectAnalyser: async () => {}, takePendingLookup: async () => null });
      await store.setSettings({ retention: { maxAgeDays: null, maxArticles: 10 } });
      for (let i = 0; i < 10; i++) await store.saveAnalysis(article(`https://old.example/${i}`, { quotes: [quote(`old words ${i}`)] }), 1000 + i);
      const replies = await Promise.all(Array.from({ length: tabs }, (_, i) =>
        svc.handleMessage({ type: 'page/analysed', payload: { analysis: article(`https://new.example/${i}`, { quotes: [quote(`new words ${i}`)] }) } }, { tabId: i })));
      expect(replies.every((r) => r?.ok)).toBe(true);
      const listed = await store.listHistory({ offset: 0, limit: 100 });
      expect(listed.items).toHaveLength(10);
      // Every new article survives: the oldest ones made room.
      expect(listed.items.filter((v) => v.url.startsWith('https://new.example/'))).toHaveLength(tabs);
      expect(await store.counts()).toEqual(await testStore().counts());
    });
  }

  it('a count read while a save is in flight is not counted twice', async () => {
    freshIndexedDB();
    const store = testStore();
    await store.saveAnalysis(article('https://a.example/0', { quotes: [quote('x y z')] }), 1);
    await store.deleteVisit('https://nothing.example/'); // a write that drops the cached counts
    const saving = store.saveAnalysis(article('https://a.example/1', { quotes: [quote('a b c'), quote('d e f')] }), 2);
    await new Promise((r) => setTimeout(r, 0));
    const during = store.counts();
    await saving;
    await during;
    expect(await store.counts()).toEqual({ visits: 2, quotes: 3 });
    expect(await store.counts()).toEqual(await testStore().counts());
  });
});
