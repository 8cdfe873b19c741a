/** Reading cards the way a person would: their visible texts, inputs and buttons. */
type Json = Record<string, unknown>;

function walk(node: unknown, visit: (n: Json) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (typeof node === 'object' && node !== null) {
    visit(node as Json);
    Object.values(node).forEach((child) => walk(child, visit));
  }
}

/** All visible text of a card (TextBlock, TextRun, FactSet, labels, titles), joined. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  walk(card, (n) => {
    for (const key of ['text', 'title', 'label', 'value', 'placeholder', 'errorMessage']) {
      if (typeof n[key] === 'string' && n.type !== 'Input.Text' && n.type !== 'Input.ChoiceSet')
        texts.push(n[key] as string);
    }
  });
  return texts.join('\n');
}

/**
 * A button's verb and data: an Action.Execute (Teams), or an Action.Submit carrying the verb
 * beside its data (every other channel, bot/platform/teams/cards/channel-cards.ts).
 */
function buttonOf(n: Json): { verb: string; data: Json } | undefined {
  if (n.type === 'Action.Execute' && typeof n.verb === 'string')
    return { verb: n.verb, data: (n.data as Json) ?? {} };
  if (n.type !== 'Action.Submit' || typeof n.data !== 'object' || n.data === null) return undefined;
  const { verb, ...data } = n.data as Json;
  return typeof verb === 'string' ? { verb, data } : undefined;
}

/** The data of the button with `verb` (without the verb), or undefined if the card has none. */
export function actionData(card: unknown, verb: string): Json | undefined {
  let found: Json | undefined;
  walk(card, (n) => {
    const button = buttonOf(n);
    if (!found && button?.verb === verb) found = button.data;
  });
  return found;
}

/** Verbs of every button on the card (Action.Execute, or Action.Submit with a verb). */
export function verbs(card: unknown): string[] {
  const list: string[] = [];
  walk(card, (n) => {
    const button = buttonOf(n);
    if (button) list.push(button.verb);
  });
  return list;
}

/** The current value of the input with `id`. */
export function inputValue(card: unknown, id: string): unknown {
  let value: unknown;
  walk(card, (n) => {
    if (typeof n.type === 'string' && n.type.startsWith('Input.') && n.id === id) value = n.value;
  });
  return value;
}

/** The card inside an invoke response or a sent activity's first attachment. */
export function cardOf(payload: any): Json {
  if (payload?.type === 'application/vnd.microsoft.card.adaptive') return payload.value as Json;
  const attachment = payload?.attachments?.[0];
  if (attachment?.contentType === 'application/vnd.microsoft.card.adaptive')
    return attachment.content as Json;
  throw new Error(`No Adaptive Card in ${JSON.stringify(payload).slice(0, 300)}`);
}
