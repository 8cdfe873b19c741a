import { cardMailBlocks } from './card-mail';

describe('cardMailBlocks', () => {
  it('reads a card in order: texts, nested containers, facts and links', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: 'Your login details' },
        {
          type: 'Container',
          items: [
            { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'When' }] },
            { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'Wednesday 10:00' }] },
          ],
        },
        { type: 'FactSet', facts: [{ title: 'Reference', value: 'REG-1' }] },
        { type: 'Input.Text', id: 'ignored' },
      ],
      actions: [{ type: 'Action.OpenUrl', title: 'Join', url: 'https://example.org/join' }],
    };
    expect(cardMailBlocks(card)).toEqual([
      { kind: 'paragraph', text: 'Your login details' },
      { kind: 'paragraph', text: 'When' },
      { kind: 'paragraph', text: 'Wednesday 10:00' },
      { kind: 'list', items: ['Reference: REG-1'] },
      { kind: 'link', text: 'Join', url: 'https://example.org/join' },
    ]);
  });
});
