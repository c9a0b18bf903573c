// The few browser calls the background service needs, each guarded for the browser that lacks it.
import { browser } from 'wxt/browser';

type BadgeApi = { setBadgeText(details: { tabId: number; text: string }): Promise<void> };

/** Chrome MV3 and Firefox MV3 have `action`; Firefox MV2 still has `browserAction`. */
export async function setBadge(tabId: number, text: string): Promise<void> {
  const apis = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  await (apis.action ?? apis.browserAction)?.setBadgeText({ tabId, text });
}

/**
 * Asks the browser not to evict the history under storage pressure. `persist()` exists only where there is a
 * window (Firefox's background page); a Chrome service worker lacks it, and there `unlimitedStorage` already applies.
 */
export async function askPersistentStorage(): Promise<boolean> {
  try {
    const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> } } }).navigator?.storage;
    if (typeof storage?.persisted === 'function' && (await storage.persisted())) return true;
    if (typeof storage?.persist === 'function') return await storage.persist();
  } catch {
    // A refusal is not an error: the history still works, it is only evictable.
  }
  return false;
}
