// The single writer: owns the history database, answers every message, keeps the badge, offers "Look up quote".
// All logic lives in lib/service; this file only connects it to the browser.
import { browser } from 'wxt/browser';
import { createHistoryStore } from '@/lib/storage';
import { createBackgroundService } from '@/lib/service';
import { installLookupMenu, takePendingLookup } from './lookup-menu';
import { askPersistentStorage, injectAnalyser, setBadge } from './browser-ports';

export default defineBackground(() => {
  const store = createHistoryStore({
    // The one writer: it may hold the search rows in memory and keep them true.
    searchMemory: true,
    onBadRow: (where, key, problem) => console.warn(`Quotelens: skipped a bad ${where} row (${String(key)}): ${problem}`),
  });
  const service = createBackgroundService({
    store,
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    setBadge,
    injectAnalyser,
    broadcast: (message) => browser.runtime.sendMessage(message),
    takePendingLookup,
    warn: (message, error) => console.warn(`Quotelens: ${message}`, error),
  });

  // Returning the promise is the reply (webextension-polyfill delivers it on every browser).
  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number } }) =>
    service.handleMessage(message, { tabId: sender.tab?.id ?? null }));

  installLookupMenu();
  void askPersistentStorage();
  // Limits may have passed while the browser was closed.
  store.enforceRetention().catch((e) => console.warn('Quotelens: retention', e));
});
