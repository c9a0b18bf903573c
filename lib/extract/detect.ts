// Stage one, run on every page: is this page one news article? Cheap signals only (no layout, no full walk).
import type { Detection } from '../model';

export function detectArticle(doc: Document): Detection {
  const reasons: string[] = [];
  let score = 0;
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase();
  if (og === 'article') { score += 1; reasons.push('og:type=article'); }
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (/"@type"\s*:\s*"(News|Report|Analysis|Opinion|Blog)?(Article|Posting)"/.test(s.textContent ?? '')) { score += 2; reasons.push('JSON-LD article'); break; }
  }
  const ps = Array.from(doc.querySelectorAll('p')).filter((p) => (p.textContent ?? '').length > 80).length;
  if (ps >= 5) { score += 1; reasons.push(`${ps} long paragraphs`); }
  return { isArticle: score >= 2, score, reasons };
}
