import { UN_LANGUAGES, formatLocaleOf, languageOf, type UnLanguage } from './languages';

const names = new Map<string, string>();

/** The name of `language` written in `inLocale`, e.g. ("en", "fr") gives "anglais"; from ICU. */
export function languageName(language: UnLanguage, inLocale: string): string {
  const reader = formatLocaleOf(languageOf(inLocale));
  const key = `${language}|${reader}`;
  let name = names.get(key);
  if (!name) {
    name = new Intl.DisplayNames([reader], { type: 'language' }).of(language) ?? language;
    names.set(key, name);
  }
  return name;
}

/** The six choices as each language names itself: "ar (العربية), zh (中文), en (English)...". */
export function languageChoices(): Array<{ code: UnLanguage; name: string }> {
  return UN_LANGUAGES.map((code) => ({ code, name: languageName(code, code) }));
}
