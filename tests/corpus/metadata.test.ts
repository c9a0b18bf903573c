// Metadata on Readability's 130 test pages against the labels Readability produced. Readability reproduces its own
// labels; floors here are what we reach. Titles and site names match; bylines and dates differ where we read more
// sources (visible bylines, other date meta) than Readability does, so the date floor counts labelled dates only.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractMetadata } from '../../lib/extract/metadata';
import { parseDocument, readHtmlFile } from '../../scripts/lib/load-html';

const F = join(import.meta.dirname, '../fixtures/readability');
const labels = JSON.parse(readFileSync(join(F, 'expected-metadata.json'), 'utf8')) as Record<string, Record<string, string | null>>;
const norm = (s: unknown) => String(s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase().replace(/^by /, '');

describe('metadata on Readability test pages', () => {
  it('matches title, site name, byline and labelled dates often enough', () => {
    let title = 0, site = 0, byline = 0, dates = 0, datesGiven = 0;
    for (const [name, exp] of Object.entries(labels)) {
      const m = extractMetadata(parseDocument(readHtmlFile(join(F, `${name}.html.gz`))), 'http://fakehost/test/page.html');
      if (norm(m.title) === norm(exp.title)) title++;
      if (norm(m.siteName) === norm(exp.siteName)) site++;
      if (norm(m.byline) === norm(exp.byline)) byline++;
      if (exp.publishedTime) { datesGiven++; if (m.published && Date.parse(m.published) === Date.parse(exp.publishedTime)) dates++; }
    }
    const n = Object.keys(labels).length;
    expect(title / n).toBeGreaterThanOrEqual(0.95);
    expect(site / n).toBeGreaterThanOrEqual(0.98);
    expect(byline / n).toBeGreaterThanOrEqual(0.8);
    expect(dates / datesGiven).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
