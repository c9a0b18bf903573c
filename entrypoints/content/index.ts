// Thin wiring on every http(s) page: the cheap detector always, the full analysis only on articles (or when the
// reader asks), a report to the background, and answers to its questions. Re-runs when a single-page site navigates.
import { browser } from 'wxt/browser';
import { analyzePage, detectArticle } from '@/lib/extract';
import { request, makeHandler, isMessageOf } from '@/lib/protocol/define';
// Each protocol's half this side parses: requests received, replies to what it sends (not the page analysis schemas).
import { contentToBgReplies, type contentToBg } from '@/lib/protocol/content-to-bg';
import { bgToContentRequests, type bgToContent, type PageState } from '@/lib/protocol/bg-to-content';
import { revealQuote } from './reveal';

/** SPA navigations swap the content after the URL: wait for the page to settle before reading it. */
const SETTLE_MS = 800;
/** A site that keeps its title and headline across stories is read anyway after this many more waits. */
const MAX_SETTLE_WAITS = 3;

const pageKey = (url: string) => url.split('#')[0]!;
const send = (m: unknown) => browser.runtime.sendMessage(m);

/**
 * Benchmark builds only (`WXT_QUOTELENS_TIMING=1 wxt build`, as `npm run bench` does): User Timing entries let
 * scripts/bench-browser.mjs time both steps inside a real page. Pages can read those entries, so a reader's build
 * never writes them: it would tell every site that Quotelens is installed.
 */
const TIMING = (import.meta.env as Record<string, string | undefined>).WXT_QUOTELENS_TIMING === '1';

function inspect(force: boolean): PageState {
  const url = location.href;
  const t0 = TIMING ? performance.now() : 0;
  const detection = detectArticle(document);
  const t1 = TIMING ? performance.now() : 0;
  if (TIMING) performance.measure('quotelens:detect', { start: t0, end: t1 });
  const analysis = detection.isArticle || force ? analyzePage(document, url, { force, detection }) : null;
  if (TIMING && analysis) performance.measure('quotelens:analyse', { start: t1, end: performance.now() });
  return { url, detection, analysis };
}

function report(s: PageState): void {
  const sent = s.analysis
    ? request<typeof contentToBg, 'page/analysed'>(contentToBgReplies, send, 'page/analysed', { analysis: s.analysis })
    : request<typeof contentToBg, 'page/skipped'>(contentToBgReplies, send, 'page/skipped', {});
  // A sleeping or reloading background is no reason to break the page; the popup asks again through page/state.
  sent.catch(() => {});
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let state = inspect(false);
    report(state);

    const handle = makeHandler<typeof bgToContent, undefined>(bgToContentRequests, {
      'page/state': () => state,
      // Forced analysis is answered, not reported: the background saves what it asked for.
      'page/analyse': ({ force }) => (state = inspect(force)),
      'quote/reveal': ({ text }) => ({ found: revealQuote(text) }),
    });
    const listener = (message: unknown) => (isMessageOf(bgToContentRequests, message) ? handle(message, undefined) : undefined);
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

    // What the reader sees as "which story": when the URL moved but this has not yet, the new story is still loading.
    const headline = () => `${document.title}\n${document.querySelector('h1')?.textContent ?? ''}`;
    let shown = headline();
    let timer: number | undefined;
    const onNavigate = () => {
      clearTimeout(timer);
      let waits = 0;
      const settle = () => {
        if (pageKey(location.href) === pageKey(state.url)) return;
        // Reading the old story's DOM under the new URL would save its quotes twice: wait (a few times) for it to go.
        if (headline() === shown && waits++ < MAX_SETTLE_WAITS) { timer = ctx.setTimeout(settle, SETTLE_MS); return; }
        shown = headline();
        state = inspect(false);
        report(state);
      };
      timer = ctx.setTimeout(settle, SETTLE_MS);
    };
    ctx.addEventListener(window, 'wxt:locationchange', onNavigate);
    ctx.addEventListener(window, 'popstate', onNavigate);
  },
});
