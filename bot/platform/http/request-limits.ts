import type { Request, Response, Server } from 'restify';
import { translate, type MessageKey, type MessageParams } from '../../../core/i18n/catalog';

/** The part of a restify error this module changes: its JSON body. */
interface HttpError {
  statusCode?: number;
  toJSON?: () => unknown;
}

/** Largest request body accepted; Teams activities are far smaller. */
export const MAX_BODY_BYTES = 512 * 1024;

/** Deepest JSON accepted: Adaptive Card payloads stay well under it. */
export const MAX_JSON_DEPTH = 64;

/**
 * Guards every route against oversized and over-nested bodies: a declared length over the
 * limit is answered 413 before a byte is read, a body that grows past it while being read
 * too (restify's body reader), and JSON nested deeper than MAX_JSON_DEPTH is refused with
 * 400 before any handler (or the log) walks it. Call before and after the body parser.
 */
export function limitRequestSize(server: Server): void {
  server.pre((req: Request, res: Response, next: (err?: false) => void) => {
    if (Number(req.headers['content-length'] ?? 0) <= MAX_BODY_BYTES) return next();
    res.header('Connection', 'close');
    answer(req, res, 413, 'limits.bodyTooLarge', { maxKb: MAX_BODY_BYTES / 1024 });
    next(false);
  });
  server.on(
    'restifyError',
    (req: Request, _res: Response, err: HttpError, callback: () => void) => {
      if (err.statusCode === 413) {
        err.toJSON = () => body(req, 'limits.bodyTooLarge', { maxKb: MAX_BODY_BYTES / 1024 });
      }
      callback();
    },
  );
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
  const locale = String(req.headers['accept-language'] ?? 'en').split(',')[0] ?? 'en';
  return { code: key, error: translate(locale, key, params) };
}
