import { askedLocale, directionOf, tabLanguageOf } from './i18n/locale';
import { loadTexts, translator, type TabKey } from './i18n/texts';

/** The privacy and terms pages: plain HTML whose texts come from the message catalog. */
async function fillTexts(): Promise<void> {
  const asked = askedLocale(new URLSearchParams(window.location.search));
  const { language, texts } = await loadTexts(tabLanguageOf(asked));
  const t = translator(texts, language);
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as TabKey);
  }
  const heading = document.querySelector('h1');
  if (heading?.textContent) document.title = heading.textContent;
}

void fillTexts();
