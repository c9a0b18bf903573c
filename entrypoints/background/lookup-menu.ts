// "Look up quote" on selected text: opens the side panel and leaves the selection for it to fetch (lookup/pending).
import { browser } from 'wxt/browser';

export const LOOKUP_MENU_ID = 'quotelens-lookup';
/** Where the pending selection waits for the side panel; session storage survives a service-worker restart. */
export const PENDING_LOOKUP_KEY = 'quotelens:pending-lookup';
/** A selection older than this is stale: the reader gave up or the panel was closed. */
const PENDING_TTL_MS = 2 * 60_000;
/** Lookups search words: a whole page selected is cut to a quote's length. */
const MAX_LOOKUP_CHARS = 500;

interface Pending { text: string; at: number }
let pending: Pending | null = null;

type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };
const area = (): Area | undefined => {
  const s = browser.storage as unknown as { session?: Area; local?: Area };
  return s.session ?? s.local;
};

type PanelApis = {
  sidePanel?: { open?: (o: { tabId?: number; windowId?: number }) => Promise<void> };
  sidebarAction?: { open?: () => Promise<void> };
};

/** Must run synchronously inside the click handler: both browsers only open panels on a user gesture. */
function openPanel(tab: { id?: number; windowId?: number } | undefined): void {
  const { sidePanel, sidebarAction } = browser as unknown as PanelApis;
  const opened = sidePanel?.open
    ? sidePanel.open(tab?.id !== undefined ? { tabId: tab.id } : { windowId: tab?.windowId })
    : sidebarAction?.open?.();
  opened?.catch((e: unknown) => console.warn('Quotelens: could not open the side panel', e));
}

export function rememberLookup(text: string, now = Date.now()): void {
  pending = { text: text.trim().slice(0, MAX_LOOKUP_CHARS), at: now };
  area()?.set({ [PENDING_LOOKUP_KEY]: pending }).catch(() => {});
}

export async function takePendingLookup(now = Date.now()): Promise<string | null> {
  let p = pending;
  pending = null;
  const store = area();
  if (store) {
    try {
      const stored = (await store.get(PENDING_LOOKUP_KEY))[PENDING_LOOKUP_KEY] as Partial<Pending> | undefined;
      if (!p && typeof stored?.text === 'string' && typeof stored.at === 'number') p = { text: stored.text, at: stored.at };
      await store.remove(PENDING_LOOKUP_KEY);
    } catch { /* storage unavailable: the in-memory copy is all there is */ }
  }
  return p && now - p.at <= PENDING_TTL_MS && p.text ? p.text : null;
}

export function onLookupClicked(info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number; windowId?: number }): void {
  if (info.menuItemId !== LOOKUP_MENU_ID) return;
  const text = info.selectionText?.trim();
  if (!text) return;
  openPanel(tab);
  rememberLookup(text);
  // An already open panel is told at once (the click left the focus in the page); with none open nobody answers.
  browser.runtime.sendMessage({ type: 'lookup/ready', payload: {} }).catch(() => {});
}

export function installLookupMenu(): void {
  const menus = (browser as unknown as { contextMenus?: typeof browser.contextMenus }).contextMenus;
  if (!menus) return;
  try {
    // Listen first, synchronously: a click may be what woke the service worker.
    menus.onClicked.addListener(onLookupClicked as Parameters<typeof menus.onClicked.addListener>[0]);
    // removeAll first: menus persist across service-worker restarts and a duplicate id is an error.
    Promise.resolve(menus.removeAll())
      .then(() => menus.create({ id: LOOKUP_MENU_ID, title: 'Look up quote', contexts: ['selection'] }))
      .catch((e: unknown) => console.warn('Quotelens: context menu', e));
  } catch (e) {
    // Without menus the extension still works; only the shortcut is missing.
    console.warn('Quotelens: context menu', e);
  }
}
