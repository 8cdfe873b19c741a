import type { Frame } from 'playwright-core';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { DURING_MEETING, EVENT_ID, runClock } from './support/tab-session';
import { openHosted, startSsoScene, type SsoScene } from './support/teams-sso-scene';
import { meetingChat } from '../support/meeting-activities';
import { aPerson } from '../store/store-fixtures';
import { TENANT } from '../auth/token-fixtures';

/** An attendee who joined anonymously: Teams gives the bot an id and a name, no Entra identity. */
const ANONYMOUS = { id: '29:anon-3d1f', name: 'Guest (Anonymous)' };
const CODE = 'REG-7K3M-Q9XD';

/**
 * Smallest text, in CSS pixels of a 1280x720 stage, for people reading it across a room. The
 * stage is shared as a video stream and often shown at that size; text below these is hard to
 * read from the back (the name and the clock are what people look for first).
 */
const MIN_PX = { name: 48, timer: 48, next: 24, questionLabel: 24, question: 24 };

async function fontPx(tab: Frame, testId: string): Promise<number> {
  return tab
    .getByTestId(testId)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

describeWithChromium('The stage, for people who only see it (in the Teams host)', () => {
  let scene: SsoScene;
  let browser: Browser;

  beforeAll(async () => {
    scene = await startSsoScene(DURING_MEETING);
    runClock(scene.bot);
    await scene.bot.store.registrations.create(
      aPerson(EVENT_ID, {
        referenceCode: CODE,
        tenantId: TENANT,
        givenName: 'Wanjiru',
        familyName: 'Kamau',
        organization: 'Open Net Africa',
        status: 'confirmed',
        group: undefined,
      }),
    );
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await scene?.close();
  });

  /** A queue command as the chair's team sends it from the tab, with an SSO token. */
  const chairCommand = async (body: Record<string, unknown>) => {
    const url = `${scene.bot.baseUrl}/api/events/${EVENT_ID}/queue`;
    const headers = {
      Authorization: `Bearer ${scene.tokenFor('secretariat')}`,
      'Content-Type': 'application/json',
    };
    const current = await (await fetch(url, { headers })).json();
    const response = await fetch(`${url}/commands`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...body, baseVersion: current.queue.version }),
    });
    if (!response.ok) throw new Error(`${String(body.type)}: ${await response.text()}`);
  };

  it('an attendee with no Teams identity asks for the floor from the meeting-chat card with their reference code and appears on the stage', async () => {
    const page = await browser.page({ width: 1280, height: 720 });
    const host = await openHosted(page, scene, {
      person: 'attendee',
      frameContext: 'meetingStage',
    });
    const stage = host.tab();
    await stage.getByTestId('stage-view').waitFor();

    const chat = meetingChat(scene.bot.connector.serviceUrl, { tenantId: TENANT });
    const answer = await scene.bot.post(
      chat.cardAction(ANONYMOUS, 'floorCard.request', {
        eventId: EVENT_ID,
        referenceCode: CODE.toLowerCase(),
        questionId: 'q1',
        onBehalfOf: 'ownOrganization',
      }),
    );
    expect(answer.body.value).toMatch(/you are number 1/);
    await stage.getByTestId('stage-next').filter({ hasText: 'Wanjiru Kamau' }).waitFor();
    await screenshot(page, 'teams-stage-card-request');
    await page.close();
  });

  it("the chair's side panel shows how each turn was asked for", async () => {
    await chairCommand({
      type: 'add',
      speaker: { name: 'Kenji Sato', organization: 'Open Standards Institute' },
    });
    const page = await browser.page({ width: 480, height: 1000 });
    const host = await openHosted(page, scene, {
      person: 'secretariat',
      frameContext: 'sidePanel',
    });
    const panel = host.tab();
    const entry = (name: string) =>
      panel.getByTestId('queue-entry').filter({ hasText: name }).getByTestId('entry-via');
    await entry('Wanjiru Kamau').waitFor();
    await expect(entry('Wanjiru Kamau').getAttribute('data-via')).resolves.toBe('chatCard');
    await expect(entry('Wanjiru Kamau').textContent()).resolves.toBe('via the meeting chat card');
    await expect(entry('Kenji Sato').getAttribute('data-via')).resolves.toBe('chair');
    await page.close();
  });

  it.each([
    ['en-us', 'Next up'],
    ['fr-fr', 'Ensuite'],
  ])(
    'at 1280x720 in %s, the current speaker, the next three, the question and the timer are large enough to read across a room',
    async (locale, nextUp) => {
      // Someone at the microphone with the clock running, and people waiting after them.
      for (const name of ['Ana Costa', 'Li Wei', 'Sara Haddad']) {
        await chairCommand({
          type: 'add',
          speaker: { name: `${name} (${locale})`, organization: 'Civil Society Forum' },
        });
      }
      await chairCommand({ type: 'setCurrentQuestion', questionId: 'q2' });
      await chairCommand({ type: 'callNext' });
      await chairCommand({ type: 'startTimer' });
      const page = await browser.page({ width: 1280, height: 720 });
      const host = await openHosted(page, scene, {
        person: 'attendee',
        frameContext: 'meetingStage',
        context: { locale },
      });
      const stage = host.tab();
      await stage.getByTestId('current-speaker-name').waitFor();
      await stage.getByTestId('timer').waitFor();
      await expect(stage.locator('h2').allTextContents()).resolves.toContain(nextUp);
      const sizes = {
        name: await fontPx(stage, 'current-speaker-name'),
        timer: await fontPx(stage, 'timer'),
        next: await fontPx(stage, 'stage-next'),
        questionLabel: await fontPx(stage, 'stage-question-label'),
        // The question's short label, its full text one click away (issue 21).
        question: await stage
          .getByTestId('question-disclosure')
          .getByRole('button')
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
      };
      console.log(`stage font sizes at 1280x720 (${locale}): ${JSON.stringify(sizes)}`);
      for (const [part, min] of Object.entries(MIN_PX)) {
        expect(sizes[part as keyof typeof sizes]).toBeGreaterThanOrEqual(min);
      }
      await screenshot(page, `teams-stage-sizes-${locale}`);
      await page.close();
    },
  );
});
