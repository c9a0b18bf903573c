// How the content script and the analyser it loads find each other. The analyser (entrypoints/analyser.ts, built as
// /analyser.js) is injected by the background into the content script's own isolated world, never the page's, and
// leaves its one function under this name on that world's global object: the page cannot see or replace it.
import type { analyzeDetected } from '@/lib/extract/analyze';

export const ANALYSER_GLOBAL = '__quotelensAnalyser';
export const ANALYSER_FILE = '/analyser.js';
/** Every http(s) page: where the content script runs, so where the analyser may be injected (the manifest's hosts). */
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
export type Analyser = typeof analyzeDetected;

/** The analyser when it has been loaded into this world, else undefined. */
export function loadedAnalyser(): Analyser | undefined {
  const fn = (globalThis as Record<string, unknown>)[ANALYSER_GLOBAL];
  return typeof fn === 'function' ? (fn as Analyser) : undefined;
}
