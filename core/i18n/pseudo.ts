import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

/**
 * The pseudo-locale `qps-ploc`, generated from English: accented letters, about 40% longer,
 * wrapped in [ ]. Run the tests in it and any text that bypasses the catalog stands out.
 */
export const PSEUDO_LOCALE = 'qps-ploc';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTS = 'áƀçďéƒĝĥíĵķļɱñöþǫřšţüṽŵẋýžÅƁÇĎÉƑĜĤÍĴĶĻṀÑÖÞǪŘŠŢÜṼŴẊÝŽ';
const ACCENTED = new Map([...PLAIN].map((c, i) => [c, [...ACCENTS][i] ?? c]));

/** **bold** markers and URLs stay as they are. */
const KEPT = /(\*\*|https?:\/\/\S+)/;

/**
 * The pseudo-locale text of an English ICU message: only its literal text is accented, so
 * arguments, plural branches and `#` stay intact and the result is still a valid message.
 */
export function pseudoOf(english: string): string {
  const ast = parse(english, { ignoreTag: true });
  const letters = literalLength(ast);
  const padding = '·'.repeat(Math.ceil(letters * 0.4));
  return `[${printAST(accented(ast))}${padding ? ` ${padding}` : ''}]`;
}

function accent(text: string): string {
  return text
    .split(KEPT)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTED.get(c) ?? c).join('')))
    .join('');
}

function accented(ast: readonly MessageFormatElement[]): MessageFormatElement[] {
  return ast.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: accent(el.value) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => [k, { ...o, value: accented(o.value) }]),
      );
      return { ...el, options };
    }
    return el;
  });
}

/** Letters of the text a reader sees (the `other` branch of a plural), without spaces. */
function literalLength(ast: readonly MessageFormatElement[]): number {
  let length = 0;
  for (const el of ast) {
    if (el.type === TYPE.literal) length += el.value.replace(/\s/g, '').length;
    if (el.type === TYPE.plural || el.type === TYPE.select)
      length += literalLength(el.options.other?.value ?? []);
  }
  return length;
}
