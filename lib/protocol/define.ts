// Typed request/response protocols over the extension's message channel. Each message is `{type, payload}`;
// every reply is `{ok: true, data}` or `{ok: false, error}`. Everything received is parsed, never cast.
import { z, describeIssues } from '../model/zod';

export interface MessageDef<Req extends z.ZodMiniType = z.ZodMiniType, Res extends z.ZodMiniType = z.ZodMiniType> {
  req: Req;
  res: Res;
}
export type ProtocolDef = Record<string, MessageDef>;

export type Req<P extends ProtocolDef, K extends keyof P> = z.infer<P[K]['req']>;
export type Res<P extends ProtocolDef, K extends keyof P> = z.infer<P[K]['res']>;

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * One side's half of a protocol: the receiver's request schemas, or the sender's response schemas. The content script
 * takes halves, so the schemas only the other side parses (a whole page analysis) stay out of its bundle.
 */
export type Requests<P extends ProtocolDef> = { [K in keyof P]: { req: P[K]['req'] } };
export type Responses<P extends ProtocolDef> = { [K in keyof P]: { res: P[K]['res'] } };

/** Every message name needs a handler: a missing one is a compile error. */
export type Handlers<P extends ProtocolDef, Ctx> = {
  [K in keyof P]: (payload: Req<P, K>, ctx: Ctx) => Promise<Res<P, K>> | Res<P, K>;
};

/* @__NO_SIDE_EFFECTS__ */
export function defineProtocol<P extends ProtocolDef>(def: P): P {
  return def;
}

const EnvelopeSchema = z.object({ type: z.string(), payload: z.unknown() });

export class ProtocolError extends Error {}

/**
 * Build a message handler: parses the envelope and the payload, runs the handler, parses its answer (given only the
 * requests, `makeHandler<typeof protocol, Ctx>(requests, …)`, its answer is parsed where it is received).
 * Returns undefined for messages of another protocol (so several handlers can share one listener).
 */
export function makeHandler<P extends ProtocolDef, Ctx>(def: P, handlers: Handlers<P, Ctx>): (message: unknown, ctx: Ctx) => Promise<Reply<unknown> | undefined>;
export function makeHandler<P extends ProtocolDef, Ctx>(def: Requests<P>, handlers: Handlers<P, Ctx>): (message: unknown, ctx: Ctx) => Promise<Reply<unknown> | undefined>;
export function makeHandler<P extends ProtocolDef, Ctx>(def: Requests<P>, handlers: Handlers<P, Ctx>) {
  return async (message: unknown, ctx: Ctx): Promise<Reply<unknown> | undefined> => {
    const env = EnvelopeSchema.safeParse(message);
    if (!env.success) return { ok: false, error: `malformed message: ${describeIssues(env.error)}` };
    const { type } = env.data;
    if (!Object.hasOwn(def, type)) return undefined;
    const entry = def[type]! as { req: z.ZodMiniType; res?: z.ZodMiniType };
    const req = entry.req.safeParse(env.data.payload);
    if (!req.success) return { ok: false, error: `bad ${type} request: ${describeIssues(req.error)}` };
    try {
      const data = await handlers[type as keyof P](req.data as never, ctx);
      if (!entry.res) return { ok: true, data };
      const res = entry.res.safeParse(data);
      if (!res.success) return { ok: false, error: `bad ${type} response: ${describeIssues(res.error)}` };
      return { ok: true, data: res.data };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}

/** Whether a message belongs to this protocol (cheap check, before any parsing). */
export function isMessageOf(def: Record<string, unknown>, message: unknown): boolean {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string' &&
    Object.hasOwn(def, (message as { type: string }).type);
}

/**
 * Send one message through `transport` (runtime.sendMessage or tabs.sendMessage bound to a tab) and parse the reply
 * (the response schemas are all it reads of `def`: `request<typeof protocol, K>(responses, …)` takes only those).
 * Throws ProtocolError with the handler's message when the other side answers `{ok: false}`.
 */
export function request<P extends ProtocolDef, K extends keyof P & string>(
  def: P, transport: (message: unknown) => Promise<unknown>, type: K, payload: Req<P, K>,
): Promise<Res<P, K>>;
export function request<P extends ProtocolDef, K extends keyof P & string>(
  def: Responses<P>, transport: (message: unknown) => Promise<unknown>, type: K, payload: Req<P, K>,
): Promise<Res<P, K>>;
export async function request<P extends ProtocolDef, K extends keyof P & string>(
  def: Responses<P>,
  transport: (message: unknown) => Promise<unknown>,
  type: K,
  payload: Req<P, K>,
): Promise<Res<P, K>> {
  const entry = def[type]!;
  const raw = await transport({ type, payload });
  if (raw === undefined) throw new ProtocolError(`no answer to ${type}`);
  const reply = z.object({ ok: z.boolean(), data: z.optional(z.unknown()), error: z.optional(z.string()) }).safeParse(raw);
  if (!reply.success) throw new ProtocolError(`malformed reply to ${type}: ${describeIssues(reply.error)}`);
  if (!reply.data.ok) throw new ProtocolError(reply.data.error ?? `${type} failed`);
  const res = entry.res.safeParse(reply.data.data);
  if (!res.success) throw new ProtocolError(`bad ${type} reply: ${describeIssues(res.error)}`);
  return res.data as Res<P, K>;
}
