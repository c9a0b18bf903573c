// Article detection on fixture subsets of three labelled corpora: wcxb (every third page), pages2 (all non-articles,
// all pages with key points or rejected look-alikes, a third of the rest) and Readability's test pages.
// Floors sit just under what the detector measures on these subsets; the full sets are measured by
// scripts/measure-extract.ts. These pages are among those the model was fitted on, so the floors guard against
// regressions; how it does on pages it has not seen is what scripts/fit-detect.ts cross-validates.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectArticle } from '../../lib/extract/detect';
import { parseDocument, readHtmlFile } from '../../scripts/lib/load-html';
import type { Adjudication } from './score-lib';

const F = join(import.meta.dirname, '../fixtures');

function run(pages: [string, boolean][]) {
  let ok = 0, missed = 0, arts = 0;
  for (const [file, gold] of pages) {
    const d = detectArticle(parseDocument(readHtmlFile(file)));
    if (gold) arts++;
    if (d.isArticle === gold) ok++;
    else if (gold) missed++;
  }
  return { accuracy: ok / pages.length, missedShare: missed / arts };
}

describe('article detection', () => {
  it('wcxb subset', () => {
    const l = JSON.parse(readFileSync(join(F, 'wcxb/labels.json'), 'utf8')) as Record<string, { is_article: boolean }>;
    const r = run(Object.entries(l).map(([id, v]) => [join(F, 'wcxb', `${id}.html.gz`), v.is_article]));
    expect(r.accuracy).toBeGreaterThanOrEqual(0.96);
    expect(r.missedShare).toBeLessThanOrEqual(0.04);
  }, 60_000);
  it('pages2 subset', () => {
    const l = JSON.parse(readFileSync(join(F, 'pages2/labels.json'), 'utf8')) as Record<string, { is_article: boolean }>;
    const r = run(Object.entries(l).map(([id, v]) => [join(F, 'pages2', `${id}.html.gz`), v.is_article]));
    expect(r.accuracy).toBeGreaterThanOrEqual(0.96);
    expect(r.missedShare).toBeLessThanOrEqual(0.02);
  }, 60_000);
  it('Readability test pages', () => {
    const l = JSON.parse(readFileSync(join(F, 'readability/expected-metadata.json'), 'utf8')) as Record<string, { readerable: boolean }>;
    const r = run(Object.entries(l).map(([n, v]) => [join(F, 'readability', `${n}.html.gz`), v.readerable]));
    expect(r.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.missedShare).toBeLessThanOrEqual(0.03);
  }, 60_000);
  it('Readability test pages, with the pages that are plainly not one article relabelled', () => {
    // readerable is Readability's own "enough text": a home page, a product page and a specification have it.
    // adjudicated.json relabels every page of the 130 that is not one article, whichever way we decide it. Floors at
    // what we reach: 125/130, one article missed (a short synthetic one), four pages taken for articles (a manual's
    // page, a list, a weekly edition's front page, a site's colophon), under the 0.97 asked for.
    const l = JSON.parse(readFileSync(join(F, 'readability/expected-metadata.json'), 'utf8')) as Record<string, { readerable: boolean }>;
    const kinds = (JSON.parse(readFileSync(join(F, 'readability/adjudicated.json'), 'utf8')) as Adjudication).kinds;
    for (const name of Object.keys(kinds)) expect(l[name], name).toBeDefined();
    const r = run(Object.entries(l).map(([n, v]) => [join(F, 'readability', `${n}.html.gz`), kinds[n]?.isArticle ?? v.readerable]));
    expect(r.accuracy).toBeGreaterThanOrEqual(0.96);
    expect(r.missedShare).toBeLessThanOrEqual(0.02);
  }, 60_000);
});
