import { startBot, type BotHarness } from '../support/bot-harness';
import { translate } from '../../core/i18n/catalog';

/** Headers as real browsers send them, and what a reader of each should get. */
const BROWSERS: Array<[string, string]> = [
  ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
  ['ar-SA,ar;q=0.9', 'ar'],
  ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
  ['en-US,en;q=0.9', 'en'],
  ['pt-BR', 'en'],
  ['*', 'en'],
  ['', 'en'],
  ['garbage;;q=,', 'en'],
];

describe('export and calendar links in the reader language', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-20T15:00:00Z' });
  });
  afterAll(() => bot.close());

  const refusal = async (path: string, header: string) => {
    const response = await fetch(`${bot.baseUrl}${path}`, {
      headers: header ? { 'Accept-Language': header } : {},
    });
    expect(response.status).toBe(404);
    return ((await response.json()) as { error: string }).error;
  };

  it('when an export link is unknown, then the browser reads why in its language', async () => {
    for (const [header, language] of BROWSERS)
      expect([header, await refusal('/api/exports/not-a-token', header)]).toEqual([
        header,
        translate(language, 'organizer.exportLinkInvalid'),
      ]);
  });

  it('when a calendar link is unknown, then the browser reads why in its language', async () => {
    for (const [header, language] of BROWSERS)
      expect([header, await refusal('/api/calendar/not-a-token', header)]).toEqual([
        header,
        translate(language, 'outbox.calendar.invalid'),
      ]);
  });
});
