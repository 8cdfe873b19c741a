import type { Page } from 'playwright-core';
import { translatorFor } from '../../core/i18n/catalog';
import { applyCommand } from '../../core/speaking-queue/apply-command';
import { emptyQueue } from '../../core/speaking-queue/empty-queue';
import type { QueueCommand } from '../../core/speaking-queue/queue-commands';
import type { Actor, SpeakingQueue } from '../../core/speaking-queue/queue-types';
import { turnKey } from '../../core/summary/transcript-excerpts';
import { startBot, seedDialogue, type BotHarness } from '../support/bot-harness';
import { aPerson } from '../store/store-fixtures';
import { axeScan, blocking, describeViolations } from './support/axe';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { EVENT_ID } from './support/tab-session';
import { openSurface, SURFACES } from './support/tab-surfaces';

const SUMMARY = SURFACES.find((s) => s.name === 'organizer-summary')!;
/** The turn's start on the queue's clock; the transcript's cue lies inside the turn. */
const T0 = Date.parse('2024-02-28T14:10:00Z');
const WORDS = 'Capacity building must be demand-driven.';

describeWithChromium("The organizer's summary section: hiding an excerpt (issue 24)", () => {
  let bot: BotHarness;
  let browser: Browser;
  let queue: SpeakingQueue;

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-28T18:00:00Z' });
    const person = aPerson(EVENT_ID, {
      givenName: 'Amina',
      familyName: 'Diallo',
      organization: 'Digital Rights Coalition',
      status: 'confirmed',
    });
    await bot.store.registrations.create(person);
    // One turn run by the queue's own commands, so its window comes from the audit.
    const speaker: Actor = {
      role: 'attendee',
      userId: person.aadObjectId,
      name: 'Amina Diallo',
      registrationId: person.id,
      organization: person.organization,
    };
    const chair: Actor = { role: 'chair', userId: 'chair', name: 'Chair' };
    queue = emptyQueue(EVENT_ID, seedDialogue());
    const run = async (type: string, who: Actor, seconds: number) => {
      const command = { type, baseVersion: queue.version } as QueueCommand;
      const result = applyCommand(queue, command, who, new Date(T0 + seconds * 1000));
      if (!result.ok) throw new Error(`refused ${type}`);
      await bot.store.queues.save(EVENT_ID, result.state, result.audit, queue.version);
      queue = result.state;
    };
    await run('requestFloor', speaker, -60);
    await run('callNext', chair, 0);
    await run('startTimer', chair, 1);
    await run('finishTurn', chair, 60);
    await bot.store.summary.saveTranscript(
      EVENT_ID,
      {
        kind: 'stored',
        cues: [{ at: T0 + 5000, end: T0 + 12_000, voice: 'Amina D.', text: WORDS }],
      },
      bot.clock.now(),
    );
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it.each(['en', 'ar'])(
    'when the chair hides an excerpt by keyboard in %s, then it reads as hidden, axe finds nothing serious, and the same key shows it again',
    async (lang) => {
      const t = translatorFor(lang);
      const key = turnKey(queue.sessionId, queue.entries[0]!.id);
      const page: Page = await browser.page({ width: SUMMARY.width ?? 1280, height: 1200 });
      await openSurface(page, bot, SUMMARY, lang);
      const excerpts = page.getByTestId('summary-excerpts');
      const toggle = excerpts.getByTestId('summary-excerpt-toggle');
      await excerpts.getByText(WORDS).waitFor();
      expect(await excerpts.textContent()).toContain('Amina D.');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');

      await toggle.focus();
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="summary-excerpt-toggle"][aria-pressed="true"]').waitFor();
      expect(await excerpts.textContent()).toContain(t('tab.summary.said.hidden'));
      expect(await excerpts.textContent()).not.toContain(WORDS);
      expect(await toggle.textContent()).toBe(t('tab.summary.said.show', { name: 'Amina Diallo' }));
      expect(await toggle.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(await bot.store.summary.hiddenExcerpts(EVENT_ID)).toEqual(new Set([key]));
      await screenshot(page, `organizer-summary-excerpt-hidden-${lang}`);
      const violations = await axeScan(page, `organizer-summary-excerpt-hidden-${lang}`);
      expect(describeViolations(blocking(violations))).toBe('');

      await page.keyboard.press('Space');
      await page.locator('[data-testid="summary-excerpt-toggle"][aria-pressed="false"]').waitFor();
      expect(await excerpts.textContent()).toContain(WORDS);
      expect(await toggle.textContent()).toBe(t('tab.summary.said.hide', { name: 'Amina Diallo' }));
      expect(await bot.store.summary.hiddenExcerpts(EVENT_ID)).toEqual(new Set());
      expect(describeViolations(blocking(await axeScan(page, `summary-excerpt-${lang}`)))).toBe('');
      await page.close();
    },
  );

  it('then the browser never reached past the loopback interface', () => {
    expect(browser.outside).toEqual([]);
  });
});
