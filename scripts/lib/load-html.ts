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
  return parseHTML(html).document as unknown as Document;
}
