// The envelope rules every direction relies on: nothing received is trusted, nothing malformed crashes a handler.
import { describe, expect, it } from 'vitest';
import { z } from '@/lib/model';
import { contentToBg, bgToContent, uiToBg, defineProtocol, makeHandler, request, isMessageOf, ProtocolError } from '@/lib/protocol';
import { contentToBgReplies } from '@/lib/protocol/content-to-bg';
import { bgToContentRequests } from '@/lib/protocol/bg-to-content';

const demo = defineProtocol({
  'thing/get': { req: z.object({ id: z.number() }), res: z.object({ name: z.string() }) },
  'thing/fail': { req: z.object({}), res: z.object({}) },
  'thing/lie': { req: z.object({}), res: z.object({ n: z.number() }) },
});
const handle = makeHandler(demo, {
  'thing/get': ({ id }) => ({ name: `thing ${id}` }),
  'thing/fail': () => { throw new Error('it broke'); },
  'thing/lie': () => ({ n: 'not a number' }) as unknown as { n: number },
});

describe('makeHandler', () => {
  it('answers a good message', async () => {
    expect(await handle({ type: 'thing/get', payload: { id: 3 } }, undefined)).toEqual({ ok: true, data: { name: 'thing 3' } });
  });

  it.each([null, 42, 'thing/get', [], { payload: {} }, { type: 7, payload: {} }])('answers a malformed envelope %j with an error', async (m) => {
    const r = await handle(m, undefined);
    expect(r).toMatchObject({ ok: false });
    expect((r as { error: string }).error).toMatch(/^malformed message/);
  });

  it('leaves unknown types to another protocol (undefined)', async () => {
    expect(await handle({ type: 'thing/other', payload: {} }, undefined)).toBeUndefined();
    expect(await handle({ type: 'toString', payload: {} }, undefined)).toBeUndefined();
  });

  it('names the bad field of a bad payload', async () => {
    expect(await handle({ type: 'thing/get', payload: { id: 'x' } }, undefined)).toEqual({ ok: false, error: 'bad thing/get request: id: expected number' });
    expect(await handle({ type: 'thing/get' }, undefined)).toMatchObject({ ok: false, error: expect.stringMatching(/^malformed message: payload/) });
  });

  it('turns a throwing handler and a wrong answer into errors', async () => {
    expect(await handle({ type: 'thing/fail', payload: {} }, undefined)).toEqual({ ok: false, error: 'it broke' });
    expect(await handle({ type: 'thing/lie', payload: {} }, undefined)).toMatchObject({ ok: false, error: expect.stringMatching(/^bad thing\/lie response: n/) });
  });
});

describe('request', () => {
  const via = (reply: unknown) => async () => reply;
  it('returns parsed data', async () => {
    expect(await request(demo, via({ ok: true, data: { name: 'n', extra: 1 } }), 'thing/get', { id: 1 })).toEqual({ name: 'n' });
  });
  it('sends {type, payload}', async () => {
    let sent: unknown;
    await request(demo, async (m) => { sent = m; return { ok: true, data: { name: 'n' } }; }, 'thing/get', { id: 9 });
    expect(sent).toEqual({ type: 'thing/get', payload: { id: 9 } });
  });
  it.each([
    ['no answer', undefined, /no answer/],
    ['an error reply', { ok: false, error: 'nope' }, /^nope$/],
    ['a malformed reply', { yes: true }, /malformed reply/],
    ['a reply of the wrong shape', { ok: true, data: { name: 5 } }, /bad thing\/get reply/],
  ])('throws ProtocolError on %s', async (_name, reply, message) => {
    const err = await request(demo, via(reply), 'thing/get', { id: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProtocolError);
    expect((err as Error).message).toMatch(message);
  });
});

describe('one side\'s half of a protocol (the content script\'s)', () => {
  it('a handler given the requests alone still parses every request, and leaves its answer to the receiver', async () => {
    const half = makeHandler<typeof demo, undefined>({ 'thing/get': { req: demo['thing/get'].req }, 'thing/fail': { req: demo['thing/fail'].req }, 'thing/lie': { req: demo['thing/lie'].req } }, {
      'thing/get': ({ id }) => ({ name: `thing ${id}` }),
      'thing/fail': () => { throw new Error('it broke'); },
      'thing/lie': () => ({ n: 'not a number' }) as unknown as { n: number },
    });
    expect(await half({ type: 'thing/get', payload: { id: 'x' } }, undefined)).toEqual({ ok: false, error: 'bad thing/get request: id: expected number' });
    expect(await half({ type: 'thing/get', payload: { id: 3 } }, undefined)).toEqual({ ok: true, data: { name: 'thing 3' } });
    expect(await half({ type: 'thing/lie', payload: {} }, undefined)).toEqual({ ok: true, data: { n: 'not a number' } });
    expect(await half({ type: 'thing/other', payload: {} }, undefined)).toBeUndefined();
  });
  it('a request given the responses alone parses the reply', async () => {
    const replies = { 'thing/get': { res: demo['thing/get'].res }, 'thing/fail': { res: demo['thing/fail'].res }, 'thing/lie': { res: demo['thing/lie'].res } };
    expect(await request<typeof demo, 'thing/get'>(replies, async () => ({ ok: true, data: { name: 'n', extra: 1 } }), 'thing/get', { id: 1 })).toEqual({ name: 'n' });
    await expect(request<typeof demo, 'thing/get'>(replies, async () => ({ ok: true, data: { name: 5 } }), 'thing/get', { id: 1 })).rejects.toThrow(/bad thing\/get reply/);
  });
  it('the content script\'s halves hold the same schemas as the whole protocols', () => {
    for (const k of Object.keys(bgToContent) as (keyof typeof bgToContent)[]) expect(bgToContentRequests[k].req).toBe(bgToContent[k].req);
    for (const k of Object.keys(contentToBg) as (keyof typeof contentToBg)[]) expect(contentToBgReplies[k].res).toBe(contentToBg[k].res);
    expect(Object.keys(bgToContentRequests)).toEqual(Object.keys(bgToContent));
    expect(Object.keys(contentToBgReplies)).toEqual(Object.keys(contentToBg));
  });
});

describe('the three directions', () => {
  it('never share a message name (one listener tells them apart by type)', () => {
    const names = [...Object.keys(contentToBg), ...Object.keys(bgToContent), ...Object.keys(uiToBg)];
    expect(new Set(names).size).toBe(names.length);
  });
  it('use noun/verb names', () => {
    for (const name of [...Object.keys(contentToBg), ...Object.keys(bgToContent), ...Object.keys(uiToBg)]) expect(name).toMatch(/^[a-z]+\/[a-z-]+$/);
  });
  it('isMessageOf checks the type only', () => {
    expect(isMessageOf(uiToBg, { type: 'history/list' })).toBe(true);
    expect(isMessageOf(uiToBg, { type: 'page/state' })).toBe(false);
    expect(isMessageOf(uiToBg, null)).toBe(false);
  });
  it('accept the additive ui-to-bg messages', () => {
    expect(uiToBg['quotes/search'].req.safeParse({ query: 'x', offset: 0, limit: 5, site: 'bbc', from: 0, to: 1 }).success).toBe(true);
    expect(uiToBg['quotes/search'].req.safeParse({ query: 'x', offset: 0, limit: 5 }).success).toBe(true);
    // A page of no rows, or from a negative or fractional place, is not a request the search can answer.
    expect(uiToBg['quotes/search'].req.safeParse({ query: 'x', offset: 0, limit: 0 }).success).toBe(false);
    expect(uiToBg['quotes/search'].req.safeParse({ query: 'x', offset: -1, limit: 5 }).success).toBe(false);
    expect(uiToBg['history/list'].req.safeParse({ offset: 0, limit: 2.5 }).success).toBe(false);
    expect(uiToBg['history/export'].req.safeParse({ format: 'md' }).success).toBe(true);
    expect(uiToBg['history/export'].req.safeParse({ format: 'pdf' }).success).toBe(false);
    expect(uiToBg['settings/set'].req.safeParse({ retention: { maxAgeDays: 30, maxArticles: null } }).success).toBe(true);
    expect(uiToBg['settings/set'].req.safeParse({ retention: { maxAgeDays: -1, maxArticles: null } }).success).toBe(false);
    expect(uiToBg['settings/set'].req.safeParse({ retention: { maxAgeDays: 1.5, maxArticles: null } }).success).toBe(false);
  });
});
