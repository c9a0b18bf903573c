// Publication dates to ISO 8601, from the forms pages use in meta tags, JSON-LD and <time> elements.
const ISO_LIKE = /^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?)?$/i;
const COMPACT = /^(\d{4})(\d\d)(\d\d)(?:T?(\d\d)(\d\d)(\d\d)?)?$/;

/** ISO 8601 text for a date a page gives, or null when it cannot be read. Date-only values stay date-only. */
export function toIsoDate(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim();
  if (!s) return null;
  if (/^\d{4}-\d\d-\d\d$/.test(s)) return s;
  if (ISO_LIKE.test(s)) {
    const t = Date.parse(s.replace(' ', 'T').replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
    return Number.isNaN(t) ? s : normalizeIso(s);
  }
  const c = COMPACT.exec(s);
  if (c) return c[4] ? `${c[1]}-${c[2]}-${c[3]}T${c[4]}:${c[5]}:${c[6] ?? '00'}Z` : `${c[1]}-${c[2]}-${c[3]}`;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString();
}

function normalizeIso(s: string): string {
  // Keep the page's own offset (a reader's local date matters), only fix the separators.
  return s.replace(' ', 'T').replace(/\s+(Z|[+-])/i, '$1').replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
}
