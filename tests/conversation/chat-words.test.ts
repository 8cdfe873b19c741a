import { shownWords } from '../../core/i18n/chat-words';
import { translatorFor, UN_LANGUAGES, type UnLanguage } from '../../core/i18n/catalog';
import { startBot, type BotHarness } from '../support/bot-harness';
import { cardOf, verbs } from '../support/card-inspect';
import { TENANT_ID, personalChat, teamsUser, type TeamsUser } from '../support/teams-activities';

/**
 * Issue 22: a stakeholder types the command words of their own language, as Teams sends them,
 * whatever the case, accents, Arabic marks or width; English words keep working everywhere.
 */
describe('Chat commands in the six languages', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-20T15:00:00Z' });
  }, 120_000);
  afterAll(() => bot.close());

  async function say(user: TeamsUser, text: string): Promise<Array<Record<string, any>>> {
    bot.takeSent();
    await bot.post(personalChat(user, bot.connector.serviceUrl).message(text));
    return bot.takeSent();
  }

  it('when the registration word of any language is typed, then registration starts', async () => {
    const words = [
      'تسجيل',
      'تَسْجِيل',
      'تســجيل',
      'inscription',
      "s'inscrire",
      'S’INSCRIRE !',
      'registro',
      'Inscribirse',
      'inscripcion',
      '注册',
      '登记',
      '报名。',
      'регистрация',
      'REGISTER',
      'ｒｅｇｉｓｔｅｒ',
    ];
    for (const word of words) {
      const sent = await say(teamsUser('Newcomer', { locale: 'en-US' }), word);
      expect([word, verbs(cardOf(sent[0]))]).toEqual([word, ['registration.open']]);
    }
  });

  const OWN_WORDS: Record<
    UnLanguage,
    { language: string; help: string; mine: string; exportWord: string }
  > = {
    en: { language: 'language en', help: 'help', mine: 'my registration', exportWord: 'export' },
    fr: { language: 'langue fr', help: 'Aide', mine: 'mon inscription', exportWord: 'exporter' },
    es: { language: 'idioma es', help: '¿ayuda?', mine: 'mi inscripción', exportWord: 'exportar' },
    ar: { language: 'اللغة ar', help: 'مساعدة؟', mine: 'تسجيلي', exportWord: 'تصدير' },
    zh: { language: '语言 zh', help: '帮助', mine: '我的报名', exportWord: '导出' },
    ru: { language: 'язык ru', help: 'Помощь', mine: 'моя регистрация', exportWord: 'экспорт' },
  };

  it.each(UN_LANGUAGES)(
    'when a person works in %s, then its words choose the language, give help naming them, show their registration and reach the chair commands',
    async (language) => {
      const words = OWN_WORDS[language];
      const t = translatorFor(language);
      const user = teamsUser(`Speaker ${language}`, { locale: 'en-US' });
      expect(await say(user, words.language)).toHaveLength(1);
      const stored = await bot.store.conversations.language(TENANT_ID, user.aadObjectId);
      expect(stored).toBe(language);

      const [help] = await say(user, words.help);
      expect(help?.text).toBe(t('bot.help', shownWords(language)));
      expect(help?.text).toContain(shownWords(language).register);

      const [mine] = await say(user, words.mine);
      expect(mine?.text).toBe(t('registration.noneYet'));

      // Someone off the chair's team: the chair's command is reached, and refused.
      const [refused] = await say(user, words.exportWord);
      expect(refused?.text).toBe(t('organizer.refused'));
    },
  );

  it('when a chair word of another language is typed by someone off the team, then it is refused, not helped', async () => {
    const user = teamsUser('Delegate', { locale: 'fr-FR' });
    const t = translatorFor('fr');
    for (const line of [
      'confirmer REG-AB12-CD34',
      'تأكيد REG-AB12-CD34',
      'ne pas publier x1 hors sujet',
    ])
      expect((await say(user, line))[0]?.text).toBe(t('organizer.refused'));
  });

  it('when roundtable help is asked for in Arabic, then it names the roundtable commands in Arabic', async () => {
    const user = teamsUser('Roundtable reader', { locale: 'ar-SA' });
    const sent = JSON.stringify(await say(user, 'مساعدة المائدة المستديرة'));
    const words = shownWords('ar');
    for (const word of [words.programme, words.myMatches, words.breakoutMove])
      expect(sent).toContain(word);
    expect(sent).not.toContain('{programme}');
  });

  it('every chat command of every feature has its words in all six languages', () => {
    const commands = bot.features.flatMap((feature) => feature.chat ?? []);
    expect(commands.length).toBeGreaterThanOrEqual(7);
    const missing = commands.flatMap((command) =>
      command.words.length === 0
        ? [`${command.name}: no words`]
        : command.words.flatMap((word) =>
            UN_LANGUAGES.filter((language) => word[language].length === 0).map(
              (language) => `${command.name} ${word.en[0]}: no ${language}`,
            ),
          ),
    );
    expect(missing).toEqual([]);
  });
});
