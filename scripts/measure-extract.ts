// Quality of the extraction steps on the whole development corpus (reads ../shared, never run by tests):
// body F1 (4-word shingles, as the article-extraction benchmark scores it) ours vs Readability.js, detection accuracy
// per corpus, metadata match rates ours vs Readability, key-points precision/recall.
//   npx tsx scripts/measure-extract.ts [body] [detect] [meta] [keypoints] [--verbose]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { detectArticle } from '../lib/extract/detect';
import { extractMetadata } from '../lib/extract/metadata';
import { findArticleBody } from '../lib/extract/body';
import { findKeyPoints } from '../lib/extract/key-points';
import { parseDocument, readHtmlFile } from './lib/load-html';
import { labelledPages } from './lib/detection-pages';
import { bodyPrecisionRecall, labelDay as day, META_FIELDS, metaRight, sameMeta, type Adjudication } from '../tests/corpus/score-lib';

const CORPUS = process.env.CORPUS ?? join(import.meta.dirname, '../../shared/corpus');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.filter((a) => !a.startsWith('--'));
const want = (s: string) => only.length === 0 || only.includes(s);
const CACHE = '/tmp/quotelens-readability-cache.json';
const cache: Record<string, unknown> = existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};

function readability(key: string, doc: Document): { text: string; title: string | null; byline: string | null; siteName: string | null; publishedTime: string | null } {
  if (!cache[key]) {
    const r = new Readability(doc.cloneNode(true) as Document).parse();
    cache[key] = { text: r?.textContent ?? '', title: r?.title ?? null, byline: r?.byline ?? null, siteName: r?.siteName ?? null, publishedTime: r?.publishedTime ?? null };
  }
  return cache[key] as never;
}

const prf = bodyPrecisionRecall;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

if (want('body')) {
  const truth = JSON.parse(readFileSync(join(CORPUS, 'extraction/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const ours: [number, number][] = [], theirs: [number, number][] = [];
  const rows: string[] = [];
  for (const [id, t] of Object.entries(truth)) {
    const doc = parseDocument(readHtmlFile(join(CORPUS, 'extraction/pages', `${id}.html`)));
    const text = findArticleBody(doc).blocks.map((b) => b.text).join('\n\n');
    const a = prf(t.articleBody, text), b = prf(t.articleBody, readability(`x:${id}`, doc).text);
    ours.push(a); theirs.push(b);
    rows.push(`${id.slice(0, 12)} ours P=${a[0].toFixed(2)} R=${a[1].toFixed(2)}  rdb P=${b[0].toFixed(2)} R=${b[1].toFixed(2)}`);
  }
  if (verbose) console.log(rows.filter((r, i) => f1(...ours[i]!) < 0.93).join('\n'));
  const line = (name: string, xs: [number, number][]) => {
    const p = mean(xs.map((x) => x[0])), r = mean(xs.map((x) => x[1]));
    return `${name} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f1(p, r).toFixed(3)}`;
  };
  console.log(`body (${ours.length} pages): ${line('ours', ours)} | ${line('Readability', theirs)}`);
}

if (want('detect')) {
  const stats: Record<string, { n: number; ok: number; art: number; missed: number; fp: number }> = {};
  const errors: string[] = [];
  // readability/'s readerable is Readability's own "enough text"; counted again with the pages that are plainly not
  // one article relabelled (tests/fixtures/readability/adjudicated.json, each with its evidence).
  const kinds = (JSON.parse(readFileSync(join(import.meta.dirname, '../tests/fixtures/readability/adjudicated.json'), 'utf8')) as Adjudication).kinds;
  const tally = (corpus: string, gold: boolean, isArticle: boolean) => {
    const s = (stats[corpus] ??= { n: 0, ok: 0, art: 0, missed: 0, fp: 0 });
    s.n++; if (gold) s.art++;
    if (isArticle === gold) s.ok++;
    else if (gold) s.missed++;
    else s.fp++;
  };
  for (const [corpus, file, gold] of labelledPages(CORPUS)) {
    const doc = parseDocument(readHtmlFile(file));
    const d = detectArticle(doc);
    tally(corpus, gold, d.isArticle);
    if (d.isArticle !== gold) errors.push(`${gold ? 'MISSED' : 'FALSE+'} ${file.replace(CORPUS, '')} score=${d.score} ${d.reasons.join('; ')}`);
    if (corpus === 'readability') tally('readability, kinds adjudicated', kinds[file.split('/').slice(-2)[0]!]?.isArticle ?? gold, d.isArticle);
  }
  if (verbose) console.log(errors.join('\n'));
  for (const [c, s] of Object.entries(stats)) {
    console.log(`detect ${c}: accuracy ${(s.ok / s.n).toFixed(3)} (${s.ok}/${s.n}); articles missed ${s.missed}/${s.art} (${((100 * s.missed) / s.art).toFixed(1)}%); false positives ${s.fp}/${s.n - s.art}`);
  }
}

const norm = (s: unknown) => String(s ?? '').replace(/^\s*by\s+/i, '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

if (want('meta')) {
  // The readability/ labels are Readability's own output. Counted twice: against the labels as they are, and against
  // the labels corrected where reading the page shows them wrong (tests/fixtures/readability/adjudicated.json, every
  // correction with its evidence), the same rule for both extractors.
  const adj = JSON.parse(readFileSync(join(import.meta.dirname, '../tests/fixtures/readability/adjudicated.json'), 'utf8')) as Adjudication;
  const raw = { ours: {} as Record<string, number>, theirs: {} as Record<string, number> };
  const fixed = { ours: {} as Record<string, number>, theirs: {} as Record<string, number> };
  const given: Record<string, number> = {}, givenOk: Record<string, number> = {};
  const bump = (o: Record<string, number>, f: string, yes: boolean) => { if (yes) o[f] = (o[f] ?? 0) + 1; };
  const diffs: string[] = [];
  let n = 0;
  for (const name of readdirSync(join(CORPUS, 'readability'))) {
    const exp = JSON.parse(readFileSync(join(CORPUS, 'readability', name, 'expected-metadata.json'), 'utf8'));
    const doc = parseDocument(readHtmlFile(join(CORPUS, 'readability', name, 'source.html')));
    const m = extractMetadata(doc, 'http://fakehost/test/page.html');
    const r = readability(`r:${name}`, doc);
    const mine = { title: m.title, byline: m.byline, siteName: m.siteName, publishedTime: m.published };
    n++;
    for (const f of META_FIELDS) {
      const ok = sameMeta(f, mine[f], exp[f]);
      if (exp[f]) { given[f] = (given[f] ?? 0) + 1; bump(givenOk, f, ok); }
      bump(raw.ours, f, ok);
      bump(raw.theirs, f, sameMeta(f, r[f], exp[f]));
      const okFixed = metaRight(adj, name, f, mine[f], exp[f]);
      bump(fixed.ours, f, okFixed);
      bump(fixed.theirs, f, metaRight(adj, name, f, r[f], exp[f]));
      if (!okFixed) diffs.push(`${name} ${f}: ours=${JSON.stringify(mine[f])} label=${JSON.stringify(exp[f])} accepted=${JSON.stringify(adj.pages[name]?.[f]?.accept ?? null)}`);
    }
  }
  if (verbose) console.log(diffs.join('\n'));
  const line = (c: typeof raw) => META_FIELDS.map((f) => `${f} ours ${c.ours[f] ?? 0} vs Readability ${c.theirs[f] ?? 0}`).join('; ');
  console.log(`metadata where the label is not null: ` + META_FIELDS.map((f) => `${f} ours ${givenOk[f] ?? 0}/${given[f] ?? 0}`).join('; '));
  console.log(`metadata (${n} pages, "By " prefix ignored) against the labels as given: ${line(raw)}`);
  console.log(`  against the adjudicated labels (${Object.keys(adj.pages).length} pages corrected): ${line(fixed)}`);

  // The readability/ labels are Readability's own output, so it matches them by construction. wcxb's article labels
  // were made independently of either extractor: the same comparison there, on the same parsed documents.
  const labels = JSON.parse(readFileSync(join(CORPUS, 'wcxb/labels.json'), 'utf8')) as Record<string, { is_article: boolean; title: string | null; author: string | null; publish_date: string | null }>;
  const w = { title: [0, 0], author: [0, 0], date: [0, 0] } as Record<string, [number, number]>;
  const wGiven = { title: [0, 0, 0], author: [0, 0, 0], date: [0, 0, 0] } as Record<string, [number, number, number]>;
  let wn = 0;
  for (const [id, l] of Object.entries(labels)) {
    if (!l.is_article) continue;
    const doc = parseDocument(readHtmlFile(join(CORPUS, 'wcxb/html', `${id}.html.gz`)));
    const m = extractMetadata(doc, 'https://example.invalid/');
    const r = readability(`w:${id}`, doc);
    wn++;
    const pairs: [string, unknown, unknown, unknown, (a: unknown, b: unknown) => boolean][] = [
      ['title', l.title, m.title, r.title, (a, b) => norm(a) === norm(b)],
      ['author', l.author, m.byline, r.byline, (a, b) => norm(a) === norm(b)],
      ['date', l.publish_date, m.published, r.publishedTime, (a, b) => day(a) === day(b)],
    ];
    for (const [f, gold, mine, theirs, eq] of pairs) {
      if (eq(mine, gold)) w[f]![0]++;
      if (eq(theirs, gold)) w[f]![1]++;
      if (gold) { wGiven[f]![0]++; if (eq(mine, gold)) wGiven[f]![1]++; if (eq(theirs, gold)) wGiven[f]![2]++; }
    }
  }
  console.log(`metadata on wcxb's independent labels (${wn} article pages): ` + Object.entries(w).map(([f, [a, b]]) => `${f} ours ${a} vs Readability ${b}`).join('; '));
  console.log(`  where the label is not null: ` + Object.entries(wGiven).map(([f, [g, a, b]]) => `${f} ours ${a}/${g} vs Readability ${b}/${g}`).join('; '));
}

if (want('keypoints')) {
  const same = (a: string, b: string) => norm(a).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === norm(b).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const sets: [string, string, string[]][] = [];
  const dev = JSON.parse(readFileSync(join(CORPUS, 'keypoints/dev.json'), 'utf8')) as Record<string, { key_points: string[] }>;
  for (const [id, l] of Object.entries(dev)) sets.push(['extraction', join(CORPUS, 'extraction/pages', `${id}.html`), l.key_points]);
  const p2 = JSON.parse(readFileSync(join(CORPUS, 'pages2/labels.json'), 'utf8')) as Record<string, { key_points: string[]; is_article: boolean }>;
  for (const [id, l] of Object.entries(p2)) if (l.is_article) sets.push(['pages2', join(CORPUS, 'pages2', `${id}.html`), l.key_points]);
  for (const f of readdirSync(join(CORPUS, 'seed')).filter((f) => f.endsWith('.html'))) {
    const g = JSON.parse(readFileSync(join(CORPUS, 'seed', f.replace(/\.html$/, '.gold.json')), 'utf8'));
    sets.push(['seed', join(CORPUS, 'seed', f), g.key_points ?? g.keyPoints ?? []]);
  }
  const t: Record<string, { gold: number; pred: number; hit: number; pages: number; pagesOk: number }> = {};
  const errs: string[] = [];
  for (const [c, file, gold] of sets) {
    const doc = parseDocument(readHtmlFile(file));
    const pred = findKeyPoints(doc, findArticleBody(doc));
    const s = (t[c] ??= { gold: 0, pred: 0, hit: 0, pages: 0, pagesOk: 0 });
    const hit = pred.filter((p) => gold.some((g) => same(g, p))).length;
    s.gold += gold.length; s.pred += pred.length; s.hit += hit; s.pages++;
    if (hit === gold.length && hit === pred.length) s.pagesOk++;
    else errs.push(`${c} ${file.replace(CORPUS, '')}: gold ${JSON.stringify(gold).slice(0, 200)}\n   pred ${JSON.stringify(pred).slice(0, 300)}`);
  }
  if (verbose) console.log(errs.join('\n'));
  for (const [c, s] of Object.entries(t)) {
    console.log(`keypoints ${c}: P=${(s.pred ? s.hit / s.pred : 1).toFixed(3)} R=${(s.gold ? s.hit / s.gold : 1).toFixed(3)} (bullets gold ${s.gold} pred ${s.pred} hit ${s.hit}; pages exact ${s.pagesOk}/${s.pages})`);
  }
}

writeFileSync(CACHE, JSON.stringify(cache));
