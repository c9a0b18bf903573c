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
