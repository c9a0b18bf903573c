// Node-only, for the in-browser profiling scripts: Debian's Chromium with every request off the loopback server
// refused, and script evaluation in a page (its main world, or a fresh isolated world as a content script has).
import { chromium } from 'playwright-core';

/** Headless Chromium and one context whose pages reach 127.0.0.1 only. */
export async function launchOffline() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext();
  await context.route((url) => !url.host.startsWith('127.0.0.1'), (route) => route.abort());
  return { browser, context };
}

/**
 * An evaluator in `page` through its CDP session: in a new isolated world named `worldName`, or in the main world
 * when it is null. It returns the expression's value; an exception thrown there is thrown here.
 */
export async function worldEval(cdp, worldName) {
  let contextId;
  if (worldName !== null) {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName }));
  }
  return async (expression) => {
    const r = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  };
}
