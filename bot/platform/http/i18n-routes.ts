import type { Server } from 'restify';
import {
  languageOf,
  messageSource,
  type Language,
  type MessageKey,
} from '../../../core/i18n/catalog';
import { EN } from '../../../core/i18n/messages';

const TAB_KEYS = (Object.keys(EN) as MessageKey[]).filter((k) => k.startsWith('tab.'));

/** The tab's texts of one language, as ICU messages (what `GET /api/i18n/:lang` answers). */
export function tabTexts(language: Language): {
  language: Language;
  texts: Record<string, string>;
} {
  return {
    language,
    texts: Object.fromEntries(TAB_KEYS.map((k) => [k, messageSource(language, k)])),
  };
}

/**
 * `GET /api/i18n/:lang`: the tab's texts from the one message catalog, so the tab has no
 * strings of its own. They are ICU messages, sent as written; the tab fills them (plural forms
 * included) with intl-messageformat. Unknown or malformed languages get English; `qps-ploc`
 * the pseudo-locale. The tab's page carries its language's texts already (tab-page.ts); this
 * route serves a tab whose language differs from the page's guess, and the public pages.
 */
export function registerI18nRoutes(server: Server): void {
  server.get('/api/i18n/:lang', async (req, res) => {
    res.send(200, tabTexts(languageOf(String(req.params.lang ?? 'en'))));
  });
}
