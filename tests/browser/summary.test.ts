import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Registration } from '../../core/registration/registration';
import { TENANT_BOT_ENV } from '../support/tenant-env';
import { startBot, seedDialogue, type BotHarness } from '../support/bot-harness';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { TENANT_ID, teamsUser } from '../support/teams-activities';
import { meetingChat } from '../support/meeting-activities';
import { pdfPageTexts } from '../support/pdf-text';
import {
  newSigningKey,
  signToken,
  startEntraStandIn,
  type EntraStandIn,
} from '../auth/entra-standin';
import { CLIENT_ID, v2Claims } from '../auth/token-fixtures';
import { EVENT_ID, TEST_OUTBOX, chairSays } from '../outbox/outbox-helpers';
import { aPerson } from '../store/store-fixtures';
import { CLIENT, ORGANIZER, TENANT, aReport, graphRecord } from '../graph/graph-fixtures';
import { COALITION, PEOPLE, TURNS, type Person } from './support/summary-dialogue';
import { axeScan, blocking, describeViolations } from './support/axe';
import {
  ARTIFACTS,
  describeWithChromium,
  launchChromium,
  screenshot,
  type Browser,
} from './support/chromium';

const chair = teamsUser('Katherine Prizeman');
const NOW_S = Date.parse('2024-02-27T12:00:00Z') / 1000;
const signingKey = newSigningKey('summary-key');
const bearer = () =>
  `Bearer ${signToken(v2Claims({ oid: chair.aadObjectId, tid: TENANT_ID, iat: NOW_S - 60, nbf: NOW_S - 60, exp: NOW_S + 30 * 86400 }), signingKey)}`;
const REPORTS = 'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/attendanceReports';

describeWithChromium("The chair's summary of the seed dialogue (issue 24, done when)", () => {
  let graph: GraphStandIn;
  let bot: BotHarness;
  let entra: EntraStandIn;
  let browser: Browser;
  const regs = new Map<string, Registration>();

  beforeAll(async () => {
    entra = await startEntraStandIn(TENANT_ID);
    entra.published = [signingKey];
    graph = await startGraphStandIn({ outsideSubset: true });
    bot = await startBot({
      now: '2024-02-27T12:00:00Z',
      unsignedActivities: true,
      env: {
        ...TENANT_BOT_ENV,
        AAD_APP_CLIENT_ID: CLIENT_ID,
        ENTRA_METADATA_URL: entra.metadataUrl,
        CHAIR_TEAM: chair.aadObjectId,
        GRAPH_TENANT_ID: TENANT,
        GRAPH_CLIENT_ID: CLIENT,
        GRAPH_CLIENT_SECRET: 'stand-in-secret',
        GRAPH_ORGANIZER: ORGANIZER,
        GRAPH_BASE_URL: graph.graphBaseUrl,
        GRAPH_AUTHORITY_HOST: graph.origin,
      },
      outbox: { ...TEST_OUTBOX, graphClient: { fetch: graph.fetch, retry: { delaySeconds: 0 } } },
    });
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    await graph?.close();
    await entra?.close();
  });

  const api = async (suffix = '', init: RequestInit = {}) => {
    const response = await fetch(`${bot.baseUrl}/api/events/${EVENT_ID}/summary${suffix}`, {
      ...init,
      headers: { Authorization: bearer(), ...(init.headers ?? {}) },
    });
    return response;
  };
  /** The link as the service makes it (PUBLIC_URL), opened on this test's own port. */
  const shareLink = async (lang: string) => {
    const { url } = (await (await api(`/link?lang=${lang}`, { method: 'POST' })).json()) as {
      url: string;
    };
    return `${bot.baseUrl}${new URL(url).pathname}`;
  };
  async function openSummary(lang: string, width = 1100): Promise<Page> {
    const page = await browser.page({ width, height: 1400, bypassCSP: true });
    await page.goto(await shareLink(lang));
    return page;
  }
  const queueUrl = () => `${bot.baseUrl}/api/events/${EVENT_ID}/queue`;
  const queueState = async () =>
    ((await (await fetch(queueUrl(), { headers: { Authorization: bearer() } })).json()) as any)
      .queue;
  /** A queue command as the chair, over the queue API, on the version the service reports. */
  const queueCommand = async (body: Record<string, unknown>) => {
    const response = await fetch(`${queueUrl()}/commands`, {
      method: 'POST',
      headers: { Authorization: bearer(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body, baseVersion: (await queueState()).version }),
    });
    if (response.status !== 200) throw new Error(`${String(body.type)}: ${await response.text()}`);
  };
  const tableRows = (page: Page, id: string) =>
    page.$$eval(`[data-testid="table-${id}"] tbody tr`, (rows) =>
      rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())),
    );

  it('when registrations exist before the meeting, then the summary shows them and says attendance is not known yet', async () => {
    for (const p of PEOPLE) {
      const registration = aPerson(EVENT_ID, {
        tenantId: TENANT_ID,
        email: `${p.key.toLowerCase()}@example.org`,
        organization: `Org ${p.key}`,
        category: p.category,
        country: p.country,
        givenName: `Person`,
        familyName: p.key,
        ...(p.coalition ? { group: COALITION } : { group: undefined }),
        createdAt: new Date(`${p.created}T15:00:00Z`),
        status: p.key === 'G' ? 'waitlisted' : 'pending',
      });
      await bot.store.registrations.create(registration);
      regs.set(p.key, registration);
    }
    expect(await chairSays(bot, chair, 'confirm all pending')).toContain('5 confirmed');
    const json = (await (await api()).json()) as any;
    expect(json.notYetKnown).toEqual(['attendance', 'speakers']);
    expect(json.totals).toEqual({ registered: 6, confirmed: 5, attended: null, spoke: 0 });
    const page = await openSummary('en');
    const notes = await page.locator('[data-testid="not-known"]').allTextContents();
    expect(notes.join(' ')).toContain('Attendance is not known yet');
    expect(notes.join(' ')).toContain('No one has taken the floor yet');
    await page.close();
  });

  it('when the list has run and the meeting ended, then the attendance job retries past a 403 and stores the report', async () => {
    // The list runs through the queue commands, as the chair runs it from the tab.
    bot.clock.set('2024-02-28T14:00:00Z');
    for (const turn of TURNS) {
      const r = turn.key ? regs.get(turn.key) : undefined;
      await queueCommand({
        type: 'add',
        speaker: r
          ? {
              registrationId: r.id,
              name: `${r.givenName} ${r.familyName}`,
              organization: r.organization,
            }
          : { name: 'Guest Speaker', organization: turn.guest ?? '' },
        onBehalfOf: turn.coalition ? { kind: 'group', ...COALITION } : { kind: 'ownOrganization' },
        questionId: turn.givenUnder ? null : turn.question,
      });
    }
    for (const [i, turn] of TURNS.entries()) {
      const entryId = `e${i + 1}`;
      if (turn.status === 'withdrawn') await queueCommand({ type: 'remove', entryId });
      if (turn.status !== 'done') continue;
      if (turn.givenUnder)
        await queueCommand({ type: 'setCurrentQuestion', questionId: turn.givenUnder });
      await queueCommand({ type: 'callNext' });
      if (turn.givenUnder) await queueCommand({ type: 'setCurrentQuestion', questionId: null });
      await queueCommand({ type: 'startTimer' });
      bot.clock.set(new Date(bot.clock.now().getTime() + turn.seconds * 1000).toISOString());
      await queueCommand({ type: 'finishTurn' });
    }
    // The turns given under the current question took it; the chair corrects them afterwards.
    for (const [i, turn] of TURNS.entries()) {
      if (!turn.givenUnder) continue;
      const entry = (await queueState()).entries[i];
      expect(entry).toMatchObject({ status: 'done', questionId: turn.givenUnder });
      await queueCommand({
        type: 'setEntryQuestion',
        entryId: entry.id,
        questionId: turn.question,
      });
    }
    // The Teams meeting chat, linked to the event by the chair, then ended.
    const chat = meetingChat(bot.connector.serviceUrl);
    await bot.post(chat.install());
    await bot.store.meetings.link({
      eventId: EVENT_ID,
      meetingId: chat.meetingId,
      linkedBy: chair.aadObjectId,
      linkedAt: new Date(),
    });
    bot.clock.set('2024-02-28T17:01:00Z');
    expect((await bot.post(chat.end('2024-02-28T17:00:00Z'))).status).toBe(200);
    const job = await bot.store.summary.get(EVENT_ID);
    expect(job).toMatchObject({
      state: 'pending',
      attempts: 0,
      nextAt: new Date('2024-02-28T17:05:00Z'),
    });

    // Graph refuses the report: the rest of the summary stays, and names the permission.
    bot.clock.set('2024-02-28T17:06:00Z');
    graph.failNext({ status: 403, operation: REPORTS });
    await bot.attendanceJobs.runDue();
    expect(await bot.store.summary.get(EVENT_ID)).toMatchObject({
      state: 'refused',
      attempts: 1,
      permission: 'OnlineMeetingArtifact.Read.All',
    });
    const refused = await openSummary('en');
    expect(
      (await refused.locator('[data-testid="not-known"]').allTextContents()).join(' '),
    ).toContain('OnlineMeetingArtifact.Read.All');
    expect(await tableRows(refused, 'speakers')).toHaveLength(4);
    await refused.close();

    // No report published yet: still waiting, the next try later.
    bot.clock.set('2024-02-28T18:00:00Z');
    await bot.attendanceJobs.runDue();
    expect(await bot.store.summary.get(EVENT_ID)).toMatchObject({
      state: 'pending',
      attempts: 2,
      nextAt: new Date('2024-02-28T18:20:00Z'),
    });

    const [online] = [...graph.onlineMeetings.meetings.keys()];
    const a = regs.get('A')!;
    const b = regs.get('B')!;
    const c = regs.get('C')!;
    graph.onlineMeetings.reports.set(String(online), [
      aReport('r1', [
        graphRecord(1, 3600, a.email),
        { ...graphRecord(2, 3000, null), identity: { id: b.aadObjectId, displayName: 'B' } },
        graphRecord(3, 1200, c.email),
        graphRecord(9, 600, 'guest@elsewhere.example'),
      ]),
    ]);
    bot.clock.set('2024-02-28T20:00:00Z');
    await bot.attendanceJobs.runDue();
    // The report is stored; the job still looks for a transcript later (none is published here).
    expect(await bot.store.summary.get(EVENT_ID)).toMatchObject({
      state: 'stored',
      attempts: 3,
      nextAt: new Date('2024-02-28T20:40:00Z'),
    });
  });

  it("then the page's numbers equal those computed from the test's own data", async () => {
    const page = await openSummary('en');
    await screenshot(page, 'summary-en');
    const registered = PEOPLE;
    const spokeKeys = new Set(TURNS.filter((t) => t.status === 'done' && t.key).map((t) => t.key));
    const count = (people: Person[]) => [
      people.length,
      people.filter((p) => p.confirmed).length,
      people.filter((p) => p.attends).length,
      people.filter((p) => spokeKeys.has(p.key)).length,
    ];
    const totals = await page.$$eval('[data-total]', (dds) =>
      dds.map((d) => Number(d.textContent)),
    );
    expect(totals).toEqual(count(registered));

    const labels = new Map(seedDialogue().stakeholderCategories.map((c) => [c.id, c.label]));
    const categoryRows = (await tableRows(page, 'byCategory')).map((r) => r.slice(0, 5));
    expect(categoryRows).toEqual(
      [...labels].map(([id, label]) => [
        label,
        ...count(registered.filter((p) => p.category === id)).map(String),
      ]),
    );
    const regionRows = (await tableRows(page, 'byRegion')).map((r) => r.slice(0, 5));
    const regions = [...new Set(registered.map((p) => p.region))];
    for (const region of regions) {
      expect(regionRows).toContainEqual([
        region,
        ...count(registered.filter((p) => p.region === region)).map(String),
      ]);
    }
    const coalitionRows = await tableRows(page, 'byCoalition');
    const coalitionTurns = TURNS.filter((t) => t.coalition && t.status === 'done');
    expect(coalitionRows).toEqual([
      [
        COALITION.name,
        ...count(registered.filter((p) => p.coalition)).map(String),
        String(coalitionTurns.length),
        minutes(coalitionTurns.reduce((s, t) => s + t.seconds, 0)),
      ],
    ]);
    const questions = new Map(
      seedDialogue().guidingQuestions.map((q, i) => [q.id, `${i + 1}. ${q.text}`]),
    );
    const spoken = TURNS.filter((t) => t.status === 'done');
    expect(await tableRows(page, 'speakers')).toEqual(
      spoken.map((t, i) => [
        String(i + 1),
        t.key ? `Person ${t.key}` : 'Guest Speaker',
        t.key ? `Org ${t.key}` : (t.guest ?? ''),
        t.coalition ? `${COALITION.name}: ${COALITION.members.join(', ')}` : 'Own organization',
        t.question ? (questions.get(t.question) ?? '') : 'No guiding question',
        minutes(t.seconds),
      ]),
    );
    const byQuestion = await tableRows(page, 'byQuestion');
    for (const [id, text] of questions) {
      const lines = spoken.filter((t) => t.question === id);
      expect(byQuestion).toContainEqual([
        text,
        String(lines.length),
        minutes(lines.reduce((s, t) => s + t.seconds, 0)),
      ]);
    }
    expect(await tableRows(page, 'unregistered')).toEqual([
      ['Person 9', 'guest@elsewhere.example', '10:00'],
    ]);
    const overTime = await tableRows(page, 'registrations');
    expect(overTime[0]).toEqual(['2024-02-15', '2']);
    expect(overTime[overTime.length - 1]).toEqual([
      '2024-02-26',
      String(registered.filter((p) => p.created <= '2024-02-26').length),
    ]);
    expect(overTime).toHaveLength(12);
    // Every table is also a CSV file, with the same rows.
    const csv = await page.$eval('[data-testid="csv-byCategory"]', (a) =>
      decodeURIComponent((a as HTMLAnchorElement).href.split(',').slice(1).join(',')),
    );
    expect(csv).toContain(
      [labels.get('business'), '2', '1', '1', '1', '1', '2:30'].map((c) => `"${c}"`).join(','),
    );
    expect(await page.locator('svg[role="img"] title').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('canvas, script').count()).toBe(0);
    await page.close();
  });

  it("then the organizer page API gives the same numbers, regions named in the reader's language", async () => {
    const en = (await (await api()).json()) as any;
    expect(en.totals).toEqual({ registered: 6, confirmed: 5, attended: 3, spoke: 3 });
    expect(en.attendance.kind).toBe('stored');
    expect(en.notYetKnown).toEqual([]);
    expect(en.unregisteredAttendees).toEqual([
      { name: 'Person 9', email: 'guest@elsewhere.example', seconds: 600 },
    ]);
    expect(en.byRegion.find((r: any) => r.key === 'african')).toMatchObject({
      label: 'African Group',
      registered: 1,
      attended: 1,
      spoke: 1,
    });
    const ar = (await (await api('?lang=ar')).json()) as any;
    expect(ar.byRegion.find((r: any) => r.key === 'african').label).toBe('مجموعة الدول الأفريقية');
  });

  it.each(['en', 'ar'])(
    'when the summary is read in %s, then its charts pass axe with nothing serious or critical',
    async (lang) => {
      const page = await openSummary(lang);
      expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await screenshot(page, `summary-${lang}`);
      const violations = await axeScan(page, `summary-${lang}`);
      expect(describeViolations(blocking(violations))).toBe('');
      await page.close();
    },
  );

  it('when printed to PDF, then every page carries the event header and no control', async () => {
    const page = await openSummary('en', 900);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'summary-print-en');
    const file = path.join(ARTIFACTS, 'summary-en.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    const pages = await pdfPageTexts(file);
    expect(pages.length).toBeGreaterThan(1);
    const event = seedDialogue();
    for (const text of pages) {
      expect(text.replace(/\s+/g, ' ')).toContain('Wednesday, 28 February 2024');
      expect(text).toContain(event.title.slice(0, 40));
      expect(text).not.toContain('Download this table as CSV');
    }
    await page.close();
  });

  it('when a share link is used a second time, then it is refused', async () => {
    const url = await shareLink('en');
    expect((await fetch(url)).status).toBe(200);
    const again = await fetch(url);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('already used or has expired');
  });

  it('then the browser never reached past the loopback interface', () => {
    expect(browser.outside).toEqual([]);
  });
});

function minutes(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
