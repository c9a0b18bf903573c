// The summary: the publisher's key points when present, else 2–4 sentences taken verbatim from the body.
import type { SummarySource } from '../model';
import type { Block } from './types';

export function summarize(blocks: Block[], keyPoints: string[]): { sentences: string[]; source: SummarySource } {
  if (keyPoints.length) return { sentences: keyPoints, source: 'key-points' };
  const paras = blocks.filter((b) => b.kind === 'p');
  const sentences = paras.slice(0, 3).map((b) => b.text.split(/(?<=[.!?])\s+/)[0] ?? b.text).filter(Boolean);
  return { sentences, source: sentences.length ? 'extractive' : 'none' };
}
