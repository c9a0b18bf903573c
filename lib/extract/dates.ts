// Publication dates to ISO 8601, from the forms pages use in meta tags, JSON-LD and <time> elements. A date without a
// zone stays without one (the page's local time); nothing here depends on the zone of the machine that runs it.
const ISO_LIKE = /^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?\s*(Z|[+-]\d\d?(?:[:.]?\d\d)?)?)?$/i;
const COMPACT = /^(\d{4})(\d\d)(\d\d)(?:T?(\d\d)(\d\d)(\d\d)?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month as pages write it, full or short ("Sept."), its first three letters captured. */
export const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const TIME = '(?:(?:\\s*,\\s*|\\s*,?\\s+at\\s+|\\s*@\\s*|\\s+-\\s+|\\s+|T)(\\d{1,2})[:.h](\\d\\d)(?::(\\d\\d))?\\s*([ap]\\.?m\\.?)?)?';
// The offset written after UTC/GMT first: inside a line (no end anchor) "GMT+0100" must not stop at "GMT".
const ZONE = '\\s*((?:utc|gmt)[+-]\\d\\d?(?::?\\d\\d)?|z|utc|gmt|[+-]\\d\\d:?\\d\\d|[ecmp][sd]t|bst|cest|cet)?';
// "May 20, 2019 3:46 PM EDT", "Sun, 12 May 2024 09:30:00 GMT", "16 November 2017", "13/11/2025 09:21:40", "27.05.2019".
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}${ZONE}$`, 'i');
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${MONTH},?\\s+(\\d{4})${TIME}${ZONE}$`, 'i');
const NUMERIC = new RegExp(`^${WEEKDAY}(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})${TIME}${ZONE}$`, 'i');
// The same forms inside a line of text ("Published Monday, February 29, 2016 @ 11:10 PM UTC"), not touching a word.
const inLine = (re: RegExp) => new RegExp(`(?:^|(?<=[^\\p{L}\\p{N}]))(?:${re.source.slice(1, -1)})(?![\\p{L}\\p{N}])`, 'iu');
const IN_LINE = [MONTH_FIRST, DAY_FIRST, NUMERIC].map(inLine);
const HAS_YEAR = /(?:19|20)\d\d/;
const MONTH_WORD = /(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*/iu;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** What a dateline may say besides its date: "Published", "Posted on", "First published:", "|", a place. */
const MAX_AROUND = 30;
/** A dateline's date that is not the publication's: an update, an edit. */
export const LATER = /\b(?:updated?|modified|edited|revised)\b/i;

const ZONES: Record<string, string> = {
  z: 'Z', utc: 'Z', gmt: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00', cest: '+02:00',
};

/** ISO 8601 text for a date a page gives, or null when it cannot be read. Date-only values stay date-only. */
export function toIsoDate(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim();
  if (!s) return null;
  const d = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s);
  if (d) return build(d[1]!, +d[2]!, +d[3]!, []);
  if (ISO_LIKE.test(s)) {
    const iso = normalizeIso(s);
    return Number.isNaN(Date.parse(iso)) ? null : iso;
  }
  const c = COMPACT.exec(s);
  if (c) return c[4] ? `${c[1]}-${c[2]}-${c[3]}T${c[4]}:${c[5]}:${c[6] ?? '00'}Z` : `${c[1]}-${c[2]}-${c[3]}`;
  let m = MONTH_FIRST.exec(s);
  if (m) return build(m[3]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!, m.slice(4));
  m = DAY_FIRST.exec(s);
  if (m) return build(m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!, m.slice(4));
  m = NUMERIC.exec(s);
  if (m) {
    // Dots are day-first everywhere; with slashes, a first number over 12 is the day, a second over 12 the day too.
    const a = +m[1]!, b = +m[3]!;
    if (m[2] === '.' || a > 12) return build(m[4]!, b, a, m.slice(5));
    if (b > 12) return build(m[4]!, a, b, m.slice(5));
    return null; // 03/04/2020: April or March, the page does not say
  }
  // Other forms (RFC 2822 and the like) only when they name their zone, so the instant does not depend on this machine.
  if (!/(?:\b(?:gmt|utc|z)\b|[+-]\d\d:?\d\d)\s*\)?$/i.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

function build(year: string, month: number, day: number, t: (string | undefined)[]): string | null {
  // Days of the month: 30 February is no date (Date.parse would roll it over into March).
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(+year, month, 0)).getUTCDate()) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const [h, min, sec, ampm, zone] = t;
  if (h === undefined) return date;
  let hour = +h;
  if (ampm) {
    const pm = ampm[0]!.toLowerCase() === 'p';
    if (hour > 12) return null;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || +min! > 59) return null;
  return `${date}T${pad(hour)}:${min}:${sec ?? '00'}${zone ? zoneOffset(zone) : ''}`;
}

function zoneOffset(z: string): string {
  const k = z.toLowerCase();
  if (ZONES[k]) return ZONES[k];
  const m = /^(?:utc|gmt)?([+-])(\d\d?)(?::?(\d\d))?$/.exec(k);
  return m ? `${m[1]}${pad(+m[2]!)}:${m[3] ?? '00'}` : '';
}

function normalizeIso(s: string): string {
  // Keep the page's own offset (a reader's local date matters), only fix the separators: "+0200", "+2", "+5.30".
  return s.replace(' ', 'T').replace(/\s+(Z|[+-])/i, '$1').replace(/z$/, 'Z')
    .replace(/([+-])(\d\d?)(?:[:.]?(\d\d))?$/, (_m, sign: string, h: string, m?: string) => `${sign}${h.padStart(2, '0')}:${m ?? '00'}`);
}

/**
 * The date of a dateline: a short line that is mostly one written date ("Published Sunday, Feb 1, 2015 11:57 AM UTC",
 * "March 13, 2015 | 9:00PM" is not: the time must follow the date), as ISO 8601; null for a sentence that mentions a
 * date, a line that gives an update time, or no date.
 */
export function dateInLine(line: string): string | null {
  if (line.length < 8 || line.length > 160 || !HAS_YEAR.test(line)) return null;
  const t = line.replace(/\s+/g, ' ').trim();
  for (const re of IN_LINE) {
    const m = re.exec(t);
    if (!m) continue;
    // The month as written is one ("Sept.", "March"), not a word that starts like one ("Mayor 10, 2024").
    const word = MONTH_WORD.exec(m[0]);
    if (word && !MONTH_NAMES.some((n) => n.startsWith(word[0]!.toLowerCase()))) return null;
    const before = t.slice(0, m.index);
    let after = t.slice(m.index + m[0].length);
    // "April 28, 2019 at 6:01 am Updated April 29, 2019": the first is the publication, what follows its update.
    const later = LATER.exec(after);
    if (later) after = after.slice(0, later.index);
    if (before.length + after.length > MAX_AROUND || LATER.test(before)) return null;
    return toIsoDate(m[0].trim());
  }
  return null;
}
