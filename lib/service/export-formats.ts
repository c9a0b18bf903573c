// Quotes as a spreadsheet (CSV) or a readable document (Markdown), each with a link that opens the article
// scrolled to the quote. Page text is untrusted: it is escaped for each format, never interpreted.
import { siteHost, type HistoryExport, type Visit } from '../model';
import { textFragmentUrl } from '../client/text-fragment';

export interface QuoteLine {
  speaker: string;
  role: string;
  quote: string;
  article: string;
  site: string;
  date: string;
  link: string;
}

/** Newest article first, quotes in page order. */
export function quoteLines(history: HistoryExport): QuoteLine[] {
  const visits = new Map<string, Visit>(history.visits.map((v) => [v.url, v]));
  const quotes = [...history.quotes].sort((a, b) => {
    const va = visits.get(a.url)!;
    const vb = visits.get(b.url)!;
    return vb.lastSeen - va.lastSeen || (a.url < b.url ? -1 : a.url > b.url ? 1 : a.index - b.index);
  });
  return quotes.flatMap((q) => {
    const v = visits.get(q.url);
    if (!v) return [];
    return [{
      speaker: q.speaker ?? '',
      role: q.role ?? '',
      quote: q.text,
      article: v.title,
      site: v.siteName ?? siteHost(v.url),
      date: v.published ?? new Date(q.savedAt).toISOString(),
      link: textFragmentUrl(v.url, q.text),
    }];
  });
}

const CSV_COLUMNS: Array<keyof QuoteLine> = ['speaker', 'role', 'quote', 'article', 'site', 'date', 'link'];
/** A cell starting like a formula would run in a spreadsheet: quoted page text must stay text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 with a header row and CRLF line ends, as spreadsheets expect. */
export function toCsv(lines: QuoteLine[]): string {
  const rows = [CSV_COLUMNS.join(','), ...lines.map((l) => CSV_COLUMNS.map((c) => csvCell(l[c])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}

/** Characters that would turn page text into Markdown markup or raw HTML. */
const MD_SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~]/g;
const md = (s: string) => s.replace(/\s+/g, ' ').trim().replace(MD_SPECIAL, (c) => `\\${c}`);
/** Link targets: angle brackets and spaces would end the destination early. */
const mdUrl = (u: string) => u.replace(/[<>\s()]/g, (c) => encodeURIComponent(c));

export function toMarkdown(lines: QuoteLine[], exportedAt: string): string {
  const out = [`# Quotelens quotes`, '', `Exported ${md(exportedAt)}, ${lines.length} quotes.`];
  let current = '';
  for (const l of lines) {
    const article = l.link.split('#')[0]!;
    if (article !== current) {
      current = article;
      out.push('', `## [${md(l.article)}](${mdUrl(article)})`, '', `${md(l.site)} · ${md(l.date)}`);
    }
    const who = [l.speaker, l.role].filter(Boolean).map(md).join(', ') || 'Unattributed';
    out.push('', `> ${md(l.quote)}`, `>`, `> — ${who} · [open at the quote](${mdUrl(l.link)})`);
  }
  return `${out.join('\n')}\n`;
}
