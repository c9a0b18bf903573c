import { join } from 'node:path';
import { parseDocument, readHtmlFile } from './lib/load-html';
for (const [id, name] of process.argv.slice(2).map((x) => x.split('='))) {
  const doc = parseDocument(readHtmlFile(join('/work/shared/corpus/wcxb/html', `${id}.html.gz`)));
  const html = doc.body?.outerHTML ?? '';
  const i = html.indexOf(name!);
  console.log('==', id, name, i);
  let k = 0;
  for (const m of html.matchAll(new RegExp(name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))) { if (k++ > 1) break; console.log('  ', html.slice(Math.max(0, m.index! - 260), m.index! + 40).replace(/\s+/g, ' ')); }
}
