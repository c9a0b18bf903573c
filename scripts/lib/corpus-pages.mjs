// Node-only, for the in-browser benchmarks: a fixed spread of corpus pages (news articles from extraction/ and
// non-articles of every kind from wcxb/, so detect-only pages count too), served on 127.0.0.1.
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** `n` pages: two thirds articles, one third non-articles, spread evenly over each sorted list. */
export function pickPages(corpus, n) {
  const ext = readdirSync(join(corpus, 'extraction/pages')).filter((f) => f.endsWith('.html')).sort();
  const labels = JSON.parse(readFileSync(join(corpus, 'wcxb/labels.json'), 'utf8'));
  const wcxbOther = Object.entries(labels).filter(([, l]) => !l.is_article).map(([id]) => id).sort();
  const nArt = Math.ceil((n * 2) / 3);
  return [
    ...ext.filter((_, i) => i % Math.max(1, Math.floor(ext.length / nArt)) === 0).slice(0, nArt).map((f) => ({ name: f.slice(0, 12), file: join(corpus, 'extraction/pages', f) })),
    ...wcxbOther.filter((_, i) => i % Math.max(1, Math.floor(wcxbOther.length / (n - nArt))) === 0).slice(0, n - nArt).map((id) => ({ name: `wcxb ${id}`, file: join(corpus, 'wcxb/html', `${id}.html.gz`) })),
  ];
}

/**
 * Serves page i at /page/i (gunzipped when stored as .gz); resolves to the port. `isolated`: served cross-origin
 * isolated (COOP and COEP headers), which gives the page's performance.now() 5 µs steps instead of 100 µs; the
 * page's own cross-origin requests are refused then, as the benchmarks abort them anyway.
 */
export async function servePages(pages, { isolated = false } = {}) {
  const server = createServer((req, res) => {
    const i = Number(new URL(req.url ?? '/', 'http://x').pathname.split('/')[2]);
    const p = pages[i];
    if (!p) { res.writeHead(404).end(); return; }
    let body = readFileSync(p.file);
    if (p.file.endsWith('.gz')) body = gunzipSync(body);
    const headers = { 'content-type': 'text/html; charset=utf-8' };
    if (isolated) Object.assign(headers, { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
    res.writeHead(200, headers).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: server.address().port };
}
