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
  const shown = isolate ? isolated(ast) : ast;
  const format = new IntlMessageFormat(shown, locale, undefined, OPTIONS);
  return {
    format(values) {
      const missing = [...names].filter((name) => values[name] === undefined);
      if (missing.length === 0) return String(format.format(values));
      // A programming slip, rare: build the message with its gaps shown, once for this call.
      const gapped = new IntlMessageFormat(
        withGaps(shown, new Set(missing)),
        locale,
        undefined,
        OPTIONS,
      );
      return String(gapped.format(values));
    },
  };
}

/** The message with each missing value written `{name}`; a count missing takes `other`. */
function withGaps(
  ast: readonly MessageFormatElement[],
  missing: ReadonlySet<string>,
  count?: string,
): MessageFormatElement[] {
  return ast.flatMap((el): MessageFormatElement[] => {
    if (el.type === TYPE.pound && count !== undefined) return [literal(`{${count}}`)];
    if (el.type === TYPE.literal || el.type === TYPE.pound || !missing.has(el.value)) {
      if (el.type !== TYPE.plural && el.type !== TYPE.select) return [el];
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => [
          k,
          { ...o, value: withGaps(o.value, missing) },
        ]),
      );
      return [{ ...el, options }];
    }
    if (el.type === TYPE.plural || el.type === TYPE.select)
      return withGaps(el.options.other?.value ?? [], missing, el.value);
    return [literal(`{${el.value}}`)];
  });
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
