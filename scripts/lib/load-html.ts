// Node-only: read a saved HTML page (optionally .gz), decode it with its declared charset, parse it into a Document.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export class InputError extends Error {}

/** Decode bytes with the charset the page declares (BOM, then <meta charset>), falling back to UTF-8. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8') {
    // A page saved to disk is often re-encoded as UTF-8 while keeping its old <meta charset>: bytes that decode as
    // UTF-8 without error are UTF-8 (text in a legacy multi-byte charset almost never does).
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      /* not UTF-8: the declared charset below */
    }
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      /* unknown label: UTF-8 below */
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export function readHtmlFile(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(e)})`);
  }
  if (path.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new InputError('not a valid gzip file');
    }
  }
  if (bytes.length === 0) throw new InputError('empty file');
  const html = decodeHtml(bytes);
  if (html.includes('\u0000') || !/<\s*(html|head|body|p|div|article|!doctype)\b/i.test(html.slice(0, 200_000))) {
    throw new InputError('not an HTML document');
  }
  return html;
}

export function parseDocument(html: string): Document {
  return lowerCaseAttributes(parseRoot(html));
}

/**
 * Attribute names as a browser's HTML parser gives them: lower case on HTML elements ("dateTime", "itemProp" as
 * React writes them read as datetime, itemprop), the first of two that differ only in case kept, as a browser keeps
 * the first of a repeated attribute. linkedom keeps the case of the source, so without this the CLI and the tests would
 * read a page differently from the content script. Inside <svg> and <math> (which the extraction never reads) names
 * stay as written. A loop, not a recursion: a page nested thousands of elements deep is still read.
 */
function lowerCaseAttributes(doc: Document): Document {
  const stack: Element[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length) {
    const el = stack.pop()!;
    const tag = el.localName;
    if (tag === 'svg' || tag === 'math') continue;
    if (el.hasAttributes()) {
      const names = el.getAttributeNames();
      if (names.some((n) => /[A-Z]/.test(n))) {
        const first = new Map<string, string>();
        for (const n of names) if (!first.has(n.toLowerCase())) first.set(n.toLowerCase(), el.getAttribute(n) ?? '');
        for (const n of names) if (/[A-Z]/.test(n)) el.removeAttribute(n);
        for (const [n, v] of first) if (el.getAttribute(n) !== v) el.setAttribute(n, v);
      }
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return doc;
}

function parseRoot(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  if (doc.documentElement?.tagName === 'HTML') return doc;
  // Content before <html> (a stray script or style): a browser's parser files it under <head>; linkedom
  // would make it the root element and lose the page. Move it where the browser puts it.
  const at = html.search(/<html[\s>]/i);
  if (at <= 0) return doc;
  const doctype = /<!doctype[^>]*>/i.exec(html.slice(0, at));
  const prefix = doctype ? html.slice(0, doctype.index) + html.slice(doctype.index + doctype[0].length, at) : html.slice(0, at);
  const rest = html.slice(at);
  const head = /<head[^>]*>/i.exec(rest) ?? /<html[^>]*>/i.exec(rest)!;
  const fixed = (doctype?.[0] ?? '') + rest.slice(0, head.index + head[0].length) + prefix + rest.slice(head.index + head[0].length);
  return parseHTML(fixed).document as unknown as Document;
}
