import { devPrincipalOf } from '../../bot/platform/auth/dev-users';
import { startBot, type BotHarness } from '../support/bot-harness';
import { personalChat, teamsUser } from '../support/teams-activities';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { importRoundtable, registerForRoundtable, ROUNDTABLE_ID } from './support/roundtable-scene';
import { openTab, tabUrl } from './support/tab-session';

/** Ten past ten in New York on the day: Signature Panel I is under way. */
const DURING_PANEL = '2024-05-10T14:10:00Z';

describeWithChromium('Roundtable pages of the tab (seed roundtable of 10 May 2024)', () => {
  let bot: BotHarness;
  let browser: Browser;
  const chairOid = devPrincipalOf('chair')!.oid;
  const chair = teamsUser('Chair Office', { aadObjectId: chairOid, timeZone: 'America/New_York' });
  const say = async (text: string) => {
    await bot.post(personalChat(chair, bot.connector.serviceUrl).message(text));
    return JSON.stringify(bot.takeSent());
  };
  const declare = async (registrationId: string, matchSide: 'offer' | 'need', state?: string) =>
    bot.store.roundtable.participation.save({
      registrationId,
      eventId: ROUNDTABLE_ID,
      ...(state ? { delegationOf: state } : {}),
      matchSide,
      thematicAreaIds: ['threats'],
      regionIds: [],
      breakoutChoices: [],
      updatedAt: bot.clock.now(),
    });

  beforeAll(async () => {
    bot = await startBot({ now: DURING_PANEL, env: { CHAIR_TEAM: chairOid } });
    await importRoundtable(bot);
    const provider = await registerForRoundtable(bot, 'delegate-a', {
      givenName: 'Ana',
      familyName: 'Souza',
      organization: 'Cyber Capacity Foundation',
      category: 'capacity-building-provider',
      country: 'BR',
    });
    const delegate = await registerForRoundtable(bot, 'delegate-b', {
      givenName: 'Otieno',
      familyName: 'Kamau',
      organization: 'Ministry of ICT',
      category: 'member-state',
      country: 'KE',
    });
    await declare(provider.id, 'offer');
    await declare(delegate.id, 'need', 'KE');
    expect(
      await say(
        'accept SG minister Josephine Teo, Minister for Digital Development and Information',
      ),
    ).toContain('Singapore accepted');
    expect(await say('remarks SG')).toContain('place 1');
    expect(await say('matchmaking propose')).toContain('1 proposal in all');
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('when a participant in Zurich opens the programme, then each session shows New York time and theirs, with now and next marked', async () => {
    const page = await browser.page({ timezoneId: 'Europe/Zurich' });
    await openTab(
      page,
      tabUrl(bot, 'programme', 'delegate-a', { eventId: ROUNDTABLE_ID }),
      'programme-list',
    );
    const opening = page.locator('[data-session="opening-plenary"]');
    await expect(opening.getByTestId('event-time').textContent()).resolves.toMatch(
      /^Friday, May 10, 2024, 9:00\s–\s10:00\sAM$/,
    );
    await expect(opening.getByTestId('viewer-time').textContent()).resolves.toMatch(
      /^Friday, May 10, 2024, 3:00\s–\s4:00\sPM$/,
    );
    await expect(opening.textContent()).resolves.toContain('Your time (Europe/Zurich)');
    const current = page.locator('[aria-current="time"]');
    await expect(current.getAttribute('data-session')).resolves.toBe('signature-panel-1');
    await expect(current.textContent()).resolves.toContain('Now');
    await expect(
      page.locator('[data-session="signature-panel-2"]').textContent(),
    ).resolves.toContain('Next');
    await screenshot(page, 'programme-zurich');
    await page.close();
  });

  it('when the provider accepts a proposal in "My schedule", then the service records it', async () => {
    const page = await browser.page({ timezoneId: 'Europe/Zurich' });
    await openTab(
      page,
      tabUrl(bot, 'programme', 'delegate-a', { eventId: ROUNDTABLE_ID }),
      'my-proposals',
    );
    await page.getByRole('button', { name: 'Accept the meeting with Kenya' }).click();
    await page.locator('[data-testid="proposal"][data-status="acceptedByProvider"]').waitFor();
    const [match] = await bot.store.roundtable.matches.list(ROUNDTABLE_ID);
    expect(match?.status).toBe('acceptedByProvider');
    await page.close();
  });

  it('when the chair opens the organizer page for the roundtable, then the invitations table shows the accepted State', async () => {
    const page = await browser.page({ width: 1280 });
    await openTab(
      page,
      `${tabUrl(bot, 'organizer', 'chair', { eventId: ROUNDTABLE_ID })}#invitations`,
      'invitations-table',
    );
    await expect(page.getByTestId('invitations-summary').textContent()).resolves.toContain(
      '195 States invited: 1 accepted',
    );
    await page.getByTestId('invitations-filter').selectOption('accepted');
    const rows = page.getByTestId('invitation-row');
    await expect(rows.count()).resolves.toBe(1);
    const singapore = page.locator('[data-testid="invitation-row"][data-state="SG"]');
    const cells = await singapore.locator('td').allTextContents();
    expect(cells).toEqual([
      'Singapore',
      'Accepted',
      'Josephine Teo, Minister for Digital Development and Information',
      'Minister',
      'Requested',
    ]);
    await expect(
      page.getByTestId('invitations-table').locator('caption').textContent(),
    ).resolves.toContain('1 of 195');
    await screenshot(page, 'organizer-invitations');
    const download = page
      .context()
      .waitForEvent('request', (r) => r.url().includes('/api/exports/'));
    await page.getByTestId('export-invitations').click();
    expect((await download).url()).toMatch(/\/api\/exports\/[A-Za-z0-9_-]+$/);
    await page.close();
  });

  it('then the browser never reached past the loopback interface', () => {
    expect(browser.outside).toEqual([]);
  });
});
