// The matching rules of the corpus scorer (score.mjs), so the corpus test holds floors on the same numbers.
export interface GoldQuote { text: string; speaker: string | null }

const words = (s: string) => String(s ?? '').normalize('NFKC').toLowerCase().replace(/[’‘`´]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];

export function overlap(a: string, b: string): number {
  const A = new Set(words(a)), B = new Set(words(b));
  if (!A.size || !B.size) return 0;
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  const jac = inter / (A.size + B.size - inter);
  const cont = inter / Math.min(A.size, B.size);
  return Math.max(jac, Math.min(A.size, B.size) >= 3 && cont >= 0.8 ? cont : 0);
}

const TITLES = new Set(('mr mrs ms miss dr prof sir dame lord president vice prime minister secretary senator sen rep representative ' +
  'gov governor mayor judge justice gen general col lt sgt capt chief ceo chairman chairwoman chair spokesman spokeswoman spokesperson ' +
  'the former acting deputy press state white house us u s').split(' '));
const nameTokens = (s: string) => words(String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '')).filter((w) => !TITLES.has(w));

export function sameSpeaker(pred: string | null, gold: string | null): boolean {
  if (!gold) return !pred;
  if (!pred) return false;
  const p = nameTokens(pred), g = nameTokens(gold);
  if (!p.length || !g.length) return words(pred).join(' ') === words(gold).join(' ');
  return p.join(' ') === g.join(' ') || p[p.length - 1] === g[g.length - 1];
}

export function match(gold: GoldQuote[], pred: GoldQuote[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => { const s = overlap(g.text, p.text); if (s >= 0.5) pairs.push([s, gi, pi]); }));
  pairs.sort((x, y) => y[0] - x[0]);
  const ug = new Set<number>(), up = new Set<number>(), out: [number, number][] = [];
  for (const [, gi, pi] of pairs) if (!ug.has(gi) && !up.has(pi)) (ug.add(gi), up.add(pi), out.push([gi, pi]));
  return out;
}

// --- body text, as the article-extraction benchmark scores it (shared with scripts/measure-extract.ts) ---------

function shingles(text: string, n = 4): Map<string, number> {
  const t = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const k = t.slice(i, i + n).join('\u0001');
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Precision and recall of predicted body text against the truth: 4-word shingles with counts. */
export function bodyPrecisionRecall(truth: string, pred: string): [number, number] {
  const T = shingles(truth), P = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...T.keys(), ...P.keys()])) {
    const t = T.get(k) ?? 0, p = P.get(k) ?? 0;
    tp += Math.min(t, p); fp += Math.max(0, p - t); fn += Math.max(0, t - p);
  }
  if (fp === 0 && fn === 0) return [1, 1];
  return [tp + fp ? tp / (tp + fp) : 0, tp + fn ? tp / (tp + fn) : 0];
}

/** The calendar day a date label or an extractor's date names (its own YYYY-MM-DD when it starts with one), or null. */
export function labelDay(x: unknown): string | null {
  const s = String(x ?? '').trim();
  if (!s) return null;
  const m = /^\d{4}-\d\d-\d\d/.exec(s);
  if (m) return m[0];
  const t = Date.parse(s);
  return Number.isNaN(t) ? s : new Date(t).toISOString().slice(0, 10);
}

// --- metadata on readability/ (shared with scripts/measure-extract.ts) -----------------------------------------

export type MetaField = 'title' | 'byline' | 'siteName' | 'publishedTime';
export const META_FIELDS: readonly MetaField[] = ['title', 'byline', 'siteName', 'publishedTime'];
/** Corrections to the readability/ labels (which are Readability's own output), each with the page's evidence. */
export interface Adjudication {
  pages: Record<string, Partial<Record<MetaField, { accept: (string | null)[]; why: string }>>>;
  /** Pages whose readerable label (enough text) is not what they are: one article or not. */
  kinds: Record<string, { isArticle: boolean; why: string }>;
}

const metaNorm = (s: unknown) => String(s ?? '').replace(/^\s*by\s+/i, '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Two values of one field are the same: after whitespace, case and a "By " prefix; dates as the same instant. */
export function sameMeta(field: MetaField, a: unknown, b: unknown): boolean {
  if (field !== 'publishedTime') return metaNorm(a) === metaNorm(b);
  if (!a && !b) return true;
  if (!a || !b) return false;
  const x = Date.parse(String(a)), y = Date.parse(String(b));
  return metaNorm(a) === metaNorm(b) || (!Number.isNaN(x) && x === y);
}

/** Right against the label, or, where the label was corrected, against one of the accepted values. */
export function metaRight(adj: Adjudication, page: string, field: MetaField, value: unknown, label: unknown): boolean {
  const fix = adj.pages[page]?.[field];
  return fix ? fix.accept.some((v) => sameMeta(field, value, v)) : sameMeta(field, value, label);
}
