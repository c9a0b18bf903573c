// Command-line extractor: one JSON object per input file and line, in the shape ../shared/corpus/score.mjs reads.
//   npm run --silent extract -- [--trace] FILE.html [FILE.html.gz ...]
// Bad input gets a message on stderr; the other files are still processed; the exit status is 1 if any failed.
import { analyzePage } from '../lib/extract';
import { InputError, parseDocument, readHtmlFile } from './lib/load-html';

function main(argv: string[]): number {
  const trace = argv.includes('--trace');
  const force = argv.includes('--force');
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--trace' && a !== '--force');
  if (unknown.length || files.length === 0) {
    process.stderr.write('usage: extract [--trace] [--force] FILE.html [FILE.html ...]\n');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const doc = parseDocument(readHtmlFile(file));
      const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? `file://${file}`;
      const a = analyzePage(doc, url, { trace, force });
      const row = {
        file, isArticle: a.isArticle, title: a.title, byline: a.byline, published: a.published, siteName: a.siteName,
        lang: a.lang, keyPoints: a.keyPoints, summary: a.summary, quotes: a.quotes.map(({ text, speaker, role }) => ({ text, speaker, role })),
        text: a.text, ...(trace ? { trace: a.trace } : {}),
      };
      process.stdout.write(JSON.stringify(row) + '\n');
    } catch (e) {
      failed++;
      const why = e instanceof InputError ? e.message : `extraction failed: ${(e as Error).stack ?? String(e)}`;
      process.stderr.write(`extract: ${file}: ${why}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
