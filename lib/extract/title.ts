// The headline from the document title, with the site name cut off the way Readability cuts it.
import { clean } from './text';

const SEP = / [|\-–—\\/>»] /;
const HIER = / [\\/>»] /;
const words = (s: string) => s.split(/\s+/).length;

export function pageTitle(doc: Document): string {
  const orig = clean(doc.querySelector('title')?.textContent ?? '');
  let cur = orig;
  let hier = false;
  if (SEP.test(cur)) {
    hier = HIER.test(cur);
    const all = Array.from(orig.matchAll(/ [|\-–—\\/>»] /g));
    cur = orig.substring(0, all[all.length - 1]!.index);
    if (words(cur) < 3) cur = orig.replace(/^[^|\-\\/>»]*[|\-–—\\/>»]/, '');
  } else if (cur.includes(': ')) {
    const heads = Array.from(doc.querySelectorAll('h1, h2'));
    if (!heads.some((h) => (h.textContent ?? '').trim() === cur)) {
      cur = orig.substring(orig.lastIndexOf(':') + 1);
      if (words(cur) < 3) cur = orig.substring(orig.indexOf(':') + 1);
      else if (words(orig.substring(0, orig.indexOf(':'))) > 5) cur = orig;
    }
  } else if (cur.length > 150 || cur.length < 15) {
    const h1s = doc.querySelectorAll('h1');
    if (h1s.length === 1) cur = clean(h1s[0]!.textContent);
  }
  cur = clean(cur);
  const n = words(cur);
  if (n <= 4 && (!hier || n !== words(orig.replace(/[|\-–—\\/>»]+/g, '')) - 1)) cur = orig;
  return cur;
}
