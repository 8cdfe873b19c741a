/**
 * The pseudo-locale `qps-ploc`, generated from English: accented letters, about 40% longer,
 * wrapped in [ ]. Run the tests in it and any text that bypasses the catalog stands out.
 */
export const PSEUDO_LOCALE = 'qps-ploc';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTS = 'áƀçďéƒĝĥíĵķļɱñöþǫřšţüṽŵẋýžÅƁÇĎÉƑĜĤÍĴĶĻṀÑÖÞǪŘŠŢÜṼŴẊÝŽ';
const ACCENTED = new Map([...PLAIN].map((c, i) => [c, [...ACCENTS][i] ?? c]));

/** `{name}` placeholders, **bold** markers and URLs stay as they are. */
const KEPT = /(\{\w+\}|\*\*|https?:\/\/\S+)/;

/** The pseudo-locale text of an English text; placeholders are kept intact. */
export function pseudoOf(english: string): string {
  const accented = english
    .split(KEPT)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTED.get(c) ?? c).join('')))
    .join('');
  const letters = english.replace(/\{\w+\}/g, '').replace(/\s/g, '').length;
  const padding = '·'.repeat(Math.ceil(letters * 0.4));
  return `[${accented}${padding ? ` ${padding}` : ''}]`;
}
