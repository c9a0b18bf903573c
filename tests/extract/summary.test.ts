// Extractive summary: 2–4 sentences copied verbatim from the body, the same every run, the publisher's key points first.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { summarize } from '../../lib/extract/summary';
import type { Block } from '../../lib/extract/types';

function blocks(paras: string[]): Block[] {
  const { document } = parseHTML('<html><body></body></html>');
  return paras.map((text, index) => {
    const el = document.createElement('p');
    el.textContent = text;
    return { index, kind: 'p' as const, text, el: el as unknown as Element };
  });
}

const STORY = [
  'The city council approved a new budget for public transport on Tuesday after a long debate.',
  'The budget adds forty buses and extends night service on the busiest transport lines in the city.',
  '“This is a good day for everyone who rides the bus to work,” said council member Ana Ortiz.',
  'Opponents on the council argued that the transport budget would raise local taxes for every household.',
  'Click here to subscribe to our newsletter for more local news every morning.',
  'The mayor is expected to sign the transport budget next week, officials said on Tuesday evening.',
  'Bus riders in the city have complained for years about crowded buses and late night service.',
  'The council will review the new transport budget again in the spring to check the bus numbers.',
];

describe('summarize', () => {
  const text = STORY.join(' ');

  it('takes 2 to 4 sentences, each verbatim from the body', () => {
    const { sentences, source } = summarize(blocks(STORY), []);
    expect(source).toBe('extractive');
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
    for (const s of sentences) expect(text).toContain(s);
  });

  it('starts with the lead sentence and keeps reading order', () => {
    const { sentences } = summarize(blocks(STORY), []);
    expect(sentences[0]).toBe(STORY[0]);
    const at = sentences.map((s) => text.indexOf(s));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('never picks a quote-only sentence or page furniture', () => {
    const { sentences } = summarize(blocks(STORY), []);
    expect(sentences.some((s) => s.startsWith('“'))).toBe(false);
    expect(sentences.some((s) => /subscribe/i.test(s))).toBe(false);
  });

  it('is deterministic', () => {
    expect(summarize(blocks(STORY), [])).toEqual(summarize(blocks(STORY), []));
  });

  it('prefers the publisher’s key points', () => {
    const kp = ['Council passes transport budget', 'Forty new buses'];
    expect(summarize(blocks(STORY), kp)).toEqual({ sentences: kp, source: 'key-points' });
  });

  it('returns nothing from a body with no usable sentence', () => {
    expect(summarize(blocks(['Share this', 'Photo: Getty']), [])).toEqual({ sentences: [], source: 'none' });
  });
});
