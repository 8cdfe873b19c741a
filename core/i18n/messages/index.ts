/**
 * The catalog files, one flat key -> ICU message JSON per language and area (the format
 * translation platforms import). English is the reference: its keys are the `MessageKey` type.
 */
import ar from './ar';
import en from './en';
import es from './es';
import fr from './fr';
import ru from './ru';
import zh from './zh';

/** English texts, the reference language; keys are dotted by area and unique across files. */
export const EN = en;

export type EnglishKey = keyof typeof EN;

/** Every other language: the completeness spec checks each has exactly the English keys. */
export const TRANSLATIONS: Record<
  'fr' | 'es' | 'ar' | 'zh' | 'ru',
  Readonly<Record<string, string>>
> = { fr, es, ar, zh, ru };
