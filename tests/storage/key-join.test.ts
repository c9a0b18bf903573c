// Reading one word's groups newest first by keys (listed again from the word's start for more) and by rows along a
// cursor, from the start or from after a given group, against the file the history was imported from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import type { HistoryExport } from '@/lib/model';
import { createHistoryStore, termsOf, type HistoryStore } from '@/lib/storage';
import { keyList, keyStream, rowStream } from '@/lib/storage/key-join';
import { reachesBack, type PostingIndex } from '@/lib/storage/key-scan';
import { byTime, groupKey, keyId } from '@/lib/storage/postings';
import type { GroupKey, QuotelensDB } from '@/lib/storage/schema';
import { syntheticHistory } from './synthetic-history';
import { freshIndexedDB } from './helpers';

let store: HistoryStore;
let file: HistoryExport;
let db: IDBPDatabase<QuotelensDB>;
beforeAll(async () => {
  freshIndexedDB();
  store = createHistoryStore();
  file = syntheticHistory({ articles: 300, quotesPerArticle: 4, vocabulary: 60, seed: 4 });
  // Runs of articles saved at the same instant: their groups share a time and are ordered by URL.
  file.quotes = file.quotes.map((q) => ({ ...q, savedAt: Math.floor(q.savedAt / 600_000) }));
  await store.importHistory(JSON.stringify(file));
  db = await openDB<QuotelensDB>('quotelens');
}, 60_000);
afterAll(async () => { db.close(); await store.close(); });

const index = () => db.transaction(['words']).objectStore('words').index('by-term') as unknown as PostingIndex;

/** Every group holding `word`, newest first, from the file. */
function groupsOf(word: string): GroupKey[] {
  const keys = new Map<string, GroupKey>();
  for (const q of file.quotes) {
    if (!termsOf(q.text, q.speaker, q.role).includes(word)) continue;
    const k = groupKey(q.url, q.savedAt);
    keys.set(keyId(k), k);
  }
  return [...keys.values()].sort(byTime);
}

const words = () => {
  const n = new Map<string, number>();
  for (const q of file.quotes) for (const t of termsOf(q.text)) n.set(t, (n.get(t) ?? 0) + 1);
  const sorted = [...n].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  return [sorted[0]!, sorted[5]!, sorted[sorted.length - 1]!];
};

describe('one word\'s groups, newest first', () => {
  it('by keys, a few at a time and in growing listings, ends where the list ends', async () => {
    for (const word of words()) {
      const expected = groupsOf(word);
      expect(expected.length).toBeGreaterThan(0);
      for (const step of [1, 7, 50]) {
        const stream = keyStream(index(), word);
        const got: GroupKey[] = [];
        for (let part = await stream.next(step); part.length > 0; part = await stream.next(step)) got.push(...part);
        expect({ word, step, got }).toEqual({ word, step, got: expected });
        // Listed again from the start for twice as many each time: about three times what was used at most.
        expect(stream.listed).toBeLessThanOrEqual(3 * expected.length + 2 * step + 32);
      }
      const list = keyList(index(), word);
      while (!list.done) await list.extend(9);
      expect(list.keys).toEqual(expected);
    }
  });

  it('by rows along a cursor, from the newest or from after any group, runs of one time included', async () => {
    for (const word of words()) {
      const expected = groupsOf(word);
      for (const from of [undefined, 0, 1, Math.floor(expected.length / 2), expected.length - 1]) {
        const after = from === undefined ? undefined : expected[from]!;
        const want = from === undefined ? expected : expected.slice(from + 1);
        for (const step of [1, 8]) {
          const tx = db.transaction(['words']);
          const rows = rowStream(tx.objectStore('words').index('by-term') as unknown as PostingIndex, word, after);
          const got: GroupKey[] = [];
          for (;;) {
            const part = await rows.next(step);
            got.push(...part.keys);
            // Each row is the group its key names.
            part.raws.forEach((raw, i) => expect([(raw as { t: number }).t, (raw as { url: string }).url]).toEqual(part.keys[i]));
            if (part.end) break;
          }
          expect({ word, from, step, got }).toEqual({ word, from, step, got: want });
        }
      }
    }
  });

  it('reaches back to a time exactly when the word is in a group saved then or before', async () => {
    for (const word of [...words(), 'nosuchword']) {
      const expected = groupsOf(word);
      const times = [...new Set(expected.map((k) => k[0]))];
      // Each of the word's own times, just past its newest and oldest, and far on either side.
      const probes = [...times.slice(0, 5), ...times.slice(-5), (times[0] ?? 0) - 1, (times.at(-1) ?? 0) + 1, -Infinity, Infinity];
      for (const from of probes) {
        const want = expected.some((k) => k[0] >= from);
        expect({ word, from, got: await reachesBack(index(), word, from) }).toEqual({ word, from, got: want });
      }
    }
  });
});
