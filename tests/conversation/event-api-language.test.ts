import { startBot, type BotHarness } from '../support/bot-harness';
import { EVENT_ID } from './journey-helpers';

describe('GET /api/events in the reader language', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-20T15:00:00Z' });
    const seed = await bot.store.events.get(EVENT_ID);
    await bot.store.events.upsert({
      ...seed!,
      translations: { fr: { title: 'Dialogue informel du Président' } },
    });
  });
  afterAll(() => bot.close());

  const dialogue = async (init: RequestInit = {}, query = '') => {
    const body = await (await fetch(`${bot.baseUrl}/api/events${query}`, init)).json();
    return body.events.find((e: { id: string }) => e.id === EVENT_ID);
  };

  it('when the tab sends Accept-Language or ?lang=, then texts come in that language or marked', async () => {
    const fr = await dialogue({ headers: { 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.8' } });
    expect(fr).toMatchObject({
      language: 'fr',
      eventLanguage: 'en',
      title: 'Dialogue informel du Président',
    });
    expect(fr.topic).toMatch(/ \(en anglais\)$/);
    const ar = await dialogue({}, '?lang=ar');
    expect(ar.language).toBe('ar');
    expect(ar.title).toContain('(باللغة');
  });

  it('when the language is unknown or malformed, then English comes back, unmarked', async () => {
    for (const init of [{ headers: { 'Accept-Language': 'x'.repeat(300) } }, {}]) {
      const en = await dialogue(init, init.headers ? '' : '?lang=ar-');
      expect(en.language).toBe('en');
      expect(en.title).not.toContain('(in English)');
    }
  });
});
