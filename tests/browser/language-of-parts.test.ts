import { startBot, type BotHarness } from '../support/bot-harness';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import {
  DURING_MEETING,
  EVENT_ID,
  openTab,
  registerDelegateA,
  tabUrl,
} from './support/tab-session';

describeWithChromium(
  'Language of parts: English event texts inside other languages carry lang',
  () => {
    let bot: BotHarness;
    let browser: Browser;
    let title: string;

    beforeAll(async () => {
      bot = await startBot({ now: DURING_MEETING });
      await registerDelegateA(bot);
      browser = await launchChromium();
      const event = await bot.store.events.get(EVENT_ID);
      title = event!.title;
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await bot?.close();
    });

    for (const language of ['ar', 'zh'] as const) {
      it(`when the side panel is in ${language}, then the English title and questions are marked lang="en"`, async () => {
        const page = await browser.page({ width: 320, height: 1400 });
        await openTab(page, tabUrl(bot, 'panel', 'delegate-a', { lang: language }), 'my-turn');
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        const marked = page.locator('h1 span[lang="en"][dir="ltr"]');
        expect(await marked.textContent()).toBe(title);
        const questions = page.getByTestId('guiding-questions').locator('li');
        // Each question shows its label; its full text (the English part) opens from it.
        const closed = questions.getByRole('button', { expanded: false });
        while ((await closed.count()) > 0) await closed.first().click();
        const count = await questions.count();
        expect(count).toBeGreaterThan(0);
        expect(await questions.locator('span[lang="en"][dir="ltr"]').count()).toBe(count);
        await screenshot(page, `language-of-parts-panel-${language}`);
      }, 120_000);
    }

    it('when a question has no short title in Arabic, then its option is the English question as a whole, marked lang="en"', async () => {
      const event = (await bot.store.events.get(EVENT_ID))!;
      const untitled = structuredClone(event);
      untitled.guidingQuestions = untitled.guidingQuestions.map(({ shortTitle: _s, ...q }) => q);
      for (const texts of Object.values(untitled.translations ?? {})) {
        delete texts.guidingQuestionShortTitles;
      }
      await bot.store.events.upsert(untitled);
      try {
        const page = await browser.page({ width: 320, height: 1400 });
        await openTab(page, tabUrl(bot, 'panel', 'delegate-a', { lang: 'ar' }), 'my-turn');
        // An <option> holds text only, no <span lang>: the untranslated question is the whole
        // option ("1. text"), so the option itself carries lang and dir.
        const options = page.getByTestId('my-turn').locator('option:not([value=""])');
        const marks = await options.evaluateAll((all) =>
          all.map((o) => [o.getAttribute('lang'), o.getAttribute('dir'), o.textContent ?? '']),
        );
        expect(marks).toEqual(
          event.guidingQuestions.map((q, i) => [
            'en',
            'ltr',
            `${i + 1}. ${q.text.length > 90 ? `${q.text.slice(0, 88)}…` : q.text}`,
          ]),
        );
        await screenshot(page, 'language-of-parts-options-ar');
      } finally {
        await bot.store.events.upsert(event);
      }
    }, 120_000);

    it('when the side panel is in English, then nothing is marked as another language', async () => {
      const page = await browser.page({ width: 320, height: 1400 });
      await openTab(page, tabUrl(bot, 'panel', 'delegate-a', { lang: 'en' }), 'my-turn');
      expect(await page.locator('main [lang]').count()).toBe(0);
    }, 120_000);

    it('when the public page of written input is read in Arabic, then the English title is marked', async () => {
      const response = await fetch(`${bot.baseUrl}/events/${EVENT_ID}/inputs?lang=ar`);
      const html = await response.text();
      expect(html).toContain('<html lang="ar" dir="rtl">');
      expect(html).toMatch(/<h1>[^<]*<span lang="en" dir="ltr">[^<]+<\/span>/);
    });
  },
);
