import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** `<b>` in a text is just text: the catalog marks emphasis with Markdown, not tags. */
const OPTIONS = { ignoreTag: true } as const;

/** First-strong isolate ... pop directional isolate, around each value in right-to-left text. */
const FSI = '\u2068';
const PDI = '\u2069';

/** One ICU message, parsed once; `format` never throws for a missing value. */
export interface CompiledMessage {
  format(values: Readonly<Record<string, string | number>>): string;
}

/**
 * Compiles an ICU message for `locale` (its plural rules and number formats). In a
 * right-to-left language each value (`{name}`, `#`) is wrapped in isolates, so a Latin name
 * or a number inside Arabic text keeps its place. A value not given shows as `{name}`, as a
 * gap should: visible, not a crash.
 */
export function compileMessage(text: string, locale: string, isolate: boolean): CompiledMessage {
  const ast = parse(text, OPTIONS);
  const names = argumentNames(ast);
  const format = new IntlMessageFormat(isolate ? isolated(ast) : ast, locale, undefined, OPTIONS);
  return {
    format(values) {
      const all: Record<string, string | number> = {};
      for (const name of names) all[name] = values[name] ?? `{${name}}`;
      return String(format.format(all));
    },
  };
}

/** The names of every argument of a message, in plural and select branches too. */
export function argumentNames(ast: readonly MessageFormatElement[]): Set<string> {
  const names = new Set<string>();
  const visit = (elements: readonly MessageFormatElement[]) => {
    for (const el of elements) {
      if ('value' in el && el.type !== TYPE.literal) names.add(el.value);
      if ('options' in el) for (const option of Object.values(el.options)) visit(option.value);
      if (el.type === TYPE.tag) visit(el.children);
    }
  };
  visit(ast);
  return names;
}

/** The message with isolates around each value, branches included. */
function isolated(ast: readonly MessageFormatElement[]): MessageFormatElement[] {
  return ast.flatMap((el): MessageFormatElement[] => {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.pound)
      return [literal(FSI), el, literal(PDI)];
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => [k, { ...o, value: isolated(o.value) }]),
      );
      return [{ ...el, options }];
    }
    return [el];
  });
}

function literal(value: string): MessageFormatElement {
  return { type: TYPE.literal, value };
}
