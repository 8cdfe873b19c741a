/** Reading expanded card JSON in tests: every node of a type, in document order. */
export type CardNode = Record<string, unknown>;

export function nodes(card: unknown, type?: string): CardNode[] {
  const found: CardNode[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const record = node as CardNode;
      if (type === undefined || record.type === type) found.push(record);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** Texts a host renders as markdown: TextBlock text and FactSet titles and values. */
export function markdownTexts(card: unknown): string[] {
  const texts = nodes(card, 'TextBlock').map((n) => String(n.text));
  for (const factSet of nodes(card, 'FactSet')) {
    for (const fact of (factSet.facts as CardNode[] | undefined) ?? []) {
      texts.push(String(fact.title), String(fact.value));
    }
  }
  return texts;
}

/** Texts shown as plain text: every TextRun. */
export function textRuns(card: unknown): string[] {
  return nodes(card, 'TextRun').map((n) => String(n.text));
}

/** Every Action.Execute as `{ verb, data }`, in document order. */
export function executeActions(card: unknown): Array<{ verb: unknown; data: unknown }> {
  return nodes(card, 'Action.Execute').map((n) => ({ verb: n.verb, data: n.data }));
}

/** The input with `id`, or a failure naming it. */
export function input(card: unknown, id: string): CardNode {
  const found = nodes(card).find((n) => String(n.type).startsWith('Input.') && n.id === id);
  if (!found) throw new Error(`No input ${id}`);
  return found;
}

/** The lines shown beside `label` in a card's label/value rows, or undefined if absent. */
export function factLines(card: unknown, label: string): string[] | undefined {
  for (const row of nodes(card, 'ColumnSet')) {
    const [left, right] = (row.columns as CardNode[] | undefined) ?? [];
    if (left && right && textRuns(left).join('') === label) {
      return nodes(right, 'RichTextBlock').map((block) => textRuns(block).join(''));
    }
  }
  return undefined;
}

/** The top-level body elements of a card. */
export function body(card: unknown): CardNode[] {
  return ((card as CardNode).body as CardNode[] | undefined) ?? [];
}
