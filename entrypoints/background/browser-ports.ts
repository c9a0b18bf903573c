// The few browser calls the background service needs, each guarded for the browser that lacks it.
import { browser } from 'wxt/browser';
import { ANALYSER_FILE } from '../content/analyser-handle';

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

type ScriptingApi = { executeScript(details: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown> };
type TabsExecuteApi = { executeScript(tabId: number, details: { file: string; frameId: number }): Promise<unknown> };

/**
 * Runs the analyser in a tab's top frame (where the content script runs), in the extension's isolated world, the
 * content script's. MV3 has `scripting`; Firefox MV2 has `tabs.executeScript`. Both need the host permission the
 * content script's matches already imply, so the reader is asked for nothing more.
 */
export async function injectAnalyser(tabId: number): Promise<void> {
  const apis = browser as unknown as { scripting?: ScriptingApi; tabs: Partial<TabsExecuteApi> };
  if (apis.scripting) await apis.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [ANALYSER_FILE] });
  else if (apis.tabs.executeScript) await apis.tabs.executeScript(tabId, { file: ANALYSER_FILE, frameId: 0 });
  else throw new Error('this browser cannot load the analyser into a page');
}
