import { match } from '@formatjs/intl-localematcher';
import { LRUCache } from 'lru-cache';
import { UN_LANGUAGES, isUrlPlaceholder, languageOf, type Language } from './languages';
import { PSEUDO_LOCALE } from './pseudo';

/** What a request says about its language, strongest first. */
export interface LanguageChoice {
  /** The language a person chose and we stored (`language fr`). */
  stored?: string | undefined;
  /** `?lang=` of a link or a plain browser. */
  query?: string | undefined;
  /** The `Accept-Language` header, as the browser or Teams sends it. */
  acceptLanguage?: string | undefined;
}

/**
 * The one language negotiation of every HTTP route: the stored choice, else `?lang=`, else the
 * best of `Accept-Language` by its q-values among the six UN languages (`fr-FR,fr;q=0.9` is
 * French, `pt-BR` English). Unknown, malformed or absurd values give English, never an error.
 */
export function negotiateLanguage(choice: LanguageChoice): Language {
  if (choice.stored) return languageOf(choice.stored);
  if (choice.query && !isUrlPlaceholder(choice.query)) return languageOf(choice.query);
  return acceptedLanguage(choice.acceptLanguage ?? '');
}

/** A real header is well under 200 characters; longer ones are not read at all. */
const MAX_HEADER = 500;
/** Browsers list a handful of languages; the rest of a longer list is not looked at. */
const MAX_TAGS = 20;

/** Headers seen: a few dozen distinct ones in practice, and matching is not free. */
const ACCEPTED = new LRUCache<string, Language>({ max: 1_000 });

/** The UN language `Accept-Language` prefers (RFC 9110 q-values, BCP 47 lookup); else English. */
export function acceptedLanguage(header: string): Language {
  if (header === '' || header.length > MAX_HEADER) return 'en';
  const known = ACCEPTED.get(header);
  if (known) return known;
  const ranked = rankedTags(header);
  const language: Language =
    ranked[0]?.toLowerCase() === PSEUDO_LOCALE
      ? PSEUDO_LOCALE
      : (match(ranked, UN_LANGUAGES, 'en', { algorithm: 'lookup' }) as Language);
  ACCEPTED.set(header, language);
  return language;
}

/** The header's language tags, canonical, by falling q-value; `*`, q=0 and garbage dropped. */
function rankedTags(header: string): string[] {
  const tags: Array<{ tag: string; q: number }> = [];
  for (const part of header.split(',').slice(0, MAX_TAGS)) {
    const [range = '', ...params] = part.split(';');
    const q = qualityOf(params);
    const tag = canonical(range.trim());
    if (tag && q > 0) tags.push({ tag, q });
  }
  // Array sort is stable: equal q-values keep the header's order.
  return tags.sort((a, b) => b.q - a.q).map((t) => t.tag);
}

/** `q=0.8` as 0.8; a missing or unreadable q counts as 1, as RFC 9110 says for a missing one. */
function qualityOf(params: readonly string[]): number {
  for (const param of params) {
    const [name, value] = param.split('=').map((s) => s.trim());
    if (name?.toLowerCase() !== 'q') continue;
    const q = Number(value);
    return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0;
  }
  return 1;
}

function canonical(range: string): string | undefined {
  if (range === '' || range === '*') return undefined;
  try {
    return Intl.getCanonicalLocales(range.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}
