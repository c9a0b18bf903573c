// Every name the article mentions (outside quotes), with the roles it attaches to them: the basis for resolving
// surnames, pronouns and descriptions back to the fullest name, wherever in the text the name is given.
import { analyzeWords, bare, BOUNDARY_WORDS, isAbbreviation, isMonsieur, isNameToken, isOrgName, isTitle, subjectBefore, MASK } from './speakers-phrase';
import { tokenOffsets } from './words';

export interface Mention {
  block: number;
  offset: number;
  sentence: number;
  /** First word of its sentence: a capital there proves nothing about being a name. */
  initial: boolean;
  /** The name as written (possessive and punctuation stripped). */
  name: string;
  /** Stands where a sentence's subject stands: at its start, after an opening clause, or after role words only. */
  readonly subject: boolean;
  /** Right after an article or determiner ("the Trump administration", "the Energy Control lab"): a thing's name or a
   * modifier, not a person. */
  readonly determined: boolean;
  /** Its sentence holds he/she/his/her/him (English): it goes on about a person named before, whom a later pronoun
   * means too. */
  readonly personPronoun: boolean;
  /** Its sentence reports the person speaking ("…, said Tom Forte", "…, Madry said", "according to Ann Lee"). */
  readonly speechAgent: boolean;
}

/** Only pronoun resolution asks whether a mention stands as a subject, so the words before it (`lead`, the sentence's
 * text before the name) are read on demand. */
function nameMention(
  block: number, offset: number, sentence: number, initial: boolean, name: string, lead: string, sentenceText: () => string, after: () => string,
): Mention {
  let subj: boolean | undefined;
  return {
    block, offset, sentence, initial, name,
    get determined() {
      return DETERMINER_BEFORE.test(lead.slice(-8));
    },
    get personPronoun() {
      return PERSON_PRONOUN.test(sentenceText());
    },
    get speechAgent() {
      return SPEECH_BEFORE.test(lead.slice(-80)) || SPEECH_AFTER.test(after());
    },
    get subject() {
      if (subj === undefined) {
        const roleWords = lead.replace(LEAD_CLAUSE, '');
        // "…slammed the Duke and his wife, Meghan, …": a name set off after a role noun deep in a clause is that
        // noun's apposition, an object; "His wife, Meghan, said" keeps its subject.
        // (The lead's last 200 characters: the test looks at the words right before the name.)
        const app = APPOSED.exec(lead.slice(-200));
        const apposed = app !== null && isTitle(app[2]!) && INNER_DETERMINER.test(app[1]!.trim()) && !OPENING.test(app[1]!.trim());
        subj = initial || (!apposed && SUBJECT_PREFIX.test(roleWords) && !OBJECT_CUE.test(' ' + roleWords) && !OBJECT_PREPOSITION.test(' ' + roleWords));
      }
      return subj;
    },
  };
}

export interface Registry {
  mentions: Mention[];
  /** Full names (two words or more) by their last word. */
  byLast: Map<string, string[]>;
  roles: Map<string, string[]>;
  /** By full name, or by surname for a one-word mention: how often the sentence after one where the person alone is
   * named as its subject opens with "He"/"His" (m) or "She"/"Her" (f), or "his"/"himself"/"herself" follows the name
   * in its own sentence. English pages and pages that state no language. */
  pronounGender: Map<string, { m: number; f: number }>;
}

const PERSON_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him)\b/;
/** A speech verb right before the name, maybe with its title between ("said Democratic National Committee Chairman"),
 * or right after it, maybe after an apposition ("Tom Hall, the mayor, said"). */
const SPEECH_BEFORE = /(?:^|\s)(?:said|says|told|added|wrote|according\s+to)\s+(?:\S+\s+){0,5}$/;
const SPEECH_AFTER = /^[’'s]*(?:,[^,.;:]{1,80},)?\s+(?:also\s+|later\s+)?(?:said|says|told|added|wrote|explained|noted)\b/;
const DETERMINER_BEFORE = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Ee]very|[Ee]ach|[Aa]nother)\s+$/;
/** Function words that open sentences and are never first names: adverbs, auxiliaries, conjunctions, prepositions;
 * German articles and interrogatives. */
const SENTENCE_OPENERS = new Set(
  ('once soon shortly had has have having was were is are did does do been accordingly thus hence therefore later ' +
    'earlier still yet even then now today tonight yesterday tomorrow nevertheless nonetheless moreover furthermore ' +
    'besides otherwise perhaps maybe indeed finally eventually initially originally recently currently previously ' +
    'afterwards whether although though unless until since while whilst into onto upon across behind beneath beyond ' +
    'toward towards throughout amid among between without within against about above below near via ' +
    'der die das wer wie was wo als wenn dass ob vor bei pero secondo segundo').split(' '),
);
/** Before a subject: nothing, an opening clause closed by a comma, then role words ("U.S. Rep.", "China’s top envoy"). */
const LEAD_CLAUSE = /^.{0,100},\s*/su;
const SUBJECT_PREFIX = /^(?:(?:the|a|an|\p{Lu}[\p{L}.’'-]*|\p{Ll}+[’']s|[\p{Ll}-]+)\s+){0,5}$/u;
/** Words that make the name after them an object or a complement, never the subject. */
const OBJECT_CUE = /(?:^|\s)(?:said|says|told|of|to|by|with|for|from|at|in|on|that|and|than|about|against)\s/i;
/** More prepositions, in lower case only: "including West Virginia" is an object; a sentence may open "Into the room
 * strides Thurman", whose subject comes last. */
const OBJECT_PREPOSITION = /(?:^|\s)(?:including|into|like|unlike|over|under|among|between|across|through|towards?|via|per|without|near|behind|beyond|such\s+as)\s/;

const TOKEN = /\S+/g;
/** An opening phrase before the name's role ("According to the firm's manager, Jo Lee, …"): the name still leads. */
const OPENING = /^(?:according\s+to|in|on|at|for|as|after|before|during|while|when|meanwhile|however|but|speaking|asked|writing|talking|like)\b/i;
/** A determiner after the phrase's first word: the role noun stands in a second noun phrase, after a verb ("slammed
 * the duke and his wife, Meghan,"), not in the subject's own ("The White House press secretary, Karoline Leavitt,"). */
const INNER_DETERMINER = /^\S+\s.*\b(?:the|a|an|his|her|their|its)\s/i;
/** The words before a name that ends "…, role-noun, ": what stands before the noun, and the noun. */
const APPOSED = /^(.*?)([\p{L}’'-]+),\s*$/su;
const PARTICLE = /^(?:de|van|der|von|den|bin|al|da|di|du|del|la|le|ibn|el|dos|das)$/;
const APPOSITIVE = /^,\s*([^,.;:]{3,160})/;

/** What follows a name without being part of it: a suffix or post-nominal letters ("Jr.", "III", "QC", "MP"). */
const POST_NOMINAL = /^(?:Jr\.?|Sr\.?|II|III|IV|QC|KC|MP|MEP|MSP|MBE|OBE|CBE|KBE|DBE|PhD|MD|Esq\.?)$/;

/**
 * "KELLY Osbourne has blasted…": a paragraph's first word set in capitals is a style; the name is "Kelly Osbourne".
 * Left alone: short or vowel-less acronyms ("HCA Healthcare", "BLVD Moving") and names of organisations ("NASA Goddard
 * Space Flight Center"); a longer acronym before a person-like name ("UNICEF Kids") still loses its capitals.
 */
function sentenceCase(words: string[]): string[] {
  const [a, b] = words;
  if (!a || !b || words.length > 3 || !/^\p{Lu}{4,}$/u.test(a) || !/[AEIOUY]/.test(a) || !/^\p{Lu}\p{Ll}/u.test(b) || isOrgName(words.join(' '))) return words;
  return [a[0] + a.slice(1).toLowerCase(), ...words.slice(1)];
}

export function lastWord(name: string): string {
  const ws = name.split(/\s+/).filter((w) => !POST_NOMINAL.test(w));
  return (ws[ws.length - 1] ?? name).toLowerCase();
}

// A role is the noun phrase right before a name: what stands before a hard break (a dateline's slashes, a dash, a
// colon, a bracket) belongs to something else, and a leading preposition or attribution phrase ("according to",
// "with", "said") introduces the phrase rather than being part of the title.
const ROLE_BREAK = /^.*[/|:;()\[\]—–]\s*/s;
const ROLE_LEAD = /^(?:(?:according\s+to|along\s+with|as\s+well\s+as|said|says|told|with|by|from|for|to|as|and|but|while|when|like|including|among|per|via)\s+)+/i;
/** A style of address before a title ("His Honour Judge"): not part of the role. */
const ADDRESS = /^(?:his|her|their|your)\s+(?:honou?r|excellency|majesty|royal\s+highness|highness|holiness|grace|worship)\s+/i;

/** The title part of the words before a name, without the context that introduces them. */
export function cleanRole(role: string): string {
  const r = role.replace(ROLE_BREAK, '').replace(ROLE_LEAD, '').replace(ADDRESS, '').replace(/[,;:.]+$/, '').trim();
  // An abbreviation keeps its dot ("U.S. Rep.", "Gov.").
  const last = `${r.slice(r.lastIndexOf(' ') + 1)}.`;
  return role.trimEnd().endsWith(last) && isAbbreviation(last) ? `${r}.` : r;
}

/** "Carlineo's attorney": a possessive before a lowercase word; "that's all", "it's" are a pronoun and "is". */
export const POSSESSIVE = /(?<!\b(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Ww]ho|[Hh]e|[Ss]he|[Ll]et|[Ww]here|[Hh]ow))[’']s\s+\p{Ll}/u;

/** A role worth keeping names a position: it holds a title word or a possessive ("Carlineo's attorney"). */
function roleLike(r: string): boolean {
  const ws = r.split(/\s+/);
  return ws.length <= 16 && (ws.some(isTitle) || POSSESSIVE.test(r));
}

export function buildRegistry(masked: { block: number; text: string; sentenceStarts: number[] }[], lang: string | null = null): Registry {
  const mentions: Mention[] = [];
  const byLast = new Map<string, string[]>();
  const roles = new Map<string, string[]>();
  const addRole = (name: string, role: string | null | undefined) => {
    if (!role) return;
    const r = cleanRole(role);
    if (!roleLike(r)) return;
    const list = roles.get(name) ?? [];
    if (!list.includes(r)) list.push(r);
    roles.set(name, list);
  };
  for (const { block, text, sentenceStarts } of masked) {
    // The text's tokens (runs of non-space) and where each starts.
    const ws = text.match(TOKEN) ?? [];
    const ats = tokenOffsets(text, ws);
    // isTitle of each token, filled in as role windows (which overlap) first need it.
    const titles: (boolean | undefined)[] = new Array(ws.length);
    // The sentence of the current token: names come in reading order, so it only moves forward.
    let sentence = 0;
    for (let i = 0; i < ws.length; i++) {
      if (!isNameToken(ws[i]!)) continue;
      let j = i;
      // Extend over name words and inner particles; stop after a word that closes with punctuation.
      while (j + 1 < ws.length && !/[,;:!?)"”]$/.test(ws[j]!) && !/\p{Ll}{3,}\.$/u.test(ws[j]!)) {
        const nx = ws[j + 1]!;
        // (Particles may come two at once before a one-word surname: "Manuel de la Vega", "Ursula von der Leyen", not
        // "Naomi Halas von der Rice University".)
        const after = ws[j + 2] ?? '';
        const pair = PARTICLE.test(after) && isNameToken(ws[j + 3] ?? '') && !isNameToken(ws[j + 4] ?? '');
        if (isNameToken(nx) || (PARTICLE.test(nx) && (isNameToken(after) || pair))) j++;
        else break;
      }
      if (ws[j]!.includes(MASK)) j--;
      let words = ws.slice(i, j + 1).map((w, x, a) => (x === a.length - 1 ? bare(w) : w));
      const at = ats[i]!;
      while (sentence + 1 < sentenceStarts.length && sentenceStarts[sentence + 1]! <= at) sentence++;
      // "Hosting Cook at Dreamforce": a sentence-initial gerund is not a first name.
      const startsSentence = sentenceStarts[sentence] === at;
      if (startsSentence && words.length > 1 && /^\p{Lu}\p{Ll}{3,}ing$/u.test(words[0]!)) words = words.slice(1);
      // "Once Fetter arrived", "Soon Google": a sentence's first word that is a function word is that word; the name is
      // the rest (without a particle it leaves in front). First names that are also words ("Will", "Mark", "Hope")
      // stay: only closed-class words are told apart.
      if (startsSentence && words.length > 1 && SENTENCE_OPENERS.has(words[0]!.toLowerCase())) {
        words = words.slice(1);
        while (words.length > 1 && PARTICLE.test(words[0]!)) words = words.slice(1);
      }
      if (words.length > 1 && isMonsieur(words[0]!, lang)) words = words.slice(1);
      // "ambassador to Britain Liu Xiaming", "Secretary of State Marco Rubio": after a preposition the first capitalised
      // word closes the role; the name is the rest.
      if (words.length >= 3 && i > 0 && /^(?:to|of|at|for|in|from)$/.test(ws[i - 1]!)) words = words.slice(1);
      const name = (ats[i] === 0 ? sentenceCase(words) : words).join(' ');
      const lead = text.slice(sentenceStarts[sentence] ?? 0, at);
      const initial = startsSentence || /^[\s\u2063"“‘'(—–-]*$/.test(lead);
      const sentenceOf = sentence, nameEnd = ats[j]! + ws[j]!.replace(/[,;:.!?)"”]+$/, '').length;
      if (name) {
        mentions.push(nameMention(block, at, sentence, initial, name, lead,
          () => text.slice(sentenceStarts[sentenceOf] ?? 0, sentenceStarts[sentenceOf + 1] ?? text.length),
          () => text.slice(nameEnd, nameEnd + 100)));
      }
      if (words.length >= 2 && !isOrgName(name)) {
        const key = lastWord(name);
        const list = byLast.get(key) ?? [];
        if (!list.includes(name)) list.push(name);
        byLast.set(key, list);
      }
      const last = ws[j]!;
      const endAt = ats[j]! + last.length;
      // Only the words just before the name can be its role: a bounded window keeps this linear in the text.
      // A role can only stand right before the name: skip the phrase reading when a break or a plain verb is there.
      const prevTok = i > 0 ? ws[i - 1]! : '';
      if (prevTok && (!/[,;:.!?)"”\u2063]$/.test(prevTok) || isAbbreviation(prevTok)) && !BOUNDARY_WORDS.has(prevTok.toLowerCase())) {
        const from = Math.max(0, endAt - 160);
        const win = text.slice(from, endAt);
        if (mayHoldRole(win, ws, ats, titles, j, from)) {
          const pre = subjectBefore(win.replace(/[,;:.]$/, ''), lang);
          if (pre && pre.kind === 'name' && pre.name === name) addRole(name, pre.role);
        }
      } else if (prevTok.endsWith(',') && last.endsWith(',')) {
        // "China’s ambassador to Britain, Liu Xiaming, said": the phrase before a name set off by commas is its role.
        const cut = ats[i - 1]! + prevTok.length - 1;
        const pre = subjectBefore(text.slice(Math.max(0, cut - 160), cut), lang);
        if (pre?.kind === 'desc') addRole(name, pre.desc);
      }
      // An appositive starts with a comma right after the name (APPOSITIVE is anchored there); a token runs up to the
      // next space, so that comma can only be the last character of the name's last token.
      const app = last.endsWith(',') ? APPOSITIVE.exec(text.slice(endAt - 1, endAt + 200)) : null;
      if (app && !/^(?:who|which|whose|where|when|said|says|told|and|but|or|nor|voire|ou|et|und|oder)\b/.test(app[1]!) && !/^\d+$/.test(app[1]!.trim())) {
        const ap = analyzeWords(app[1]!.split(/\s+/));
        if (!(ap && ap.kind === 'name' && !ap.role)) addRole(name, app[1]!.trim());
      }
      i = j;
    }
  }
  return { mentions, byLast, roles, pronounGender: !lang || lang.startsWith('en') ? pronounEvidence(masked, mentions) : new Map() };
}

/** A third-person pronoun of one gender inside a sentence (outside its quotes, which are masked). */
const SENTENCE_PRONOUN = /\b(his|himself|herself)\b/;
/** What stands before a place's or an organisation's name, not a person's. */
const PLACE_LEAD = /(?:^|\s)(?:in|on|at|from|of|near|into|across|the)\s+$/i;
/** A sentence that opens on a pronoun as its subject or a possessive: "He", "She", "His", "Her" (not after a quote). */
const OPENING_PRONOUN = /^[\s"“‘(]*(He|His|She|Her)\s+(?!\p{Lu})/u;

/**
 * What the article's own narration says of a person's gender: "Tom Hale founded the firm in 1990. He sold it…". Only a
 * sentence that names one person, as its subject, counts: for the pronoun that opens the next sentence (in the same
 * paragraph or the next one), or a possessive or reflexive after the name in its own.
 */
function pronounEvidence(masked: { block: number; text: string; sentenceStarts: number[] }[], mentions: Mention[]): Map<string, { m: number; f: number }> {
  const out = new Map<string, { m: number; f: number }>();
  let k = 0;
  for (let bi = 0; bi < masked.length; bi++) {
    const { block, text, sentenceStarts } = masked[bi]!;
    while (k < mentions.length && mentions[k]!.block < block) k++;
    let from = k;
    while (from < mentions.length && mentions[from]!.block === block) {
      const s = mentions[from]!.sentence;
      let to = from;
      while (to < mentions.length && mentions[to]!.block === block && mentions[to]!.sentence === s) to++;
      const group = mentions.slice(from, to);
      from = to;
      // The subject leads, not as a possessive ("Tom Hale’s wife said her husband…" is about someone else); any other
      // name stands after a place's preposition or an article ("on Main Street", "at the Pentagon"), so names no second
      // person.
      const head = group[0]!;
      const possessive = /^[’']/.test(text.charAt(head.offset + head.name.length));
      const second = group.some((m, x) => x > 0 && lastWord(m.name) !== lastWord(head.name) && !PLACE_LEAD.test(text.slice(Math.max(0, m.offset - 8), m.offset)));
      if (!head.subject || head.determined || possessive || second) continue;
      const nextStart = sentenceStarts[s + 1];
      const next = nextStart !== undefined ? text.slice(nextStart, nextStart + 12) : (masked[bi + 1]?.text.slice(0, 12) ?? '');
      const p = OPENING_PRONOUN.exec(next);
      // In its own sentence, after the name, a possessive or a reflexive ("Hale sold his shop"); not "her", which may be
      // an object ("praised her"), nor a subject pronoun, which may be someone else ("as he told the court").
      const own = SENTENCE_PRONOUN.exec(text.slice(head.offset, nextStart ?? text.length));
      const word = p?.[1] ?? own?.[1];
      if (!word) continue;
      // By the name as written: a full name for itself, a surname for whoever it is short for (genderOf decides).
      const key = head.name.includes(' ') ? head.name : lastWord(head.name);
      const e = out.get(key) ?? { m: 0, f: 0 };
      if (/^h(?:e|is|imself)$/i.test(word)) e.m++;
      else e.f++;
      out.set(key, e);
    }
  }
  return out;
}

/**
 * A character that cleanRole cuts at (the part after it may be a title), or a word ending in a possessive followed by
 * another word (what roleLike's possessive needs; role words may have lost trailing commas, colons or semicolons).
 */
const ROLE_HINT = /[/|:;()[\]—–]|[’']s[,;:]*\s/;

/**
 * Whether the words of `win` (the text from `from` through the end of token `j` of `ws`, starting at `ats`) could yield a role that roleLike
 * keeps: every role is made of the window's words, so without a title word, a possessive or a break character in the
 * window, reading the subject phrase there cannot add one. The first word may be cut by the window's start.
 */
function mayHoldRole(win: string, ws: string[], ats: number[], titles: (boolean | undefined)[], j: number, from: number): boolean {
  if (ROLE_HINT.test(win)) return true;
  if (isTitle(ws[j]!.replace(/[,;:.]$/, ''))) return true;
  for (let k = j; k >= 0; k--) {
    const w = ws[k]!;
    const at = ats[k]!;
    if (at >= from) {
      if ((titles[k] ??= isTitle(w))) return true;
    } else {
      if (at + w.length > from && isTitle(w.slice(from - at))) return true;
      break;
    }
  }
  return false;
}

/** The fullest registered name for "Trump" or "Van Der Beek": the one mentioned nearest before the quote. */
export function fullName(reg: Registry, name: string, block: number): string {
  const key = lastWord(name);
  const nameWords = name.split(/\s+/);
  const endsWith = (n: string) => {
    const ws = n.split(/\s+/).filter((w) => !POST_NOMINAL.test(w));
    const tail = nameWords.filter((w) => !POST_NOMINAL.test(w));
    return ws.length >= tail.length && tail.every((w, i) => ws[ws.length - tail.length + i] === w);
  };
  // (A name that differs only in case is the same name: "KELLY Osbourne" was registered as "Kelly Osbourne".)
  const same = name.toLowerCase();
  let cands = (reg.byLast.get(key) ?? []).filter((n) => n.toLowerCase() === same || (n.length > name.length && endsWith(n)));
  // A first name alone ("Umar") points at the one full name that starts with it.
  if (!cands.length && nameWords.length === 1) {
    const firsts = [...new Set([...reg.byLast.values()].flat().filter((n) => n.split(/\s+/)[0] === name))];
    if (firsts.length === 1) cands = firsts;
  }
  if (cands.length > 1) cands = cands.filter((n) => n.toLowerCase() !== same);
  if (!cands.length) return name;
  if (cands.length === 1) return cands[0]!;
  let best = cands.reduce((a, b) => (b.length > a.length ? b : a));
  let bestDist = Infinity;
  for (const m of reg.mentions) {
    if (!cands.includes(m.name)) continue;
    const d = m.block <= block ? block - m.block : 1000 + m.block - block;
    if (d < bestDist) (bestDist = d), (best = m.name);
  }
  return best;
}

/** A capitalised plural seen only at sentence starts ("Teachers chanted") is a common noun, not a name. */
export function isCommonNoun(reg: Registry, name: string): boolean {
  if (name.includes(' ') || !/\p{Ll}s$/u.test(name) || reg.byLast.has(name.toLowerCase())) return false;
  return reg.mentions.every((m) => m.name !== name || m.initial);
}

export function bestRole(reg: Registry, name: string): string | null {
  const list = reg.roles.get(name);
  if (!list?.length) return null;
  return list.reduce((a, b) => (b.length > a.length ? b : a));
}

/** A definite description ("the veteran winger", "China’s ambassador to Britain") points at the person given that role. */
export function personByRole(reg: Registry, desc: string): string | null {
  const d = desc.replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
  if (d.split(/\s+/).length < 1) return null;
  const head = d.split(/\s+(?:of|at|for|to|in)\s+/)[0]!.split(/\s+/).pop() ?? '';
  if (!head || !isTitle(head)) return null;
  let found: string | null = null;
  for (const [name, roles] of reg.roles) {
    for (const r of roles) {
      const rl = r.replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
      if (rl === d || rl.includes(d) || (d.includes(rl) && rl.length > 3)) {
        if (found && found !== name) return null;
        found = name;
      }
    }
  }
  return found;
}
