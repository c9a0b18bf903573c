// Parse a snippet into a Document the way the CLI does (linkedom), for the table-driven extraction tests.
import { parseHTML } from 'linkedom';
import type { Block } from '../../lib/extract/types';

export function page(body: string, head = ''): Document {
  return parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

/** Five story paragraphs, enough for the body finder to settle on their container. */
export const STORY = [
  'The town council approved the new budget on Monday after a long debate about road repairs, parks and school funding.',
  '"This budget keeps our promises to every neighbourhood," said Mayor Jane Smith, who has led the council since 2019.',
  'Opponents said the plan spends too much on consultants, and too little on the roads that residents use every day.',
  'The vote was six to three, with two members absent, and the budget takes effect on the first of July next year.',
  'Residents can read the full budget at the town hall or on the council website, officials said in a statement.',
].map((t) => `<p>${t}</p>`).join('\n');

/** Blocks straight from paragraphs, for the quote tests; `> ` marks a block quote, `# ` a heading. */
export function paragraphBlocks(paras: string[]): Block[] {
  const { document } = parseHTML('<html><body></body></html>');
  return paras.map((p, index) => {
    const kind: Block['kind'] = p.startsWith('> ') ? 'quote' : p.startsWith('# ') ? 'heading' : 'p';
    const text = kind === 'p' ? p : p.slice(2);
    const el = document.createElement('p');
    el.textContent = text;
    return { index, kind, text, el: el as unknown as Element };
  });
}
