// The key-points search reads the page's top from the body walk (its element order, and its text counts to skip
// long label candidates) when findArticleBody hands it over; on its own it walks the page. Both must find the same.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findArticleBody } from '../../lib/extract/body';
import { scorePage } from '../../lib/extract/body-score';
import { locateKeyPoints } from '../../lib/extract/key-points-locate';
import { parseDocument, readHtmlFile } from '../../scripts/lib/load-html';

const F = join(import.meta.dirname, '../fixtures');
const files = [
  join(F, 'keypoints/seed.html.gz'),
  ...readdirSync(join(F, 'pages2')).filter((f) => f.endsWith('.html.gz')).map((f) => join(F, 'pages2', f)),
];

describe('key points from the body walk', () => {
  it('finds what a walk of its own finds, on every pages2 fixture and the seed page', () => {
    let lists = 0;
    for (const file of files) {
      const doc = parseDocument(readHtmlFile(file));
      if (!doc.body) continue;
      const paras = findArticleBody(doc).blocks.filter((b) => b.kind === 'p');
      const alone = locateKeyPoints(doc, paras[0]?.el, paras[2]?.el);
      const shared = locateKeyPoints(doc, paras[0]?.el, paras[2]?.el, scorePage(doc.body));
      expect(shared?.container ?? null, file).toBe(alone?.container ?? null);
      expect(shared?.items, file).toEqual(alone?.items);
      expect(shared?.how, file).toBe(alone?.how);
      expect(shared?.label ?? null, file).toBe(alone?.label ?? null);
      if (alone) lists++;
    }
    // The fixtures hold summary lists of every kind (labelled, named boxes, lists under the headline).
    expect(lists).toBeGreaterThan(20);
  }, 60_000);
});
