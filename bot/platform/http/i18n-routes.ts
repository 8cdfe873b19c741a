import type { Server } from 'restify';
import { languageOf, messageSource, type MessageKey } from '../../../core/i18n/catalog';
import { EN } from '../../../core/i18n/messages';

/**
 * `GET /api/i18n/:lang`: the tab's texts from the one message catalog, so the tab has no
 * strings of its own. They are ICU messages, sent as written; the tab fills them (plural forms
 * included) with intl-messageformat. Unknown or malformed languages get English; `qps-ploc`
 * the pseudo-locale.
 */
export function registerI18nRoutes(server: Server): void {
  server.get('/api/i18n/:lang', async (req, res) => {
    const language = languageOf(String(req.params.lang ?? 'en'));
    const texts = Object.fromEntries(
      (Object.keys(EN) as MessageKey[])
        .filter((k) => k.startsWith('tab.'))
        .map((k) => [k, messageSource(language, k)]),
    );
    res.send(200, { language, texts });
  });
}
