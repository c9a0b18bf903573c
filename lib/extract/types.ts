import type { TraceEntry } from '../model';
import type { KeyPointsList } from './key-points-locate';

/**
 * A unit of the story's body in reading order: a paragraph, a block-quote paragraph, a list item, a subhead, or a
 * social-media post embedded in the story (its text is part of what the story shows, but the post is not the
 * writer's text, nor a quotation the article makes: quotes and summaries leave it alone).
 */
export interface Block {
  index: number;
  kind: 'p' | 'quote' | 'li' | 'heading' | 'embed';
  /** Text as a reader sees it, whitespace collapsed. */
  text: string;
  el: Element;
}

export interface ArticleBody {
  /** The element that holds the story, or null when none was found. */
  root: Element | null;
  blocks: Block[];
  /**
   * The publisher's summary list, found while the body is read (its bullets are left out of `blocks`); undefined
   * when the body was built without looking for it.
   */
  keyPoints?: KeyPointsList | null;
}

/**
 * Elements the detector's walk met on its way, handed to the analysis of the same page so that it does not query the
 * page again for them: the <meta>s that have a content attribute and the <script>s that have a type, in document
 * order, and the first <h1> and the first <article>. `complete` is false when the walk stopped early (a huge page):
 * then the lists are partial and the analysis finds the elements itself.
 */
export interface PageElements {
  metas: Element[];
  scripts: Element[];
  h1: Element | null;
  article: Element | null;
  complete: boolean;
}

export const newPageElements = (): PageElements => ({ metas: [], scripts: [], h1: null, article: null, complete: false });

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
}

/** Collects decisions when tracing is on; a no-op otherwise, so the hot path pays nothing. */
export interface Tracer {
  readonly on: boolean;
  add(entry: TraceEntry): void;
}

export function makeTracer(on: boolean): Tracer & { entries: TraceEntry[] } {
  const entries: TraceEntry[] = [];
  return { on, entries, add: on ? (e) => void entries.push(e) : () => {} };
}
