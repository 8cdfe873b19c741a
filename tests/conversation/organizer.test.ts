import ExcelJS from 'exceljs';
import { startBot, type BotHarness } from '../support/bot-harness';
import { TENANT_BOT_ENV } from '../support/tenant-env';
import { actionData, cardOf, cardText } from '../support/card-inspect';
import { personalChat, teamsUser } from '../support/teams-activities';
import { EVENT_ID, register } from './journey-helpers';

const OTHER_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';
/** The activity as Teams would send it for a user of `tenantId`. */
const inTenant = (tenantId: string, activity: Record<string, any>) => ({
  ...activity,
  conversation: { ...activity.conversation, tenantId },
  channelData: { tenant: { id: tenantId } },
});

describe("The chair's team in chat", () => {
  let bot: BotHarness;
  const chair = teamsUser('Katherine Prizeman');
  const byEmail = teamsUser('Chair Office');
  const stakeholder = teamsUser('Amina Diallo');

  beforeAll(async () => {
    bot = await startBot({
      now: '2024-02-20T15:00:00Z',
      unsignedActivities: true,
      env: { ...TENANT_BOT_ENV, CHAIR_TEAM: `${chair.aadObjectId},chair.office@un.org` },
    });
    bot.connector.members.set(byEmail.id, {
      id: byEmail.id,
      name: byEmail.name,
      email: 'Chair.Office@un.org',
    });
    await register(bot, stakeholder, { category: 'ngo', email: 'shared@example.org' });
    await register(bot, teamsUser('Jon Smith'), {
      category: 'academia',
      givenName: 'Jon',
      email: 'shared@example.org',
    });
    await register(bot, teamsUser('Eva Ruiz'), {
      category: 'business',
      givenName: '=cmd|calc',
      familyName: 'Ruiz\u202Egpj.exe',
      organization: '<b>Org</b>\u200B [x](https://evil.example)',
      email: 'eva@example.org',
    });
  });
  afterAll(() => bot.close());

  it('when a chair types "registrations", then they see counts per category and shared emails', async () => {
    await bot.post(personalChat(chair, bot.connector.serviceUrl).message('registrations'));
    const text = cardText(cardOf(bot.takeSent()[0]));
    expect(text).toMatch(/Non-governmental organization\D*1/);
    expect(text).toMatch(/Academia\D*1/);
    expect(text).toMatch(/Business\D*1/);
    expect(text).toContain('shared@example.org');
  });

  it('when a chair named by email asks for the export, then a single-use CSV link works once', async () => {
    await bot.post(personalChat(byEmail, bot.connector.serviceUrl).message('export'));
    const card = cardOf(bot.takeSent()[0]);
    const url =
      JSON.stringify(card).match(/http:\/\/localhost:3978\/api\/exports\/[A-Za-z0-9_-]+/)?.[0] ??
      '';
    const path = new URL(url).pathname;
    const first = await fetch(`${bot.baseUrl}${path}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toContain('text/csv');
    const csv = await first.text();
    expect(csv.trimEnd().split('\r\n')).toHaveLength(4);
    expect(csv).toContain(`"'=cmd|calc"`);
    expect(csv).toContain('"Ruiz<U+202E>gpj.exe"');
    expect(csv).toContain('"<b>Org</b><U+200B> [x](https://evil.example)"');
    expect(csv).not.toMatch(/[\u202E\u200B]/);
    expect((await fetch(`${bot.baseUrl}${path}`)).status).toBe(404);
  });

  it('when a chair asks for the export in chat, then the card offers an .xlsx link as well, single-use like the CSV', async () => {
    await bot.post(personalChat(chair, bot.connector.serviceUrl).message('export'));
    const card = cardOf(bot.takeSent()[0]);
    const actions = (card.actions ?? []) as Array<{ title: string; url: string }>;
    expect(actions.map((a) => a.title)).toEqual(['Download CSV', 'Download Excel (.xlsx)']);
    expect(cardText(card)).toContain('as a CSV file and as an Excel workbook (.xlsx)');
    const path = new URL(actions[1]!.url).pathname;
    const first = await fetch(`${bot.baseUrl}${path}`);
    expect(first.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await first.arrayBuffer()) as ExcelJS.Buffer);
    expect(book.worksheets[0]!.rowCount).toBe(4);
    expect((await fetch(`${bot.baseUrl}${path}`)).status).toBe(404);
  });

  it('when a chair uses the export button on the summary card, then a link card replaces it', async () => {
    const chat = personalChat(chair, bot.connector.serviceUrl);
    await bot.post(chat.message('registrations'));
    const data = actionData(cardOf(bot.takeSent()[0]), 'organizer.export');
    expect(data).toEqual({ eventId: EVENT_ID });
    const { body } = await bot.post(chat.invoke('organizer.export', data ?? {}));
    expect(JSON.stringify(cardOf(body))).toMatch(/\/api\/exports\//);
  });

  it("when another tenant's user whose roster email is a chair's asks, then no link is made", async () => {
    const impostor = teamsUser('Chair Office (elsewhere)');
    bot.connector.members.set(impostor.id, {
      id: impostor.id,
      name: impostor.name,
      email: 'chair.office@un.org',
    });
    const chat = personalChat(impostor, bot.connector.serviceUrl);
    await bot.post(inTenant(OTHER_TENANT, chat.message('export')));
    expect(String(bot.takeSent()[0]?.text)).toContain("for the Chair's team only");
    const { body } = await bot.post(
      inTenant(OTHER_TENANT, chat.invoke('organizer.export', { eventId: EVENT_ID })),
    );
    expect(JSON.stringify(body)).not.toMatch(/api\/exports/);
  });

  it("when the chair's object id comes from another tenant, then no link is made", async () => {
    const chat = personalChat(chair, bot.connector.serviceUrl);
    await bot.post(inTenant(OTHER_TENANT, chat.message('export')));
    expect(String(bot.takeSent()[0]?.text)).toContain("for the Chair's team only");
  });

  it('when someone outside the chair team asks, then they are refused and no link is made', async () => {
    const chat = personalChat(stakeholder, bot.connector.serviceUrl);
    await bot.post(chat.message('registrations'));
    await bot.post(chat.message('export'));
    const [list, exported] = bot.takeSent();
    expect(String(list?.text)).toContain("for the Chair's team only");
    expect(String(exported?.text)).toContain("for the Chair's team only");
    const { body } = await bot.post(chat.invoke('organizer.export', { eventId: EVENT_ID }));
    expect(cardText(cardOf(body))).toContain("for the Chair's team only");
    expect(JSON.stringify(body)).not.toMatch(/api\/exports/);
  });
});
