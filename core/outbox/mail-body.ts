/** A piece of a mail: a paragraph, a link on its own line, or a list. */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'link'; text: string; url: string }
  | { kind: 'list'; items: readonly string[] };

/**
 * A mail's body twice from the same blocks: HTML (the language and direction set, so Arabic
 * reads right to left, plain markup any mail program shows and a screen reader reads) and the
 * same words as plain text.
 */
export function mailBody(
  language: string,
  blocks: readonly MailBlock[],
): { html: string; text: string } {
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  const html = blocks.map(htmlOf).join('\n');
  return {
    html: `<!DOCTYPE html>\n<html lang="${escape(language)}" dir="${dir}"><head><meta charset="utf-8"></head><body dir="${dir}">\n${html}\n</body></html>\n`,
    text: blocks.map(textOf).join('\n\n') + '\n',
  };
}

function htmlOf(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escape(block.text).replace(/\n/g, '<br>')}</p>`;
    case 'link':
      return `<p><a href="${escape(block.url)}">${escape(block.text)}</a></p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
  }
}

function textOf(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'link':
      return `${block.text}: ${block.url}`;
    case 'list':
      return block.items.map((i) => `- ${i}`).join('\n');
  }
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML: every character markup could read is an entity. */
export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
