// Thin wiring on every http(s) page: the cheap detector always, the full analysis only on articles (or when the
// reader asks), a report to the background, and answers to its questions. Re-runs when a single-page site navigates.
// The analysis is not in this bundle: the first time a page needs it, the background injects /analyser.js into this
// script's world (analyser-handle.ts), so the pages that are not articles never download, compile or run it.
import { browser } from 'wxt/browser';
import { detectArticle, newPageElements } from '@/lib/extract/detect';
import type { Detection } from '@/lib/model';
import { request, makeHandler, isMessageOf } from '@/lib/protocol/define';
// Each protocol's half this side parses: requests received, replies to what it sends (not the page analysis schemas).
import { contentToBgReplies, type contentToBg } from '@/lib/protocol/content-to-bg';
import { bgToContentRequests, type bgToContent, type PageState } from '@/lib/protocol/bg-to-content';
import { revealQuote } from './reveal';
import { loadedAnalyser, PAGE_MATCHES, type Analyser } from './analyser-handle';

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

let loading: Promise<Analyser> | undefined;

/** The analyser, asking the background to load it into this world the first time (once, however many ask). */
function analyser(): Promise<Analyser> {
  const ready = loadedAnalyser();
  if (ready) return Promise.resolve(ready);
  if (!loading) {
    loading = request<typeof contentToBg, 'analyser/load'>(contentToBgReplies, send, 'analyser/load', {}).then(() => {
      const fn = loadedAnalyser();
      if (!fn) throw new Error('the analyser did not load');
      return fn;
    });
    // A refusal (a background reloading) is not remembered: the next inspection or the reader's request asks again.
    loading.catch(() => { loading = undefined; });
  }
  return loading;
}

async function inspect(force: boolean): Promise<PageState> {
  const url = location.href;
  const t0 = TIMING ? performance.now() : 0;
  // The detector's walk lists elements the analysis reads (metas, scripts, the first <h1> and <article>), so it does
  // not look for them again: it reads them as they stood when the detector ran, at most the analyser's loading time
  // (milliseconds) earlier; an <h1> or <article> no longer in the page by then is looked up afresh.
  const found = newPageElements();
  let detection: Detection;
  try {
    detection = detectArticle(document, found);
  } catch (e) {
    // Whatever a page did to its document, the reader still gets an answer (and "analyse this page anyway").
    detection = { isArticle: false, score: 0, reasons: [`the page could not be read: ${e instanceof Error ? e.message : String(e)}`] };
  }
  let t1 = TIMING ? performance.now() : 0;
  if (TIMING) performance.measure('quotelens:detect', { start: t0, end: t1 });
  let analysis = null;
  if (detection.isArticle || force) {
    const cold = !loadedAnalyser();
    try {
      const analyse = await analyser();
      if (TIMING && cold) performance.measure('quotelens:load', { start: t1, end: (t1 = performance.now()) });
      analysis = analyse(document, url, detection, { force }, found);
      if (TIMING) performance.measure('quotelens:analyse', { start: t1, end: performance.now() });
    } catch {
      // No analysis this time; the popup still offers "analyse this page anyway", which tries again.
    }
  }
  if (TIMING) performance.mark('quotelens:done');
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
  matches: PAGE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // The latest inspection, which page/state answers with (waiting for it when it is still running).
    let current: Promise<PageState>;
    let latest = 0;
    /** Inspects the page and reports it unless a newer inspection (a navigation, the reader's request) began meanwhile. */
    const inspectAndReport = () => {
      const run = ++latest;
      current = inspect(false);
      void current.then((s) => { if (run === latest) report(s); });
    };
    inspectAndReport();

    const handle = makeHandler<typeof bgToContent, undefined>(bgToContentRequests, {
      'page/state': () => current,
      // Forced analysis is answered, not reported: the background saves what it asked for.
      'page/analyse': ({ force }) => { latest++; return (current = inspect(force)); },
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
      const settle = async () => {
        if (pageKey(location.href) === pageKey((await current).url)) return;
        // Reading the old story's DOM under the new URL would save its quotes twice: wait (a few times) for it to go.
        if (headline() === shown && waits++ < MAX_SETTLE_WAITS) { timer = ctx.setTimeout(settle, SETTLE_MS); return; }
        shown = headline();
        inspectAndReport();
      };
      timer = ctx.setTimeout(settle, SETTLE_MS);
    };
    ctx.addEventListener(window, 'wxt:locationchange', onNavigate);
    ctx.addEventListener(window, 'popstate', onNavigate);
  },
});
