import { translatorFor } from '../../core/i18n/catalog';
import { MAX_CHAT_TEXT_LENGTH } from '../../core/text/chat-line';
import { shownWords } from '../../core/i18n/chat-words';
import { startBot, type BotHarness } from '../support/bot-harness';
import { BOT_ID, personalChat, teamsUser, type TeamsUser } from '../support/teams-activities';

const EN = translatorFor('en');
const HELP = EN('bot.help', shownWords('en'));
const max = MAX_CHAT_TEXT_LENGTH;

/**
 * Issue 18: long and hostile chat lines, sent as Teams would, each get the answer a person
 * would expect (help, the command, or "too long"), and a line over the cap changes nothing.
 * Answers only are checked, never timings; the parsers' cost is in `npm run bench:chat`.
 */
describe('Hostile chat text to /api/messages', () => {
  let bot: BotHarness;

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-20T15:00:00Z' });
  }, 120_000);
  afterAll(() => bot.close());

  async function say(user: TeamsUser, text: string, entities?: unknown[]): Promise<string[]> {
    bot.takeSent();
    const message = personalChat(user, bot.connector.serviceUrl).message(text);
    await bot.post(entities ? { ...message, entities } : message);
    return bot.takeSent().map((a) => String(a.text ?? JSON.stringify(a.attachments ?? '')));
  }

  it('when the probe "breakout aaa…a#" is sent, then the bot answers with help', async () => {
    const user = teamsUser('Probe');
    expect(await say(user, 'breakout aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa#')).toEqual([HELP]);
    expect(await say(user, `breakout ${'a'.repeat(max - 20)}#`)).toEqual([HELP]);
  });

  it('when "<a" fills the cap, or 28 KB, then help or "too long" answers', async () => {
    const user = teamsUser('Markup');
    expect(await say(user, '<a'.repeat(max / 2))).toEqual([HELP]);
    expect(await say(user, '<a'.repeat(14 * 1024))).toEqual([EN('limits.chatTooLong', { max })]);
  });

  it('when the bot is @mentioned, nested in <at> or not, then the command is still read', async () => {
    const user = teamsUser('Mentions');
    const mention = {
      type: 'mention',
      text: '<at>Stakeholder Bot</at>',
      mentioned: { id: BOT_ID },
    };
    const help = [HELP];
    expect(await say(user, '<at>Stakeholder Bot</at> help', [mention])).toEqual(help);
    expect(await say(user, '<at><at>Stakeholder Bot</at></at> help', [mention])).toEqual(help);
    expect(await say(user, `${'<at>'.repeat(900)}help`, [mention])).toEqual(help);
  });

  it('when spaces fill 100 KB, then "too long"; below the cap, the command around them is read', async () => {
    const user = teamsUser('Spaces');
    expect(await say(user, ' '.repeat(100 * 1024))).toEqual([EN('limits.chatTooLong', { max })]);
    expect(await say(user, `${' '.repeat(max - 10)}help`)).toEqual([HELP]);
  });

  it('when bidi controls, emoji or Arabic surround a command, then it is read as typed', async () => {
    const user = teamsUser('Scripts');
    expect(await say(user, '\u202Ehelp\u2066')).toEqual([HELP]);
    expect(await say(user, '👋🏽 👩\u200D💻')).toEqual([HELP]);
    const [chosen] = await say(user, 'اللغة ar');
    expect(chosen).toMatch(/[\u0600-\u06FF]/);
    expect(await say(user, 'help')).toEqual([translatorFor('ar')('bot.help', shownWords('ar'))]);
  });

  it('when a message over the cap carries a command, then the answer is in the person’s language and nothing changes', async () => {
    const user = teamsUser('Francophone', { locale: 'fr-FR' });
    const fr = translatorFor('fr');
    expect(await say(user, `language ar${' '.repeat(max)}`)).toEqual([
      fr('limits.chatTooLong', { max }),
    ]);
    expect(await say(user, 'help')).toEqual([fr('bot.help', shownWords('fr'))]);
  });
});
