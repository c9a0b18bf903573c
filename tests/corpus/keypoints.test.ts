// Key points on the 88 extraction pages (keypoints/dev.json labels), the pages2 fixture subset (lists and hard
// negatives) and the seed page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findArticleBody } from '../../lib/extract/body';
import { findKeyPoints } from '../../lib/extract/key-points';
import { parseDocument, readHtmlFile } from '../../scripts/lib/load-html';

const F = join(import.meta.dirname, '../fixtures');
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const kp = (file: string) => { const doc = parseDocument(readHtmlFile(file)); return findKeyPoints(doc, findArticleBody(doc)); };

function score(items: [string, string[]][]) {
  let gold = 0, pred = 0, hit = 0;
  for (const [file, g] of items) {
    const p = kp(file);
    gold += g.length; pred += p.length;
    hit += p.filter((x) => g.some((y) => norm(x) === norm(y))).length;
  }
  return { p: pred ? hit / pred : 1, r: gold ? hit / gold : 1 };
}

describe('key points', () => {
  it('seed page: the six Quick Looks bullets exactly', () => {
    const gold = JSON.parse(readFileSync(join(F, 'keypoints/seed.gold.json'), 'utf8')) as { key_points: string[] };
    expect(kp(join(F, 'keypoints/seed.html.gz'))).toEqual(gold.key_points);
  });
  it('extraction pages: the one real list found, nothing invented', () => {
    const dev = JSON.parse(readFileSync(join(F, 'keypoints/dev.json'), 'utf8')) as Record<string, { key_points: string[] }>;
    const s = score(Object.entries(dev).map(([id, v]) => [join(F, 'extraction', `${id}.html.gz`), v.key_points]));
    expect(s.p).toBeGreaterThanOrEqual(0.9);
    expect(s.r).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
  it('pages2 articles: precision and recall floors', () => {
    const l = JSON.parse(readFileSync(join(F, 'pages2/labels.json'), 'utf8')) as Record<string, { is_article: boolean; key_points: string[] }>;
    const s = score(Object.entries(l).filter(([, v]) => v.is_article).map(([id, v]) => [join(F, 'pages2', `${id}.html.gz`), v.key_points]));
    expect(s.p).toBeGreaterThanOrEqual(0.95);
    expect(s.r).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
