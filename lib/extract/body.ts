// The story's body: find the element that holds it and list its blocks in reading order.
import type { ArticleBody, Block, Tracer } from './types';
import { blockText, bodyOf } from './text';
import { hasWordChar } from './words';
import { classAndId } from './body-signals';
import { locateKeyPoints } from './key-points-locate';
import { BLOCK_TAGS, chooseRoots, scorePage, type Stats } from './body-score';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'td', 'th', 'tbody', 'thead', 'tr', 'table', 'center', 'span', 'font', 'details', 'li', 'dd', 'dl', 'dt', 'hgroup', 'address']);
// Social-media posts pasted into a story as blockquotes are embeds: part of what the story shows, not the writer's text.
const EMBED = /tweet|twitter|instagram|tiktok|facebook|embed/i;
/** A link list (related stories, tags, more-from) reads as mostly link text. */
const LINK_LIST_DENSITY = 0.5;
/**
 * The labels pages put between a story's paragraphs for readers' controls and ads, in the languages the extractor
 * reads: never a paragraph of the story on their own.
 */
const UI_LABEL = /^(?:advertisements?|advert|anzeige|publicité|publicidad|publicidade|pubblicità|реклама|iklan|sponsored|(?:story|article) continues below(?: this)?(?: advertisement)?|continue reading below|caption|\d* ?comments?|share this(?: article| story)?|loading\.*)\s*[:.…]*$/i;

/** At most this much text outside links: a label such as "Read more:" or "Related:", or punctuation. */
const TEASER_OWN_TEXT = 16;
const QUOTE_MARK = /["“”«»„‘’‚‹›「」『』]/;

export function findArticleBody(doc: Document, tracer?: Tracer): ArticleBody {
  const body = bodyOf(doc);
  if (!body) return { root: null, blocks: [] };
  const scored = scorePage(body);
  const chosen = chooseRoots(body, scored);
  if (!chosen) return { root: null, blocks: [] };
  const blocks: Block[] = [];
  const c = new Collector(scored.stats, blocks);
  for (const part of chosen.parts) c.block(part, false);
  const paras = blocks.filter((b) => b.kind === 'p');
  const kp = locateKeyPoints(doc, paras[0]?.el, paras[2]?.el, scored);
  const kept = kp ? blocks.filter((b) => !kp.container.contains(b.el) && !(kp.label && (kp.label.contains(b.el) || b.el.contains(kp.label)) && b.kind === 'heading')) : blocks;
  kept.forEach((b, i) => (b.index = i));
  if (tracer?.on) tracer.add({ step: 'body', decision: describe(chosen.root), reason: `${chosen.parts.length} part(s), ${kept.length} blocks` });
  return { root: chosen.root, blocks: kept, keyPoints: kp };
}

function describe(el: Element): string {
  const ci = classAndId(el).trim();
  return `${el.localName}${ci ? ` "${ci.slice(0, 60)}"` : ''}`;
}

class Collector {
  constructor(private readonly stats: Map<Element, Stats>, private readonly out: Block[]) {}

  /** The block's text; when the scoring walk left part of it out (a caption, a share bar), the part it kept. */
  private text(el: Element, st: Stats): string {
    return st.p ? blockText(el, (e) => this.stats.has(e)) : blockText(el);
  }

  private push(kind: Block['kind'], el: Element, text: string): void {
    if (!text || ((kind === 'p' || kind === 'heading') && text.length < 40 && UI_LABEL.test(text))) return;
    this.out.push({ index: this.out.length, kind, text, el });
  }

  private linkHeavy(st: Stats): boolean {
    return st.t > 0 && st.l / st.t > LINK_LIST_DENSITY;
  }

  /**
   * A paragraph that is a link and at most a label besides: a teaser for another story ("Read more: …", a headline in
   * capitals between paragraphs). It ends with its link. A paragraph of the story may hold links, but it has words of
   * its own around them ("He <a>resigned</a> on Friday."), or quotes someone through a link ("“<a>We will win</a>,”
   * she said.").
   */
  private teaser(el: Element, st: Stats): boolean {
    const own = st.t - st.l;
    if (st.l === 0 || own > TEASER_OWN_TEXT || st.l < 2 * own) return false;
    const text = el.textContent ?? '';
    if (QUOTE_MARK.test(text)) return false;
    const links = el.getElementsByTagName('a');
    const last = links[links.length - 1];
    if (!last) return false;
    const linkText = last.textContent ?? '';
    return !hasWordChar(text.slice(text.lastIndexOf(linkText) + linkText.length));
  }

  /** One element of the story's container: emit it as blocks, or descend, or leave it out. */
  block(el: Element, quote: boolean): void {
    const st = this.stats.get(el);
    if (!st || st.t === 0) return; // furniture, hidden or empty: the scoring walk already left it out
    const tag = el.localName;
    if (tag === 'h1' || tag === 'header') return;
    if (tag === 'p' || tag === 'pre') {
      if (st.b) return this.children(el, quote);
      if (this.teaser(el, st)) return;
      return this.push(quote ? 'quote' : 'p', el, this.text(el, st));
    }
    if (HEADINGS.has(tag)) return this.push(quote ? 'quote' : 'heading', el, this.text(el, st));
    if (tag === 'ul' || tag === 'ol') return this.list(el, st, quote);
    if (tag === 'blockquote') {
      if (this.linkHeavy(st)) return;
      // One block for the whole post, its paragraphs on lines of their own.
      if (EMBED.test(classAndId(el))) return this.push('embed', el, this.text(el, st));
      if (st.b) return this.children(el, true);
      return this.push('quote', el, this.text(el, st));
    }
    if (CONTAINERS.has(tag) || BLOCK_TAGS.has(tag)) {
      if (this.linkHeavy(st) && st.t < 2000) return;
      if (!st.b) return this.push(quote ? 'quote' : 'p', el, this.text(el, st));
      return this.children(el, quote);
    }
    // An inline element standing alone among blocks: part of a run handled by children().
  }

  private list(el: Element, st: Stats, quote: boolean): void {
    if (this.linkHeavy(st)) return;
    for (const li of Array.from(el.children)) {
      if (li.localName !== 'li') { this.block(li, quote); continue; }
      const s = this.stats.get(li);
      if (!s || s.t === 0) continue;
      if (s.b) this.children(li, quote);
      else this.push(quote ? 'quote' : 'li', li, this.text(li, s));
    }
  }

  /** Children of a container in order; loose text and inline runs between blocks become paragraphs. */
  private children(el: Element, quote: boolean): void {
    let run: string[] = [];
    const flush = () => {
      const text = run.join('').replace(/\s+/g, ' ').trim();
      run = [];
      if (text.length > 1) this.push(quote ? 'quote' : 'p', el, text);
    };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) { run.push((c as Text).data); continue; }
      if (c.nodeType !== 1) continue;
      const ce = c as Element;
      if (ce.localName === 'br') { if (ce.nextSibling?.nodeType === 1 && (ce.nextSibling as Element).localName === 'br') flush(); else run.push(' '); continue; }
      // The scoring walk kept every child of a kept element except furniture: no stats means furniture.
      const st = this.stats.get(ce);
      if (!st) continue;
      if (BLOCK_TAGS.has(ce.localName)) { flush(); this.block(ce, quote); continue; }
      if (st.b) { flush(); this.children(ce, quote); continue; }
      run.push(ce.textContent ?? '');
    }
    flush();
  }
}
