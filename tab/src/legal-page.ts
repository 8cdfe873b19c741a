import { loadTexts, translator, type TabKey } from './i18n/texts';

/** The privacy and terms pages: plain HTML whose texts come from the message catalog. */
async function fillTexts(): Promise<void> {
  const { language, texts } = await loadTexts(navigator.language || 'en');
  const t = translator(texts);
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as TabKey);
  }
  const heading = document.querySelector('h1');
  if (heading?.textContent) document.title = heading.textContent;
}

void fillTexts();
