// Printed after `npm run setup`: where the built extension is and how to load it.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve('.output');
const chrome = resolve(out, 'chrome-mv3');
const firefox = resolve(out, 'firefox-mv2');
const zips = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.zip')) : [];
if (!existsSync(chrome) || !existsSync(firefox)) {
  console.error('The build did not produce .output/chrome-mv3 and .output/firefox-mv2; see the errors above.');
  process.exit(1);
}
console.log(`
Quotelens is built.
  Chrome / Edge / Chromium: open chrome://extensions, turn on "Developer mode", "Load unpacked" → ${chrome}
  Firefox:                  open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" → ${firefox}/manifest.json
  Store zips:               ${zips.map((z) => resolve(out, z)).join('\n                            ') || '(none)'}
Then open any news article: the toolbar badge counts its quotes; the popup shows key points and who said what.`);
