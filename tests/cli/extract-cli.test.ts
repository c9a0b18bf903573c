// The command-line extractor: one JSON line per readable file, a clear stderr message and a non-zero exit for bad
// input, and the other files still processed.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const ARTICLE = `<!doctype html><html lang="en"><head><title>Council approves budget</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Town Herald"></head><body>
<article><h1>Council approves budget</h1>
<p>The town council approved the new budget on Monday after a long debate about road repairs and school funding.</p>
<p>"This budget keeps our promises to every neighbourhood," said Mayor Jane Smith, who has led the council since 2019.</p>
<p>Opponents said the plan spends too much on consultants and too little on the roads that residents use every day.</p>
<p>The vote was six to three, with two members absent, and the budget takes effect on the first of July next year.</p>
<p>Residents can read the full budget at the town hall or on the council website, officials said in a statement.</p>
</article></body></html>`;

let dir = '';
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quotelens-cli-'));
  writeFileSync(join(dir, 'article.html'), ARTICLE);
  writeFileSync(join(dir, 'article.html.gz'), gzipSync(ARTICLE));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'notes.txt'), 'just some notes, no markup at all');
});

describe('extract CLI', () => {
  it('prints one JSON object per file in the scorer shape', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', join(dir, 'article.html'), join(dir, 'article.html.gz')], { encoding: 'utf8' });
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['file', 'isArticle', 'title', 'byline', 'published', 'siteName', 'lang', 'keyPoints', 'summary', 'quotes', 'text']);
      expect(row.siteName).toBe('Town Herald');
      expect(row.quotes.map((q: { text: string }) => q.text)).toContain('This budget keeps our promises to every neighbourhood,');
      expect(row.text).toContain('six to three');
    }
  });

  it('reports each bad file on stderr, exits non-zero and still processes the good one', () => {
    const r = run(join(dir, 'missing.html'), join(dir, 'empty.html'), join(dir, 'article.html'), join(dir, 'binary.html'), join(dir, 'notes.txt'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.html: no such file/);
    expect(r.stderr).toMatch(/empty\.html: empty file/);
    expect(r.stderr).toMatch(/binary\.html: not an HTML document/);
    expect(r.stderr).toMatch(/notes\.txt: not an HTML document/);
    const rows = r.stdout.trim().split('\n').filter(Boolean);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!).file).toMatch(/article\.html$/);
  });

  it('adds a trace only when asked', () => {
    const plain = JSON.parse(run(join(dir, 'article.html')).stdout);
    const traced = JSON.parse(run('--trace', join(dir, 'article.html')).stdout);
    expect(plain.trace).toBeUndefined();
    expect(Array.isArray(traced.trace)).toBe(true);
    expect(traced.trace.length).toBeGreaterThan(0);
  });

  it('rejects unknown options and an empty file list with usage', () => {
    expect(run().status).toBe(2);
    expect(run('--bogus', join(dir, 'article.html')).stderr).toMatch(/usage/);
  });
});
