import type { MailBlock } from './mail-body';

/**
 * The words of an Adaptive Card as mail blocks, in reading order: each TextBlock and
 * RichTextBlock a paragraph, each FactSet a list, each `Action.OpenUrl` a link. So what a
 * Teams chat shows as a card, a mailbox shows as the same text, rendered once for both.
 */
export function cardMailBlocks(card: unknown): MailBlock[] {
  const blocks: MailBlock[] = [];
  walk(card, blocks);
  return blocks;
}

function walk(node: unknown, blocks: MailBlock[]): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, blocks);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const element = node as Record<string, unknown>;
  switch (element.type) {
    case 'TextBlock':
      if (typeof element.text === 'string' && element.text !== '')
        blocks.push({ kind: 'paragraph', text: element.text });
      return;
    case 'RichTextBlock': {
      const text = (Array.isArray(element.inlines) ? element.inlines : [])
        .map((i) => (typeof i === 'string' ? i : String((i as { text?: unknown }).text ?? '')))
        .join('');
      if (text !== '') blocks.push({ kind: 'paragraph', text });
      return;
    }
    case 'FactSet': {
      const facts = Array.isArray(element.facts) ? element.facts : [];
      const items = facts.map((f) => {
        const { title, value } = f as { title?: unknown; value?: unknown };
        return `${String(title ?? '')}: ${String(value ?? '')}`;
      });
      if (items.length > 0) blocks.push({ kind: 'list', items });
      return;
    }
    case 'Action.OpenUrl':
      if (typeof element.url === 'string' && typeof element.title === 'string')
        blocks.push({ kind: 'link', text: element.title, url: element.url });
      return;
    default:
      for (const key of ['body', 'items', 'columns', 'actions'])
        if (key in element) walk(element[key], blocks);
  }
}
