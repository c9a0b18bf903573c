// Body text on the 88 article-extraction benchmark pages (gzipped copies in tests/fixtures/extraction), scored with
// the benchmark's own metric: 4-word shingles, precision and recall per page, averaged. Readability.js scores 0.951.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findArticleBody } from '../../lib/extract/body';
import { parseDocument, readHtmlFile } from '../../scripts/lib/load-html';

const DIR = join(import.meta.dirname, '../fixtures/extraction');
const truth = JSON.parse(readFileSync(join(DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;

function shingles(text: string): Map<string, number> {
  const t = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join('\u0001');
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
function pr(gold: string, pred: string): [number, number] {
  const G = shingles(gold), P = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...G.keys(), ...P.keys()])) {
    const g = G.get(k) ?? 0, p = P.get(k) ?? 0;
    tp += Math.min(g, p); fp += Math.max(0, p - g); fn += Math.max(0, g - p);
  }
  if (!fp && !fn) return [1, 1];
  return [tp + fp ? tp / (tp + fp) : 0, tp + fn ? tp / (tp + fn) : 0];
}

describe('body text on the extraction benchmark', () => {
  it('scores F1 >= 0.955 over all 88 pages, and no page is lost entirely', () => {
    const ps: number[] = [], rs: number[] = [], lost: string[] = [];
    for (const [id, t] of Object.entries(truth)) {
      const doc = parseDocument(readHtmlFile(join(DIR, `${id}.html.gz`)));
      const text = findArticleBody(doc).blocks.map((b) => b.text).join('\n\n');
      const [p, r] = pr(t.articleBody, text);
      ps.push(p); rs.push(r);
      if (r < 0.3) lost.push(id);
    }
    const P = ps.reduce((a, b) => a + b) / ps.length, R = rs.reduce((a, b) => a + b) / rs.length;
    const f1 = (2 * P * R) / (P + R);
    expect(lost).toEqual([]);
    expect(R).toBeGreaterThanOrEqual(0.97);
    expect(f1).toBeGreaterThanOrEqual(0.955);
  }, 60_000);
});
