// Step 1 of quotes: find quoted spans in one block's text (marks, partial single quotes, dialogue dashes).
import { DASH_DIALOGUE_LANGS, NO_SINGLE_QUOTE_LANGS, PAIRS } from './lexicon';
import { langVerbs } from './speakers-phrase';

export interface Span {
  /** Offsets of the quoted words inside the block text, marks excluded. */
  start: number;
  end: number;
  /** Offsets including the marks, for masking the quote out of the attribution text. */
  outerStart: number;
  outerEnd: number;
  mark: string;
  /** False when the paragraph ended before a closing mark (the quote runs on into the next paragraph). */
  closed: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN = /[\s([{\/—–-]/;
const AFTER_CLOSE = /[\s.,;:!?)\]}—–…-]/;

function isOpenerAt(s: string, i: number): boolean {
  const prev = i > 0 ? s[i - 1]! : ' ';
  const next = s[i + 1] ?? ' ';
  if (s[i] === '"' && /\s/.test(next)) return false;
  return SPACE_OR_OPEN.test(prev) || /[“„«"‘'(]/.test(prev) || i === 0;
}

/** Straight " closes only when followed by space, punctuation or the end, so inch marks and the like rarely pair. */
function closerAt(s: string, j: number, accepted: string): boolean {
  const c = s[j]!;
  if (!accepted.includes(c)) return false;
  if (c === '"') return j + 1 >= s.length || AFTER_CLOSE.test(s[j + 1]!) || /[’'”]/.test(s[j + 1]!);
  return true;
}

/** Every character that can open a span: the paired marks and the single quotes. Most text holds none. */
const OPENER = new RegExp(`[${[...Object.keys(PAIRS), '‘', "'"].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');

/**
 * A search's answer, kept for the searches after it: the first position at or after `from` where it stopped, and what
 * it gave. A later search from a position up to `stop` meets nothing before `stop` either: the same answer. findSpans
 * asks from ever later positions, so a paragraph full of openers without closers is read once, not once per opener.
 */
interface Found { from: number; stop: number; result: number }
const reuse = (memo: Map<string, Found>, key: string, from: number, find: () => Found): number => {
  const m = memo.get(key);
  if (m && m.from <= from && from <= m.stop) return m.result;
  const f = find();
  memo.set(key, f);
  return f.result;
};

/**
 * The first closer of `accepted` at or after `from`, or the text's length when there is none. Each mark's next place
 * is looked up again only once the search has passed it (a mark that never comes is looked for once, not at every step).
 */
function nextCloser(s: string, from: number, accepted: string, seen: Map<string, number>): number {
  const marks = [...accepted];
  // Each mark's next place from `seen` while it still lies ahead (-1: none left), so a closing mark the text never
  // holds (the ” after „…“ quotes) is not looked for to the end again for every quote.
  const at = (ch: string, k: number) => {
    const c = seen.get(ch);
    if (c !== undefined && (c < 0 || c >= k)) return c;
    const p = s.indexOf(ch, k);
    seen.set(ch, p);
    return p;
  };
  const next = marks.map((ch) => at(ch, from));
  for (;;) {
    let k = -1, which = -1;
    for (let m = 0; m < next.length; m++) if (next[m]! >= 0 && (k < 0 || next[m]! < k)) { k = next[m]!; which = m; }
    if (k < 0) return s.length;
    if (closerAt(s, k, accepted)) return k;
    next[which] = at(marks[which]!, k + 1);
  }
}

/** Spans in reading order; nested marks stay inside the outer span. */
export function findSpans(text: string, lang: string | null): Span[] {
  const spans: Span[] = [];
  const singles = !NO_SINGLE_QUOTE_LANGS.has(lang ?? '') && !(lang === null && /[\uac00-\ud7af\u3040-\u30ff]/.test(text));
  const guillemetsReversed = lang === 'de' || lang === 'da' || lang === 'sv';
  const memo = new Map<string, Found>();
  const seen = new Map<string, number>();
  // Where each closing single mark last stands in the text, looked up once.
  const last = new Map<string, number>();
  const lastOf = (ch: string) => { let at = last.get(ch); if (at === undefined) last.set(ch, (at = text.lastIndexOf(ch))); return at; };
  let i = 0;
  while (i < text.length) {
    // Jump to the next mark: characters that open nothing are skipped by one scan, not one test each.
    OPENER.lastIndex = i;
    const at = OPENER.exec(text);
    if (!at) break;
    i = at.index;
    const c = text[i]!;
    const accepted = PAIRS[c];
    if (accepted && (c !== '»' || guillemetsReversed) && isOpenerAt(text, i)) {
      const j = reuse(memo, accepted, i + 1, () => {
        const k = nextCloser(text, i + 1, accepted, seen);
        return { from: i + 1, stop: k, result: k };
      });
      if (j < text.length) {
        spans.push({ start: i + 1, end: j, outerStart: i, outerEnd: j + 1, mark: c, closed: true });
        i = j + 1;
        continue;
      }
      // A curly or guillemet opener with no closer: the paragraph ends the quote (multi-paragraph quotes reopen). A
      // straight one only where speech opens: at the paragraph's start, or after a colon or comma ('Ford said: "…').
      if (c !== '"' || i === 0 || /[:,]\s*$/.test(text.slice(Math.max(0, i - 3), i))) {
        spans.push({ start: i + 1, end: text.length, outerStart: i, outerEnd: text.length, mark: c, closed: false });
        break;
      }
    } else if (singles && (c === '‘' || c === "'") && isOpenerAt(text, i) && LETTER.test(text[i + 1] ?? '')) {
      const j = reuse(memo, `single${c}`, i + 1, () => findSingleCloser(text, i + 1, c, lastOf(c === '‘' ? '’' : "'")));
      if (j > 0) {
        spans.push({ start: i + 1, end: j, outerStart: i, outerEnd: j + 1, mark: c, closed: true });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

/** A closing single mark is one not followed by a letter: that tells it from the apostrophe in don’t or Russia’s. */
function findSingleCloser(s: string, from: number, open: string, lastClose: number): Found {
  const close = open === '‘' ? '’' : "'";
  for (let j = from; j < s.length; j++) {
    const ch = s[j]!;
    if (ch === '“' || ch === '”' || (ch === '"' && open === "'")) return { from, stop: j, result: -1 };
    if (ch !== close) continue;
    const next = s[j + 1] ?? ' ';
    if (LETTER.test(next)) continue;
    if (/\s/.test(s[j - 1] ?? ' ')) continue;
    // A plural possessive ("the teachers’ union") ends in s’ and a lowercase word: keep looking, if another mark follows.
    if (s[j - 1] === 's' && /^\s+\p{Ll}/u.test(s.slice(j + 1, j + 4)) && lastClose > j) continue;
    return { from, stop: j, result: j };
  }
  return { from, stop: s.length, result: -1 };
}

const DASH_START = /^\s*[—–]\s*/;
/** Every dash after the opening one, with the spaces around it. */
const DASH = /(?<!\s)\s*[—–]\s*/g;
const WORD_AFTER = /^[\p{L}\p{M}]+/u;

/**
 * Whether the speech ends at the dash `m` (its text with the spaces around it) and narration begins: after the
 * speech's own comma or stop ("— Да, — сказал он"), set against the narration's first word ("—No lo sé —dijo…") or its
 * last ("…Pérez—. Quizá"), or spaced before a speech verb ("— Я приду завтра — сказал Иван Петров"). A spaced dash
 * before anything else is the speaker's own ("спагетти – 370 г", "Москва — город").
 */
function endsSpeech(text: string, at: number, m: string, verbs: Set<string> | null): boolean {
  const after = at + m.length;
  const spacedBefore = /^\s/.test(m), spacedAfter = /\s$/.test(m);
  if (/[,.!?…]/.test(text[at - 1] ?? '')) return true;
  if (spacedBefore && !spacedAfter && WORD_AFTER.test(text.slice(after, after + 1))) return true;
  if (!spacedBefore && at > 0 && /^[.,;:]?\s/.test(text.slice(after - (spacedAfter ? 1 : 0), after + 2))) return true;
  const w = WORD_AFTER.exec(text.slice(after, after + 40))?.[0];
  return spacedBefore && spacedAfter && w !== undefined && verbs !== null && verbs.has(w.toLowerCase());
}

/** Whether the narration ends at the dash `m` and speech resumes: after the narration's comma or stop ("сказал он. — Но
 * позже"), or with the dash set against the stop that follows it ("—dijo Juan Pérez—. Quizá"). A dash inside the
 * narration ("сказал Иван Петров — глава компании") goes on with it. */
function endsNarration(text: string, at: number, m: string): boolean {
  return /[,.!?…]/.test(text[at - 1] ?? '') || /^[.,;:]/.test(text[at + m.length] ?? '');
}

/** Dialogue written with dashes (— Je ne sais pas, dit-il.): speech and narration alternate between dashes. */
export function findDashSpans(text: string, lang: string | null): Span[] {
  if (!lang || !DASH_DIALOGUE_LANGS.has(lang) || !DASH_START.test(text)) return [];
  // A spaced dash before a speech verb ends the speech, except in French, whose narration starts after a comma and
  // whose verb list holds infinitives ("dire") that speech itself uses.
  const verbs = lang === 'fr' ? null : langVerbs(lang);
  const spans: Span[] = [];
  const first = DASH_START.exec(text)![0].length;
  const cuts: number[] = [first];
  // Speech and narration alternate, each ended by a dash that ends it.
  let speech = true;
  DASH.lastIndex = first;
  for (let m = DASH.exec(text); m; m = DASH.exec(text)) {
    if (speech ? !endsSpeech(text, m.index, m[0], verbs) : !endsNarration(text, m.index, m[0])) continue;
    cuts.push(m.index, m.index + m[0].length);
    speech = !speech;
  }
  cuts.push(text.length);
  // cuts: [speechStart, dashAt, narrStart, dashAt, speechStart, ...]
  for (let k = 0; k + 1 < cuts.length; k += 4) {
    let start = cuts[k]!;
    const end = cuts[k + 1]!;
    while (start < end && /[\s.,;:]/.test(text[start]!)) start++;
    let e = end;
    // French inversion without a closing dash: "Je ne sais pas, dit-il." keeps only the words before ", dit-il".
    const inv = /,\s*\p{L}+-(?:t-)?(?:il|elle|ils|elles|on)\b.*$/u.exec(text.slice(start, e));
    if (inv) e = start + inv.index;
    if (e > start) spans.push({ start, end: e, outerStart: start, outerEnd: e, mark: '—', closed: true });
  }
  return spans;
}
