import { ApiClient } from './api/api-client';
import { connectHost } from './host/connect-host';
import { SignInNeeded, viewOf, type Host, type View } from './host/host';
import { askedLocale, tabLanguageOf } from './i18n/locale';
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
  /** Teams gave no token without the person's consent: the tab asks for it before anything else. */
  signInNeeded: boolean;
}

/** The tab could not start at all (a frame whose host never answered): what to say instead. */
export class BootFailure extends Error {
  constructor(
    readonly language: string,
    readonly t: T,
  ) {
    super('the tab could not connect to its host');
  }
}

/** Connects to Teams (or falls back to development sign-in), then loads the texts. */
export async function bootTab(search: URLSearchParams): Promise<Boot> {
  let host: Host;
  try {
    host = await connectHost(search);
  } catch {
    const { texts, language } = await textsFor(askedLocale(search));
    throw new BootFailure(language, translator(texts.texts, language));
  }
  const { texts, textsMissing, language } = await textsFor(host.locale);
  const view = viewOf(search, host.frameContext);
  const api = new ApiClient(host, language);
  const signInNeeded = host.mode === 'teams' && !(await hasToken(host));
  // The meeting surfaces' first data is asked for now, before React renders (issue 26).
  const eventId = search.get('eventId');
  if (!signInNeeded && eventId && (view === 'panel' || view === 'stage')) {
    api.prefetchQueue(eventId);
  }
  return {
    host,
    view,
    language,
    t: translator(texts.texts, language),
    api,
    textsMissing,
    signInNeeded,
  };
}

/** Asks Teams for a token once before the first call, so a refusal is met before any view. */
async function hasToken(host: Host): Promise<boolean> {
  try {
    await host.authHeaders();
    return true;
  } catch (error: unknown) {
    // Any other failure shows where the first call fails, in the view that made it.
    return !(error instanceof SignInNeeded);
  }
}

async function textsFor(locale: string) {
  let texts: Texts;
  let textsMissing = false;
  try {
    texts = await loadTexts(tabLanguageOf(locale));
  } catch {
    // The English texts are a chunk of their own: a page whose texts loaded never fetches them.
    texts = { language: 'en', texts: (await import('./i18n/english')).TAB_EN };
    textsMissing = true;
  }
  return { texts, textsMissing, language: tabLanguageOf(texts.language) };
}
