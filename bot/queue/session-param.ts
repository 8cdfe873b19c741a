import type { Request } from 'restify';

/**
 * The session a queue request names in `?session=`; undefined when it names none (the first
 * session). A repeated or empty parameter names no real session, so it is refused as unknown.
 */
export function sessionParam(req: Request): string | undefined {
  const query = typeof req.query === 'object' && req.query !== null ? req.query : {};
  const value = (query as Record<string, unknown>).session;
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : '';
}
