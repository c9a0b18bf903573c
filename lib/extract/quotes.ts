// Direct quotations in the body blocks, with speaker and role. Order: spans (quotes-spans) → which spans are quotes
// (quotes-filter) → attribution in the sentence (speakers) → speaker and role resolution over the whole article
// (speakers-resolve). Headings are never searched; the text of a quote is the exact characters inside its marks.
import type { Quote } from '../model';
import type { Block, Tracer } from './types';
import { MASK } from './speakers-phrase';
import { buildRegistry } from './speakers-registry';
import { hasWordChar } from './words';
import { attribute, koreanAttribution, leadingAttribution, sentenceStarts, trailingAttribution, hasVerb, type Attribution } from './speakers';
import { findDashSpans, findSpans, type Span } from './quotes-spans';
import { rejectReason, wordCount } from './quotes-filter';
import { resolveSpeakers, type Candidate } from './speakers-resolve';

export interface QuoteOptions {
  lang: string | null;
  tracer?: Tracer;
}

export interface BlockInfo {
  block: Block;
  spans: Span[];
  masked: string;
  starts: number[];
}

/**
 * A block's quote spans and its text with them masked. Sentence starts are found when first asked for: blocks with
 * no quote near them are only split into sentences when the page has a quote to credit (the registry reads them all).
 */
class Info implements BlockInfo {
  private s: number[] | undefined;
  constructor(
    public block: Block,
    public spans: Span[],
    public masked: string,
  ) {}

  get starts(): number[] {
    return (this.s ??= sentenceStarts(this.masked));
  }

  set starts(v: number[]) {
    this.s = v;
  }
}

const snippet = (s: string, n = 80) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function mask(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.outerStart) + MASK.repeat(s.outerEnd - s.outerStart);
    at = s.outerEnd;
  }
  return out + text.slice(at);
}

/** A heading that ends like a sentence, with no quote mark in it. */
const SENTENCE_HEADING = /^[^"“”«»„]*[^.!?\s][.!]$/;

export function findQuotes(blocks: Block[], opts: QuoteOptions): Quote[] {
  const lang = opts.lang ? opts.lang.toLowerCase().split(/[-_]/)[0]! : null;
  const tracer = opts.tracer;
  const infos: BlockInfo[] = [];
  // A subhead written as a sentence of the story ("Fiona Parry issued a plea for people to stay away.") is narration:
  // the registry reads it for names; it is never read for quotes or attributions.
  const narrationHeads: BlockInfo[] = [];
  for (const block of blocks) {
    // Subheads hold no quotes; an embedded post is not the article quoting someone (its sign-off line names the poster).
    if (block.kind === 'embed') continue;
    if (block.kind === 'heading') {
      if (SENTENCE_HEADING.test(block.text) && wordCount(block.text) >= 8) narrationHeads.push(new Info(block, [], block.text));
      continue;
    }
    const dash = findDashSpans(block.text, lang);
    const spans = dash.length ? dash : findSpans(block.text, lang);
    const masked = mask(block.text, spans);
    infos.push(new Info(block, spans, masked));
  }
  addBlockQuotes(infos, lang);

  const cands: Candidate[] = [];
  for (let n = 0; n < infos.length; n++) {
    const info = infos[n]!;
    // Spans come in reading order: each one's sentence is found from the one before's, not from the paragraph's start.
    let k = 0;
    const onlyQuotes = info.spans.length > 0 && !hasWordChar(info.masked);
    // Whether the paragraph before gave a quote (cands come in reading order; this block's are not in yet).
    const prevTaken = cands.length > 0 && cands[cands.length - 1]!.n === n - 1;
    // Whether the current sentence holds no word outside quotes up to the span (read once across its spans), and the
    // credit of the sentence before it, read once per sentence.
    let wordless = { sentence: -1, upTo: 0, clean: true };
    const leading = new Map<number, Attribution | null>();
    for (const span of info.spans) {
      const text = info.block.text.slice(span.start, span.end).trim();
      while (k + 1 < info.starts.length && info.starts[k + 1]! <= span.outerStart) k++;
      const sentS = info.starts[k]!;
      const sentE = info.starts[k + 1] ?? info.masked.length;
      let att: Attribution | null =
        span.mark === 'block' ? leadIn(infos[n - 1], lang) : attribute(info.masked, sentS, sentE, span.outerStart, span.outerEnd, lang);
      if (!att && lang === 'ko') att = koreanAttribution(info.masked, sentS, span.outerStart, span.outerEnd);
      const prev = infos[n - 1];
      if (!att && onlyQuotes && prev && /:\s*$/.test(prev.block.text)) att = leadIn(prev, lang);
      // An embedded post or a quote-only paragraph right after "X noted there should be …" (no quote taken there).
      if (!att && onlyQuotes && prev && !prevTaken) att = leadIn(prev, lang);
      if (!att && !onlyQuotes && k + 1 < info.starts.length && span.outerEnd <= sentE) {
        att = trailingAttribution(info.masked, sentE, info.starts[k + 2] ?? info.masked.length, lang);
      }
      // A quote with no narration before it in its sentence (it opens the sentence, or follows other quotes only),
      // after a sentence ending "…, X wrote.".
      if (wordless.sentence !== k) wordless = { sentence: k, upTo: sentS, clean: true };
      if (wordless.clean) wordless.clean = !hasWordChar(info.masked.slice(wordless.upTo, span.outerStart));
      wordless.upTo = Math.max(wordless.upTo, span.outerEnd);
      if (!att && k > 0 && wordless.clean) {
        if (!leading.has(k)) leading.set(k, leadingAttribution(info.masked, info.starts[k - 1]!, sentS, lang));
        att = leading.get(k)!;
      }
      const why = rejectReason(text, span, info, att, lang);
      if (why) {
        if (tracer?.on) tracer.add({ step: 'quotes', decision: 'skip', reason: why, node: snippet(text) });
        continue;
      }
      cands.push({ text, info, n, span, sentence: k, att, onlyQuotes });
      if (tracer?.on) {
        tracer.add({
          step: 'quotes',
          decision: 'take',
          reason: `${span.mark === 'block' ? 'block quote after a colon-ended attribution' : `marks ${span.mark}…${span.closed ? 'closed' : 'left open, closed by the paragraph end'}`}; ${wordCount(text)} words; block ${info.block.index} (${info.block.kind})`,
          node: snippet(text),
        });
      }
    }
  }
  // Names and roles are read only to credit quotes: a page without one needs no registry.
  if (!cands.length) return [];
  const read = narrationHeads.length ? [...infos, ...narrationHeads].sort((x, y) => x.block.index - y.block.index) : infos;
  const registry = buildRegistry(read.map((i) => ({ block: i.block.index, text: i.masked, sentenceStarts: i.starts })), lang);
  return resolveSpeakers(cands, infos, registry, lang, tracer);
}

/** A paragraph with no marks after "Zelenskyy warned:" is the quoted words themselves (the block-quote convention). */
function addBlockQuotes(infos: BlockInfo[], lang: string | null): void {
  let chain = false;
  for (let n = 1; n < infos.length; n++) {
    const info = infos[n]!;
    const prev = infos[n - 1]!;
    const kind = info.block.kind;
    if (info.spans.length || (kind !== 'p' && kind !== 'quote') || prev.block.index !== info.block.index - 1) {
      chain = false;
      continue;
    }
    const leadIn =
      /:\s*$/.test(prev.block.text) &&
      prev.block.kind !== 'li' &&
      hasVerb(prev.masked.slice(prev.starts[prev.starts.length - 1]!), lang) &&
      !prev.spans.some((s) => s.outerEnd >= prev.block.text.length - 2);
    if (leadIn || (chain && kind === 'quote' && prev.block.kind === 'quote')) {
      const t = info.block.text;
      info.spans = [{ start: 0, end: t.length, outerStart: 0, outerEnd: t.length, mark: 'block', closed: true }];
      info.masked = MASK.repeat(t.length);
      info.starts = [0];
      chain = true;
    } else chain = false;
  }
}

/** The attribution of a lead-in line ending in a colon, read as if the quote stood at its end. */
export function leadIn(prev: BlockInfo | undefined, lang: string | null): Attribution | null {
  if (!prev) return null;
  if (prev.spans.length && prev.spans[0]!.mark === 'block') return null;
  const len = prev.masked.length;
  const sentS = prev.starts[prev.starts.length - 1]!;
  return attribute(prev.masked, sentS, len, len, len, lang);
}
