import { MAX_CHAT_TEXT_LENGTH } from '../../../core/text/chat-line';
import { chatTextOf } from './chat-text';

const BOT = '28:bot-app-id';
const mention = (id: string, text: string) => ({
  type: 'mention',
  text,
  mentioned: { id, name: text.replace(/<\/?at>/g, '') },
});
const message = (text: unknown, entities: unknown[] = []) =>
  ({ text, recipient: { id: BOT, name: 'Bot' }, entities }) as never;

describe('chatTextOf', () => {
  it("removes the bot's @mention with botbuilder and leaves a plain line", () => {
    const text = '<at>Stakeholder Bot</at> my   registration';
    expect(chatTextOf(message(text, [mention(BOT, '<at>Stakeholder Bot</at>')]))).toEqual({
      kind: 'line',
      line: 'my registration',
    });
  });

  it('removes every mention of the bot, and keeps the names of other people mentioned', () => {
    const text = '<at>Bot</at> withhold 1a2b <at>Bot</at> names <at>Ana</at>';
    const entities = [
      mention(BOT, '<at>Bot</at>'),
      mention(BOT, '<at>Bot</at>'),
      mention('29:ana', '<at>Ana</at>'),
    ];
    expect(chatTextOf(message(text, entities))).toEqual({
      kind: 'line',
      line: 'withhold 1a2b names Ana',
    });
  });

  it('does not change the activity it reads', () => {
    const activity = message('<at>Bot</at> help', [mention(BOT, '<at>Bot</at>')]);
    chatTextOf(activity);
    expect((activity as { text: string }).text).toBe('<at>Bot</at> help');
  });

  it('ignores malformed entities instead of throwing or removing "undefined"', () => {
    const entities = [
      null,
      7,
      {},
      { type: 'mention', mentioned: { id: BOT } },
      { type: 'mention', text: 'x' },
    ];
    expect(chatTextOf(message('undefined help', entities))).toEqual({
      kind: 'line',
      line: 'undefined help',
    });
    expect(chatTextOf(message('help', 'not a list' as never))).toEqual({
      kind: 'line',
      line: 'help',
    });
  });

  it('reads a text that is not a string as an empty line', () => {
    expect(chatTextOf(message({ toString: 'boom' }))).toEqual({ kind: 'line', line: '' });
    expect(chatTextOf(message(undefined))).toEqual({ kind: 'line', line: '' });
  });

  it('refuses a text longer than the cap before reading it, and reads one at the cap', () => {
    expect(chatTextOf(message('a'.repeat(MAX_CHAT_TEXT_LENGTH + 1)))).toEqual({ kind: 'tooLong' });
    expect(chatTextOf(message('a'.repeat(MAX_CHAT_TEXT_LENGTH)))).toMatchObject({ kind: 'line' });
  });
});
