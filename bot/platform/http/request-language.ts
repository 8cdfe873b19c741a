import type { Request } from 'restify';
import { negotiateLanguage } from '../../../core/i18n/negotiate';
import type { Language } from '../../../core/i18n/catalog';

/**
 * The language of an HTTP request, for every route: a person's stored choice when the route
 * knows it, else `?lang=` (a plain browser, a link), else `Accept-Language` by its q-values
 * (the tab sends Teams' `app.locale`); English for anything unknown.
 */
export function requestLanguage(req: Request, stored?: string): Language {
  const query = (req.query as Record<string, unknown> | undefined)?.lang;
  const header = req.headers['accept-language'];
  return negotiateLanguage({
    stored,
    query: typeof query === 'string' ? query : undefined,
    acceptLanguage: typeof header === 'string' ? header : undefined,
  });
}
