import type { Request } from 'restify';
import { languageOf, type Language } from '../../../core/i18n/catalog';

/**
 * The language a tab request asks for: `?lang=` first (a plain browser), else the first tag of
 * `Accept-Language` (the tab sends Teams' `app.locale`); English for anything unknown.
 */
export function requestLanguage(req: Request): Language {
  const query = (req.query as Record<string, unknown> | undefined)?.lang;
  if (typeof query === 'string' && query !== '') return languageOf(query);
  const header = String(req.headers['accept-language'] ?? '');
  return languageOf(header.split(',')[0]?.split(';')[0]?.trim());
}
