// How dates, sites and counts read in the UI. Dates use the reader's locale; a missing date is left out, not guessed.
import { siteHost } from '../lib/model/url';

export function formatDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function siteOf(siteName: string | null | undefined, url: string): string {
  return siteName || siteHost(url) || url;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Joins the parts that exist with a middle dot: "Newslooks · 18 Mar 2025". */
export function metaLine(...parts: Array<string | null | undefined>): string {
  return parts.filter((p): p is string => Boolean(p)).join(' · ');
}

/** A saved quote's origin on one line: site and date (published, else when it was saved). */
export function hitMeta(h: { siteName: string | null; url: string; published: string | null; savedAt: number }): string {
  return metaLine(siteOf(h.siteName, h.url), formatDate(h.published) ?? formatDate(h.savedAt));
}

/** An error as a sentence for the reader. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** What a reveal that found nothing says, wherever it was asked from. */
export const QUOTE_GONE = 'That quote is no longer on the page.';
