import type { Request } from 'restify';
import { negotiateLanguage } from '../../../core/i18n/negotiate';
import type { Language, UnLanguage } from '../../../core/i18n/catalog';

/** The stored choice of each signed-in request's caller, set once by the sign-in step. */
const CHOSEN = new WeakMap<Request, UnLanguage>();

/** Records the language the signed-in caller chose (`language fr`), for the rest of the request. */
export function rememberChosenLanguage(req: Request, language: UnLanguage | undefined): void {
  if (language) CHOSEN.set(req, language);
}

/**
 * The language of an HTTP request, for every route: a person's stored choice when the route
 * knows it (given, or recorded by the sign-in step), else `?lang=` (a plain browser, a link),
 * else `Accept-Language` by its q-values (the tab sends Teams' `app.locale`); English for
 * anything unknown.
 */
export function requestLanguage(req: Request, stored?: string): Language {
  const query = (req.query as Record<string, unknown> | undefined)?.lang;
  const header = req.headers['accept-language'];
  return negotiateLanguage({
    stored: stored ?? CHOSEN.get(req),
    query: typeof query === 'string' ? query : undefined,
    acceptLanguage: typeof header === 'string' ? header : undefined,
  });
}
