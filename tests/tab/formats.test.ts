import { regionName, spanText } from '../../tab/src/i18n/formats';
import { translator } from '../../tab/src/i18n/texts';
import { messageSource, type MessageKey, type UnLanguage } from '../../core/i18n/catalog';
import { EN } from '../../core/i18n/messages';

const MORNING = {
  zone: 'America/New_York',
  startDate: '2024-05-10',
  startClock: '09:00',
  endDate: '2024-05-10',
  endClock: '10:00',
  utcOffsetMinutes: -240,
  startLabel: 'Friday, 10 May 2024, 09:00 GMT-4',
};

describe('spanText (a session as its zone reads it, in the tab language)', () => {
  it('when the tab is in English, Chinese or Arabic, then the date and clock are written as each writes them', () => {
    expect(spanText(MORNING, 'en')).toMatch(/^Friday, May 10, 2024, 9:00\s[–-]\s10:00\sAM$/);
    expect(spanText(MORNING, 'zh')).toContain('2024年5月10日星期五');
    expect(spanText(MORNING, 'ar')).toContain('الجمعة، 10 مايو 2024');
    expect(spanText(MORNING, 'fr')).toContain('vendredi 10 mai 2024');
  });

  it('when a span runs past midnight, then both dates show', () => {
    const late = { ...MORNING, startClock: '23:00', endDate: '2024-05-11', endClock: '01:00' };
    const text = spanText(late, 'en');
    expect(text).toContain('May 10, 2024');
    expect(text).toContain('May 11, 2024');
  });
});

describe("regionName (a registrant's country as the tab language names it)", () => {
  it('when the code is known, then its name is in the language; else the code shows', () => {
    expect(regionName('SN', 'fr')).toBe('Sénégal');
    expect(regionName('SN', 'ar')).toBe('السنغال');
    expect(regionName('SN', 'en')).toBe('Senegal');
    expect(regionName('ZZZ9', 'en')).toBe('ZZZ9');
  });

  it("when a State's UN name differs from ICU's, then the tab shows the UN's, as the bot does", () => {
    expect(regionName('KR', 'en')).toBe('Republic of Korea');
    expect(regionName('PS', 'ar')).toBe('دولة فلسطين');
  });
});

describe('translator (the catalog texts filled for the tab)', () => {
  const t = translator(
    { 'tab.mine.place': 'رقمك {position}', 'tab.speaker.label': '{name} ({organization})' },
    'ar',
  );

  it('when a name is filled in, then it is isolated so an English name keeps its order in Arabic', () => {
    expect(t('tab.speaker.label', { name: 'Amina', organization: 'Open Net Africa' })).toBe(
      '\u2068Amina\u2069 (\u2068Open Net Africa\u2069)',
    );
  });

  it('when an Arabic name is filled into an English text, then it is isolated, a Latin one is not', () => {
    const en = translator({ 'tab.speaker.label': '{name} ({organization})' }, 'en');
    expect(en('tab.speaker.label', { name: 'Amina', organization: 'منظمة' })).toBe(
      'Amina (\u2068منظمة\u2069)',
    );
  });

  it('when a composed label is filled into an Arabic sentence, then it is isolated right to left', () => {
    const ar = translator(
      {
        'tab.speaker.label': '{name} ({organization})',
        'tab.current.announce': 'الكلمة الآن لـ {speaker}.',
      },
      'ar',
    );
    const speaker = ar('tab.speaker.label', { name: 'منى', organization: 'UNICEF' });
    expect(ar('tab.current.announce', { speaker })).toBe(`الكلمة الآن لـ \u2067${speaker}\u2069.`);
  });

  it('when a number is filled in, then it is written for the language', () => {
    expect(t('tab.mine.place', { position: 1234 })).toBe(
      `رقمك ${new Intl.NumberFormat('ar').format(1234)}`,
    );
    expect(
      translator({ 'tab.mine.place': '{position}' }, 'en')('tab.mine.place', { position: 1234 }),
    ).toBe('1,234');
  });

  it('when a key is missing, then the key itself shows', () => {
    expect(t('tab.title')).toBe('tab.title');
  });

  it('when a count is filled in, then the plural form of the language is chosen', () => {
    const texts = (language: UnLanguage) =>
      Object.fromEntries(
        (Object.keys(EN) as MessageKey[])
          .filter((k) => k.startsWith('tab.'))
          .map((k) => [k, messageSource(language, k)]),
      );
    const en = translator(texts('en'), 'en');
    expect(en('tab.delivery.retried', { count: 1 })).toBe('1 message is being sent again.');
    expect(en('tab.delivery.retried', { count: 1200 })).toBe(
      '1,200 messages are being sent again.',
    );
    const ru = translator(texts('ru'), 'ru');
    expect([1, 3, 5, 21].map((count) => ru('tab.delivery.retried', { count }))).toEqual([
      'Повторно отправляется 1 сообщение.',
      'Повторно отправляются 3 сообщения.',
      'Повторно отправляются 5 сообщений.',
      'Повторно отправляется 21 сообщение.',
    ]);
    const pseudo = translator(
      Object.fromEntries(
        (Object.keys(EN) as MessageKey[]).map((k) => [k, messageSource('qps-ploc', k)]),
      ),
      'en',
    );
    expect(pseudo('tab.delivery.retried', { count: 1 })).toMatch(/^\[1 ɱéššáĝé íš ƀéíñĝ/);
  });
});
