import { LRUCache } from 'lru-cache';
import { intlLocaleOf } from './intl-locale';

/** `and` for a list that holds together, `or` for a choice of one ("which event: a, b or c"). */
export type ListKind = 'and' | 'or';

const formats = new LRUCache<string, Intl.ListFormat>({ max: 64 });

/**
 * Items joined as the reader's language joins a list: "a, b and c" in French, "a، وb" style in
 * Arabic, "a、b和c" in Chinese, instead of an English ", " in every language.
 */
export function listText(
  items: readonly string[],
  locale: string | undefined,
  kind: ListKind = 'and',
): string {
  const tag = intlLocaleOf(locale);
  const key = `${tag}|${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.ListFormat(tag, { type: kind === 'and' ? 'conjunction' : 'disjunction' });
    formats.set(key, format);
  }
  return format.format(items);
}
