import { IDBFactory } from 'fake-indexeddb';
import type { PageAnalysis, Quote } from '@/lib/model';
import { createHistoryStore, type HistoryStore } from '@/lib/storage';

/** A fresh, empty IndexedDB for each test: nothing leaks between tests. */
export function freshIndexedDB(): void {
  globalThis.indexedDB = new IDBFactory();
}

export function quote(text: string, speaker: string | null = null, role: string | null = null, block = 0): Quote {
  return { text, speaker, role, block };
}

export function article(url: string, over: Partial<PageAnalysis> = {}): PageAnalysis {
  return {
    url,
    isArticle: true,
    title: `Title of ${url}`,
    byline: null,
    published: null,
    siteName: null,
    lang: 'en',
    keyPoints: [],
    summary: ['A summary sentence.'],
    summarySource: 'extractive',
    quotes: [],
    text: 'Body.',
    wordCount: 100,
    ...over,
  };
}

export interface TestStore extends HistoryStore {
  bad: Array<{ store: string; key: unknown; problem: string }>;
}

export function testStore(): TestStore {
  const bad: TestStore['bad'] = [];
  const store = createHistoryStore({ onBadRow: (s, key, problem) => bad.push({ store: s, key, problem }) });
  return Object.assign(store, { bad });
}
