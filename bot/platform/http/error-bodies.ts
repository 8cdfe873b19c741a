import type { Request, Response, Server } from 'restify';
import { translate, type MessageKey } from '../../../core/i18n/catalog';
import type { Logger } from '../logger';
import { requestLanguage } from './request-language';
import { MAX_BODY_BYTES } from './request-limits';

/** The catalog text an error answer of `status` carries: nothing from the error itself. */
function keyFor(status: number): MessageKey {
  if (status >= 500) return 'limits.serverError';
  if (status === 404) return 'limits.notFound';
  if (status === 413) return 'limits.bodyTooLarge';
  if (status === 415) return 'limits.encodingNotAccepted';
  return 'limits.badRequest';
}

/** A short, generic error body: the catalog text for `status` and the request id to quote. */
export function errorBody(req: Request, status: number) {
  const key = keyFor(status);
  const requestId = req.id();
  const error = translate(requestLanguage(req), key, {
    requestId,
    maxKb: MAX_BODY_BYTES / 1024,
  });
  return { code: key, error, requestId };
}

/**
 * Keeps error details out of every answer: an error object sent by any handler or by restify
 * itself (a throw, a rejected promise, a PostgreSQL error, a missing static file whose message
 * holds the install path), and any body of a 5xx answer, become `errorBody`; the details go
 * to the log with the request id. Deliberate 4xx bodies of the routes (catalog texts) pass.
 */
export function genericErrorBodies(server: Server, log: Logger): void {
  server.pre((req: Request, res: Response, next: () => void) => {
    const send = res.send.bind(res) as (...args: unknown[]) => unknown;
    (res as unknown as { send: typeof send }).send = (...args: unknown[]) => {
      const [code, body, headers] = typeof args[0] === 'number' ? args : [undefined, ...args];
      const status = Number(
        code ?? (body instanceof Error ? (body as { statusCode?: number }).statusCode : 0) ?? 0,
      );
      const effective = status || (body instanceof Error ? 500 : res.statusCode);
      if (!(body instanceof Error) && effective < 500) return send(...args);
      const detail = body instanceof Error ? { err: body } : { body: String(body).slice(0, 500) };
      const entry = { ...detail, reqId: req.id(), method: req.method, status: effective };
      if (effective >= 500) log.error(entry, 'request failed');
      else log.info(entry, 'request refused');
      return send(effective, errorBody(req, effective), headers);
    };
    next();
  });
}
