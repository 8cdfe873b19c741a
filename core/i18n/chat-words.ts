import { catalogTexts, UN_LANGUAGES, type MessageKey, type UnLanguage } from './catalog';

/** The catalog keys of command words (core/i18n/messages/<lang>/chat-words.json). */
export type ChatWordKey = Extract<MessageKey, `chatWords.${string}`>;

/**
 * One command word (or phrase) in the six languages, as the catalogs give it: each language's
 * alternatives, the first being the one help shows. `en[0]` is the word a command's parser
 * reads; every other word, in any language, is read as that one (decision 026).
 */
export type CommandWord = Readonly<Record<UnLanguage, readonly string[]>>;

/** Alternatives in a catalog text are separated by `|`: `register | registration | sign up`. */
const SEPARATOR = '|';

/** The word of `key` in every language, read from the catalogs. */
export function commandWord(key: ChatWordKey): CommandWord {
  const words = (language: UnLanguage) =>
    (catalogTexts(language)[key] ?? '')
      .split(SEPARATOR)
      .map((word) => word.trim())
      .filter(Boolean);
  return {
    en: words('en'),
    fr: words('fr'),
    es: words('es'),
    ar: words('ar'),
    zh: words('zh'),
    ru: words('ru'),
  };
}

/** The words help shows for `key` in `language`: its first alternative (English if none). */
export function shownWord(key: ChatWordKey, language: string): string {
  const word = commandWord(key);
  const own = (UN_LANGUAGES as readonly string[]).includes(language)
    ? word[language as UnLanguage]
    : [];
  return own[0] ?? word.en[0] ?? '';
}

/**
 * Every command word as help shows it in `language`, named by its key's last part
 * (`{ register: 'تسجيل', inputs: 'المساهمات', ... }`): the values of the help texts.
 */
export function shownWords(language: string): Record<string, string> {
  const keys = Object.keys(catalogTexts('en')).filter((key): key is ChatWordKey =>
    key.startsWith(PREFIX),
  );
  return Object.fromEntries(
    keys.map((key) => [key.slice(PREFIX.length), shownWord(key, language)]),
  );
}

const PREFIX = 'chatWords.';

/** Combining marks after NFD: accents of Latin and Cyrillic letters (é, ñ, ё, й). */
const COMBINING = /[\u0300-\u036f]/g;
/** Arabic short vowels, shadda, sukun, dagger alif and Quranic marks, and the tatweel. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
/** Arabic letter variants read as their plain letter (hamza seats, alif maqsura, ta marbuta). */
const ARABIC_VARIANTS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ئ: 'ي',
  ؤ: 'و',
  ة: 'ه',
};
const VARIANT = /[أإآٱىئؤة]/g;
/** Apostrophes as typed on different keyboards, read as one. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
/** Punctuation around a word: Latin, Spanish, Arabic and CJK marks (after NFKC folding). */
const PUNCTUATION = '.,;:!?¡¿"«»()[]،؛؟。、・…';

/**
 * One word as commands compare it: compatibility forms folded (full-width `ｈｅｌｐ`, `？`),
 * lower case, Latin and Cyrillic accents and Arabic vowel marks and tatweel dropped, Arabic
 * letter variants made plain, punctuation around it trimmed (a word of punctuation alone, such
 * as `?`, is kept). Every pattern is one character class, so the cost is linear.
 */
export function normalizeCommandWord(word: string): string {
  const folded = word
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING, '')
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(VARIANT, (c) => ARABIC_VARIANTS[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(/؟/g, '?');
  const trimmed = trimPunctuation(folded);
  return trimmed === '' ? folded : trimmed;
}

function trimPunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && PUNCTUATION.includes(word.charAt(start))) start += 1;
  while (end > start && PUNCTUATION.includes(word.charAt(end - 1))) end -= 1;
  return word.slice(start, end);
}
