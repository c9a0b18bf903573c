// Words and letters, shared by every step. A Unicode property class (\p{L}) is compiled once per distinct regex source
// the first time it runs, which costs a browser about a millisecond each on a fresh page; so every tokenizer here runs
// the one WORD_RUN regex, and the variants (apostrophe and hyphen joins) are applied in code, matching exactly what
// their own regexes used to match. Single-character tests take an ASCII fast path before the Unicode regex.

/**
 * Runs of letters and digits, any script: what `/[\p{L}\p{N}]+/gu` matches, run for run. A run of ASCII letters and
 * digits followed by an ASCII character or the end (most words of most stories) takes the first branch, which never
 * consults the Unicode tables; any other run fails it (a shorter part of the run is followed by a letter or digit)
 * and is read whole by the second. The first branch uses ASCII classes only: a fresh page compiles the Unicode class
 * once, as before.
 * The only word regex: its compiled form is shared by every caller.
 */
const WORD_RUN = /[A-Za-z0-9]+(?![A-Za-z0-9]|[^\0-\x7f])|[\p{L}\p{N}]+/gu;
const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const LETTERS_2 = /^\p{L}{2,}$/u;
/** U+0345 is in the class because the case-insensitive pattern this replaced matched it (it folds to a Greek iota). */
const DESC_WORD = /^[\p{L}\d\u0345-]+$/u;

export function asciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Whether the text holds a letter or a digit: `/[\p{L}\p{N}]/u.test(s)`. */
export function hasWordChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (asciiLetter(c) || (c >= 48 && c <= 57)) return true;
    } else return s.slice(i).search(WORD_RUN) >= 0;
  }
  return false;
}

/** Whether the text starts with an uppercase letter: `/^\p{Lu}/u.test(s)`. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(s);
}

/** Length of the leading run of letters of a letters-and-digits run (`[\p{L}]+` at its start). */
function letterPrefix(tok: string): number {
  let i = 0;
  while (i < tok.length) {
    const c = tok.charCodeAt(i);
    if (c < 128) {
      if (!asciiLetter(c)) break;
      i++;
    } else {
      const cp = tok.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      if (!LETTER.test(tok.slice(i, i + w))) break;
      i += w;
    }
  }
  return i;
}

/** `s.match(/[\p{L}\p{N}]+/gu) ?? []`. */
export function wordRuns(s: string): string[] {
  return s.match(WORD_RUN) ?? [];
}

/**
 * Where each token starts in `text`, for the tokens a regex of runs of one character class (`/\S+/g`, a word class)
 * matched there in order: only characters outside the class lie between two tokens, so each is the first thing indexOf
 * finds from the end of the one before, and no match object is built per token.
 */
export function tokenOffsets(text: string, tokens: string[]): number[] {
  const ats: number[] = new Array(tokens.length);
  for (let k = 0, from = 0; k < tokens.length; k++) {
    const at = text.indexOf(tokens[k]!, from);
    ats[k] = at;
    from = at + tokens[k]!.length;
  }
  return ats;
}

// The joined tokenizers below read the runs in one pass, holding only the current run and the next. A text without
// any joiner character (most sentences) is only its runs: one match() lists them without a match object per word.

function hasJoiner(s: string, joiners: string): boolean {
  for (let i = 0; i < joiners.length; i++) if (s.includes(joiners[i]!)) return true;
  return false;
}

/**
 * Words with one letters-only tail after an apostrophe ("don't", "O'Neill"): `[\p{L}\p{N}]+(?:[J][\p{L}]+)?` where J
 * is one of `joiners`. A tail stops at its first digit, which then starts the next word, as the regex does.
 */
export function wordsWithTail(s: string, joiners: string): string[] {
  if (!hasJoiner(s, joiners)) return wordRuns(s);
  const out: string[] = [];
  WORD_RUN.lastIndex = 0;
  let m = WORD_RUN.exec(s);
  let text = m ? m[0] : '';
  let index = m ? m.index : -1;
  while (index >= 0) {
    const end = index + text.length;
    m = WORD_RUN.exec(s);
    let nextText = m ? m[0] : '';
    let nextIndex = m ? m.index : -1;
    if (nextIndex === end + 1 && joiners.includes(s[end]!)) {
      const n = letterPrefix(nextText);
      if (n > 0) {
        out.push(s.slice(index, end + 1 + n));
        if (n === nextText.length) {
          m = WORD_RUN.exec(s);
          nextText = m ? m[0] : '';
          nextIndex = m ? m.index : -1;
        } else {
          nextText = nextText.slice(n);
          nextIndex += n;
        }
        text = nextText;
        index = nextIndex;
        continue;
      }
    }
    out.push(text);
    text = nextText;
    index = nextIndex;
  }
  return out;
}

/** Words joined through any number of single joiners ("mother-in-law's"): `[\p{L}\p{N}]+(?:[J][\p{L}\p{N}]+)*`. */
export function wordsJoined(s: string, joiners: string): string[] {
  if (!hasJoiner(s, joiners)) return wordRuns(s);
  const out: string[] = [];
  WORD_RUN.lastIndex = 0;
  let m = WORD_RUN.exec(s);
  while (m) {
    const start = m.index;
    let end = start + m[0].length;
    m = WORD_RUN.exec(s);
    while (m && m.index === end + 1 && joiners.includes(s[end]!)) {
      end = m.index + m[0].length;
      m = WORD_RUN.exec(s);
    }
    out.push(s.slice(start, end));
  }
  return out;
}

function allAscii(s: string, ok: (c: number) => boolean): boolean | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return null;
    if (!ok(c)) return false;
  }
  return true;
}

/** Two or more letters and nothing else: `/^\p{L}{2,}$/u.test(s)`. */
export function isLetters2(s: string): boolean {
  if (s.length < 2) return false;
  return allAscii(s, asciiLetter) ?? LETTERS_2.test(s);
}

/** A word of a description, letters, digits or hyphens: what `[\p{L}\d-]+` matched case-insensitively. */
export function isDescWord(s: string): boolean {
  if (!s) return false;
  return allAscii(s, (c) => asciiLetter(c) || (c >= 48 && c <= 57) || c === 45) ?? DESC_WORD.test(s);
}
