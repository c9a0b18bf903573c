// Body text on the 88 article-extraction benchmark pages (gzipped copies in tests/fixtures/extraction), scored with
// the benchmark's own metric: 4-word shingles, precision and recall per page, averaged. Readability.js scores 0.951.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findArticleBody } from '../../lib/extract/body';
import { parseDocument, readHtmlFile } from '../../scripts/lib/load-html';
import { bodyPrecisionRecall } from './score-lib';

const DIR = join(import.meta.dirname, '../fixtures/extraction');
const truth = JSON.parse(readFileSync(join(DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;

const pr = bodyPrecisionRecall;

describe('body text on the extraction benchmark', () => {
  it('scores F1 >= 0.97 over all 88 pages, and no page is lost entirely', () => {
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
    expect(f1).toBeGreaterThanOrEqual(0.97);
  }, 60_000);
});
