import { ApiClient } from './api/api-client';
import { connectHost } from './host/connect-host';
import { viewOf, type Host, type View } from './host/host';
import { tabLanguageOf } from './i18n/locale';
import { loadTexts, translator, type T, type Texts } from './i18n/texts';

/** Everything a surface needs, settled once before the first render. */
export interface Boot {
  host: Host;
  view: View;
  language: string;
  t: T;
  api: ApiClient;
  /** Whether the service's texts could not be had (the English texts bundled are shown). */
  textsMissing: boolean;
}

/** Connects to Teams (or falls back to development sign-in), then loads the texts. */
export async function bootTab(search: URLSearchParams): Promise<Boot> {
  const host = await connectHost(search);
  let texts: Texts;
  let textsMissing = false;
  try {
    texts = await loadTexts(tabLanguageOf(host.locale));
  } catch {
    // The English texts are a chunk of their own: a page whose texts loaded never fetches them.
    texts = { language: 'en', texts: (await import('./i18n/english')).TAB_EN };
    textsMissing = true;
  }
  const language = tabLanguageOf(texts.language);
  return {
    host,
    view: viewOf(search, host.frameContext),
    language,
    t: translator(texts.texts, language),
    api: new ApiClient(host, language),
    textsMissing,
  };
}
