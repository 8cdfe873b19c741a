import type { Request, Response, Server } from 'restify';
import { translate, type MessageKey, type MessageParams } from '../../../core/i18n/catalog';
import { requestLanguage } from './request-language';

/** Largest request body accepted; Teams activities are far smaller. */
export const MAX_BODY_BYTES = 512 * 1024;

/** Deepest JSON accepted: Adaptive Card payloads stay well under it. */
export const MAX_JSON_DEPTH = 64;

/**
 * Guards every route against oversized and over-nested bodies: a declared length over the
 * limit is answered 413 before a byte is read, a body that grows past it while being read
 * too (restify's body reader), and JSON nested deeper than MAX_JSON_DEPTH is refused with
 * 400 before any handler (or the log) walks it. A compressed body (any Content-Encoding but
 * identity) is refused 415 before a byte is read: no client of this service compresses (the
 * Bot Framework connector and browsers send plain JSON), and inflating would let 512 KB on the
 * wire become gigabytes in memory. So the limit counts decoded bytes (decision 019).
 * Call before the body parser; `limitJsonDepth` after it.
 */
export function limitRequestSize(server: Server): void {
  server.pre((req: Request, res: Response, next: (err?: false) => void) => {
    if (!isIdentity(req.headers['content-encoding'])) {
      res.header('Connection', 'close');
      res.header('Accept-Encoding', 'identity');
      answer(req, res, 415, 'limits.encodingNotAccepted', {});
      return next(false);
    }
    // restify's body reader refuses any Content-Encoding it does not inflate, identity too.
    delete req.headers['content-encoding'];
    if (Number(req.headers['content-length'] ?? 0) <= MAX_BODY_BYTES) return next();
    res.header('Connection', 'close');
    answer(req, res, 413, 'limits.bodyTooLarge', { maxKb: MAX_BODY_BYTES / 1024 });
    next(false);
  });
}

/** Whether a Content-Encoding header says "not encoded": absent, empty or only `identity`. */
export function isIdentity(header: string | undefined): boolean {
  return (header ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .every((coding) => coding === '' || coding === 'identity');
}

/** The middleware that refuses bodies nested deeper than MAX_JSON_DEPTH. */
export function limitJsonDepth(req: Request, res: Response, next: (err?: false) => void): void {
  if (depthOver(req.body, MAX_JSON_DEPTH)) {
    answer(req, res, 400, 'limits.tooDeep', { maxDepth: MAX_JSON_DEPTH });
    return next(false);
  }
  next();
}

/** Whether `value` nests deeper than `max`, walked without recursion so depth cannot hurt. */
export function depthOver(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

function answer(
  req: Request,
  res: Response,
  status: number,
  key: MessageKey,
  params: MessageParams,
) {
  res.send(status, body(req, key, params));
}

function body(req: Request, key: MessageKey, params: MessageParams) {
  return { code: key, error: translate(requestLanguage(req), key, params) };
}
