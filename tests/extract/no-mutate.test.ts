// analyzePage reads the page and never changes it.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePage } from '../../lib/extract';
import { parseDocument, readHtmlFile } from '../../scripts/lib/load-html';

const dir = join(import.meta.dirname, '../fixtures/extraction');
const files = [join(import.meta.dirname, '../fixtures/keypoints/seed.html.gz'), ...readdirSync(dir).filter((f) => f.endsWith('.html.gz')).slice(0, 8).map((f) => join(dir, f))];

describe('analyzePage does not mutate the document', () => {
  it.each(files)('%s', (file) => {
    const doc = parseDocument(readHtmlFile(file));
    const before = doc.documentElement.outerHTML;
    analyzePage(doc, 'https://example.invalid/', { force: true, trace: true });
    expect(doc.documentElement.outerHTML === before).toBe(true);
  });
});
