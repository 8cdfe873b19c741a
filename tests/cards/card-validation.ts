import type * as AdaptiveCards from 'adaptivecards';

// The package's lib/ is ES modules without "type": "module", which jest's CommonJS runtime
// cannot load; its UMD bundle is the same library built as CommonJS.
const AC = jest.requireActual<typeof AdaptiveCards>('adaptivecards/dist/adaptivecards.js');

/**
 * The library checks `lang` with a global regular expression and `exec`, so after one card
 * with a valid `lang` the next check starts at the old match's end and fails: every second
 * card would be reported. Each parse starts the expression afresh.
 */
function resetLangCheck(): void {
  const property = AC.CardElement.langProperty as unknown as { regEx?: RegExp };
  if (property.regEx) property.regEx.lastIndex = 0;
}

/** Problems Microsoft's Adaptive Cards library reports for a card parsed as version 1.5. */
export function cardProblems(json: unknown): string[] {
  resetLangCheck();
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`validate ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  return problems;
}

/**
 * Renders the card in jsdom with a markdown processor that only records its input, so a test
 * sees exactly which texts the renderer treats as markdown. Plain text stays plain.
 */
export function render(json: unknown): { element: HTMLElement | undefined; markdown: string[] } {
  const markdown: string[] = [];
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    markdown.push(text);
    result.didProcess = false;
  };
  try {
    const card = new AC.AdaptiveCard();
    resetLangCheck();
    card.parse(json);
    return { element: card.render(), markdown };
  } finally {
    AC.AdaptiveCard.onProcessMarkdown = undefined;
  }
}
