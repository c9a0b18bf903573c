// Direct quotations in the body blocks, with speaker and role.
import type { Quote } from '../model';
import type { Block, Tracer } from './types';

export interface QuoteOptions {
  lang: string | null;
  tracer?: Tracer;
}

const SPAN = /[“"]([^”"]{3,}?)[”"]/g;

export function findQuotes(blocks: Block[], _opts: QuoteOptions): Quote[] {
  const out: Quote[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') continue;
    for (const m of b.text.matchAll(SPAN)) out.push({ text: m[1]!.trim(), speaker: null, role: null, block: b.index });
  }
  return out;
}
