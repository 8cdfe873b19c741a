import type { Page } from 'playwright-core';
import { speakerRegistrations } from '../../core/testing/speaker-fixtures';
import { TEST_OUTBOX, deliveredTo, waitFor } from '../outbox/outbox-helpers';
import { startBot, type BotHarness } from '../support/bot-harness';
import { BOT_ID, TENANT_ID } from '../support/teams-activities';
import { axeScan, blocking, describeViolations } from './support/axe';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { EVENT_ID, openTab, runClock, tabUrl } from './support/tab-session';

/** Three days before the seed dialogue: the chair builds the provisional list in advance. */
const BEFORE_EVENT = '2024-02-25T09:00:00Z';
const LOCALES = ['en-US', 'fr-FR', 'es-ES', 'ar-SA', 'zh-CN', 'ru-RU'];

describeWithChromium('Organizer page: the provisional list of speakers', () => {
  let bot: BotHarness;
  let browser: Browser;
  let page: Page;
  // 300 registrants, 200 wishing to speak (one withdrew, one was declined), 10 coalitions of 3.
  const people = speakerRegistrations({
    eventId: EVENT_ID,
    tenantId: TENANT_ID,
    total: 300,
    wishing: 200,
    coalitions: 10,
    withdrawn: 1,
    declined: 1,
  });
  const chats = new Map<string, string>();

  beforeAll(async () => {
    bot = await startBot({ now: BEFORE_EVENT, outbox: TEST_OUTBOX });
    runClock(bot);
    for (const [i, r] of people.entries()) {
      await bot.store.registrations.create(r);
      if (!r.wishesToSpeak) continue;
      const conversationId = `a:personal-${r.aadObjectId}`;
      chats.set(r.id, conversationId);
      await bot.store.conversations.save({
        tenantId: TENANT_ID,
        aadObjectId: r.aadObjectId,
        conversationId,
        serviceUrl: bot.connector.serviceUrl,
        reference: {
          channelId: 'msteams',
          serviceUrl: bot.connector.serviceUrl,
          conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
          bot: { id: BOT_ID, name: 'Stakeholder Bot' },
          user: { id: `29:speaker-${i}`, name: r.givenName, aadObjectId: r.aadObjectId },
          locale: LOCALES[i % LOCALES.length],
        },
        localTimezone: 'Europe/Geneva',
        updatedAt: new Date('2024-02-20T10:00:00Z'),
      });
    }
    browser = await launchChromium();
    page = await browser.page({ width: 1366, height: 1000, bypassCSP: true });
    // The provisional list is built in the desk's Speakers section.
    await openTab(page, `${tabUrl(bot, 'organizer', 'chair')}#speakers`, 'speakers-pool');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  const section = () => page.getByTestId('speakers-section');
  const listRows = () => page.getByTestId('list-entry');
  const poolRows = () => page.getByTestId('pool-entry');
  const listOrder = () =>
    listRows().evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.entryId ?? ''));
  const focusedRow = () =>
    page.evaluate(
      () =>
        (document.activeElement?.closest('[data-entry-id]') as HTMLElement | null)?.dataset.entryId,
    );

  it('when the page opens, then the pool holds the 178 entries: 10 coalitions and 168 people', async () => {
    await section().getByRole('heading', { name: 'To be placed (178)' }).waitFor();
    await expect(poolRows().count()).resolves.toBe(178);
    const coalition = poolRows().filter({ hasText: 'Coalition 1:' });
    await expect(coalition.textContent()).resolves.toMatch(
      /Member 1a, Member 1b, Organization 002, Organization 003/,
    );
    await expect(coalition.textContent()).resolves.toContain('5:00');
    await expect(coalition.textContent()).resolves.toContain('African');
    await expect(
      section().getByText('Default time: 3:00 for a person, 5:00 for a coalition.').count(),
    ).resolves.toBe(1);
  });

  it('when the chair places by region, a selection, then all, then 178 entries are placed in three actions', async () => {
    await section().getByLabel('Place by').selectOption({ label: 'Latin American and Caribbean' });
    await section()
      .getByRole('button', { name: /^Place this group \(\d+\)$/ })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: /entries placed/ })
      .waitFor();
    const afterRegion = await listRows().count();
    expect(afterRegion).toBeGreaterThan(10);

    for (const row of [0, 1, 2]) await poolRows().nth(row).getByRole('checkbox').check();
    await section().getByRole('button', { name: 'Place selected (3)' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=list-entry]').length === n,
      afterRegion + 3,
    );

    await section()
      .getByRole('button', { name: /^Place all \(\d+\)$/ })
      .click();
    await section().getByText('Nobody is waiting to be placed.').waitFor();
    await expect(listRows().count()).resolves.toBe(178);
    await section().getByRole('heading', { name: 'On the list (178)' }).waitFor();
  });

  it('then the full list is accessible and no wider than the 1366-pixel window', async () => {
    expect(describeViolations(blocking(await axeScan(page, 'organizer-speakers')))).toBe('');
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth),
    ).resolves.toBeLessThanOrEqual(1366);
  });

  it('when the chair moves the last entry to the top, then it is first and keeps the focus', async () => {
    const before = await listOrder();
    const last = before[before.length - 1]!;
    await listRows()
      .last()
      .getByRole('button', { name: /to the top$/ })
      .click();
    await page.waitForFunction(
      (id) =>
        document.querySelector('[data-testid=list-entry]')?.getAttribute('data-entry-id') === id,
      last,
    );
    await expect(focusedRow()).resolves.toBe(last);
  });

  it('when the chair moves speaker 40 to position 3, then it takes one action, not 37', async () => {
    const before = await listOrder();
    const fortieth = before[39]!;
    const row = listRows().nth(39);
    await row.getByRole('spinbutton').fill('3');
    await row.getByRole('button', { name: 'Move', exact: true }).click();
    await page.waitForFunction(
      (id) =>
        document.querySelectorAll('[data-testid=list-entry]')[2]?.getAttribute('data-entry-id') ===
        id,
      fortieth,
    );
    await expect(focusedRow()).resolves.toBe(fortieth);
  });

  it('when the chair presses Alt+Down on a focused row, then it moves one down and stays focused', async () => {
    const before = await listOrder();
    const second = before[1]!;
    await listRows().nth(1).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForFunction(
      (id) =>
        document.querySelectorAll('[data-testid=list-entry]')[2]?.getAttribute('data-entry-id') ===
        id,
      second,
    );
    await expect(focusedRow()).resolves.toBe(second);
  });

  it('when the chair drags a row onto another, then it takes that place', async () => {
    const before = await listOrder();
    const tenth = before[9]!;
    await listRows().nth(9).dragTo(listRows().nth(4));
    await page.waitForFunction(
      (id) =>
        document.querySelectorAll('[data-testid=list-entry]')[4]?.getAttribute('data-entry-id') ===
        id,
      tenth,
    );
  });

  it('when the chair gives the first entry 4:30, then the list shows it, and undo brings back the time', async () => {
    const first = listRows().first();
    const time = first.getByRole('textbox', { name: /Speaking time of/ });
    await time.fill('4:30');
    await first.getByRole('button', { name: 'Set' }).click();
    await page.waitForFunction(
      () =>
        (
          document.querySelector(
            '[data-testid=list-entry] [data-control=time]',
          ) as HTMLInputElement | null
        )?.value === '4:30',
    );
    const stored = await bot.store.queues.get(EVENT_ID, 'dialogue');
    expect(stored?.entries.find((e) => e.status === 'waiting')?.allottedSeconds).toBe(270);
    await section().getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(
      () =>
        (
          document.querySelector(
            '[data-testid=list-entry] [data-control=time]',
          ) as HTMLInputElement | null
        )?.value !== '4:30',
    );
  });

  it("when a second chair moves an entry, then the first chair's list shows it without acting", async () => {
    // The presenter chairs too (meeting role); their screen is a separate page.
    const other = await browser.page({ width: 1366, height: 1000, bypassCSP: true });
    await openTab(other, `${tabUrl(bot, 'organizer', 'presenter')}#speakers`, 'speakers-section');
    await other.getByTestId('list-entry').last().waitFor();
    const before = await listOrder();
    const last = before[before.length - 1]!;
    expect(before[0]).not.toBe(last);
    await other
      .getByTestId('list-entry')
      .last()
      .getByRole('button', { name: /to the top$/ })
      .click();
    // No click, no reload on the first chair's page: the live stream brings the fresh list.
    await page.waitForFunction(
      (id) =>
        document.querySelector('[data-testid=list-entry]')?.getAttribute('data-entry-id') === id,
      last,
    );
    await expect(listOrder()).resolves.toEqual([last, ...before.slice(0, -1)]);
    await other.close();
  });

  it('when the chair publishes, then the first speaker is told their place in their own chat', async () => {
    const [firstId] = await listOrder();
    const stored = await bot.store.queues.get(EVENT_ID, 'dialogue');
    const first = stored?.entries.find((e) => e.id === firstId);
    const chat = chats.get(first!.speaker.registrationId!)!;
    await page.getByTestId('publish-speakers').click();
    await page
      .getByRole('status')
      .filter({ hasText: /being told their place/ })
      .waitFor();
    await page
      .getByTestId('speakers-published')
      .filter({ hasText: 'Published at version' })
      .waitFor();
    await screenshot(page, 'organizer-speakers-published');
    await waitFor(
      'the first speaker to hear of their place',
      () =>
        deliveredTo(bot, chat).some(
          (a) => /\b1\b/.test(String(a.text ?? '')) && /178/.test(String(a.text ?? '')),
        ),
      60_000,
    );
    const text = String(deliveredTo(bot, chat)[0]?.text ?? '').replace(/[\u2066-\u2069]/g, '');
    expect(text).toMatch(/ 1 .*178|178.* 1 /);
  }, 90_000);

  it('then the browser never reached past the loopback interface', () => {
    expect(browser.outside).toEqual([]);
  });
});
