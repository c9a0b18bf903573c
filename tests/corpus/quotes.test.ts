// Scores quotes and speakers on the copied corpus (seed + 22 dev pages) with the scorer's rules and holds floors.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/extract';
import { parseDocument, readHtmlFile } from '../../scripts/lib/load-html';
import { match, sameSpeaker, type GoldQuote } from './score-lib';

const DIR = join(__dirname, '../fixtures/quotes');
const ids = readdirSync(DIR).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', ''));
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function scorePage(id: string) {
  const gold = JSON.parse(readFileSync(join(DIR, `${id}.gold.json`), 'utf8')) as { quotes: GoldQuote[] };
  const a = analyzePage(parseDocument(readHtmlFile(join(DIR, `${id}.html.gz`))), 'https://example.test/', { force: true });
  const m = match(gold.quotes, a.quotes);
  const ok = m.filter(([g, p]) => sameSpeaker(a.quotes[p]!.speaker, gold.quotes[g]!.speaker));
  const mg = new Set(m.map(([g]) => g)), mp = new Set(m.map(([, p]) => p));
  const report = [
    ...gold.quotes.filter((_, i) => !mg.has(i)).map((q) => `missed  ${q.text.slice(0, 70)}`),
    ...a.quotes.filter((_, i) => !mp.has(i)).map((q) => `extra   ${q.text.slice(0, 70)}`),
    ...m.filter((x) => !ok.includes(x)).map(([g, p]) => `speaker ${gold.quotes[g]!.text.slice(0, 50)} — gold ${gold.quotes[g]!.speaker}, got ${a.quotes[p]!.speaker}`),
  ];
  const attrN = m.filter(([g]) => gold.quotes[g]!.speaker).length;
  const attrOk = ok.filter(([g]) => gold.quotes[g]!.speaker).length;
  return { gold: gold.quotes.length, pred: a.quotes.length, hit: m.length, e2e: ok.length, attrN, attrOk, report };
}

describe('quotes on the corpus', () => {
  const pages = Object.fromEntries(ids.map((id) => [id, scorePage(id)]));
  const sum = (k: 'gold' | 'pred' | 'hit' | 'e2e' | 'attrN' | 'attrOk') => Object.values(pages).reduce((s, p) => s + p[k], 0);
  const residue = () => Object.entries(pages).filter(([, p]) => p.report.length).map(([id, p]) => `## ${id}\n  ${p.report.join('\n  ')}`).join('\n');

  it('seed page: every quote, with the right speaker (key-point quotes included)', () => {
    const s = pages['newslooks-trump-putin-call']!;
    expect(s.e2e, residue()).toBe(s.gold);
    expect(s.pred, residue()).toBe(s.gold);
  });

  it('corpus floors (scorer rules)', () => {
    const qp = sum('hit') / sum('pred'), qr = sum('hit') / sum('gold');
    const ep = sum('e2e') / sum('pred'), er = sum('e2e') / sum('gold');
    const attr = sum('attrOk') / sum('attrN');
    const msg = `quote F1 ${f1(qp, qr).toFixed(3)} attribution ${attr.toFixed(3)} e2e F1 ${f1(ep, er).toFixed(3)}\n${residue()}`;
    expect(f1(qp, qr), msg).toBeGreaterThanOrEqual(0.98);
    expect(attr, msg).toBeGreaterThanOrEqual(0.955);
    expect(f1(ep, er), msg).toBeGreaterThanOrEqual(0.945);
  });
});
