import { randomUUID } from 'node:crypto';
import { startBot, type BotHarness } from '../support/bot-harness';
import { TENANT_BOT_ENV } from '../support/tenant-env';
import { checkAgainstSubset, startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { teamsUser } from '../support/teams-activities';
import { webChat } from '../support/web-activities';
import { actionData, cardOf } from '../support/card-inspect';
import { CLIENT, ORGANIZER, TENANT } from '../graph/graph-fixtures';
import { validInputs } from '../conversation/journey-helpers';
import { EVENT_ID, TEST_OUTBOX, chairSays, waitFor } from './outbox-helpers';

const MAILBOX = 'registration@contoso.example';
const SEND_MAIL = 'POST /users/{user-id}/sendMail';
const chair = teamsUser('Katherine Prizeman');

/**
 * People registered on the web get by mail what Teams people get in chat: Graph's sendMail
 * from the one mailbox, each body checked by the Graph stand-in against the sendMail schema.
 */
describe('Delivery by mail to people registered on the web', () => {
  let graph: GraphStandIn;
  let bot: BotHarness;

  beforeAll(async () => {
    graph = await startGraphStandIn({ outsideSubset: true, users: [ORGANIZER, MAILBOX] });
    bot = await startBot({
      now: '2024-02-20T15:00:00Z',
      unsignedActivities: true,
      env: {
        ...TENANT_BOT_ENV,
        CHAIR_TEAM: chair.aadObjectId,
        GRAPH_TENANT_ID: TENANT,
        GRAPH_CLIENT_ID: CLIENT,
        GRAPH_CLIENT_SECRET: 'stand-in-secret',
        GRAPH_ORGANIZER: ORGANIZER,
        GRAPH_BASE_URL: graph.graphBaseUrl,
        GRAPH_AUTHORITY_HOST: graph.origin,
        MAIL_SENDER: MAILBOX,
      },
      // A lease long enough for a backlog's mails to wait their turn in the worker (2 s each).
      outbox: {
        ...TEST_OUTBOX,
        leaseMs: 120_000,
        graphClient: { fetch: graph.fetch, retry: { delaySeconds: 0 } },
      },
    });
  });
  afterAll(async () => {
    await bot.close();
    await graph.close();
  });

  const recipientOf = (mail: (typeof graph.mails)[number]): string =>
    mail.body.message.toRecipients[0].emailAddress.address;
  const mailsTo = (address: string) => graph.mails.filter((m) => recipientOf(m) === address);

  it('when a web registrant (in Arabic) is confirmed, then the status and the login details with the .ics go by sendMail, right to left', async () => {
    const address = 'layla.haddad@example.org';
    const chat = webChat(bot.connector.serviceUrl, 'ar-EG');
    await bot.post(chat.message(address));
    const [codeMail] = mailsTo(address);
    expect(codeMail?.mailbox).toBe(MAILBOX);
    const code = /\d{6}/.exec(codeMail?.body.message.subject ?? '')?.[0] ?? '';
    await bot.post(chat.message(code));
    const { body } = await bot.post(chat.invoke('registration.open', { eventId: EVENT_ID }));
    const data = { ...actionData(cardOf(body), 'registration.submit'), ...validInputs() };
    await bot.post(chat.invoke('registration.submit', data));
    const [registration] = (await bot.store.registrations.listForEvent(EVENT_ID)).filter(
      (r) => r.email === address,
    );
    expect(registration?.tenantId).toBe('email');
    // Right after submitting: "we received your registration", in Arabic, before any decision.
    await waitFor('the received mail', () => mailsTo(address).length >= 2, 30_000);
    const received = mailsTo(address)[1]?.body.message;
    expect(received?.subject).toContain('تلقّينا تسجيلك');
    expect(received?.subject).toContain(registration?.referenceCode);
    expect(received?.body.content).toContain('dir="rtl"');
    expect(received?.body.content).toContain('شكرًا لتسجيلك');
    // Submitting the same card again mails nobody twice.
    await bot.post(chat.invoke('registration.submit', data));

    expect(await chairSays(bot, chair, `confirm ${registration?.referenceCode}`)).toContain(
      '1 confirmed',
    );
    await waitFor('the status and login mails', () => mailsTo(address).length >= 4, 30_000);
    const [, , status, login, ...more] = mailsTo(address).map((m) => m.body);
    expect(more).toEqual([]);
    expect(status?.message.body.contentType).toBe('html');
    expect(status?.message.body.content).toContain('dir="rtl"');
    expect(status?.message.body.content).toContain(registration?.referenceCode);
    expect(status?.message.attachments).toBeUndefined();
    const [ics] = login?.message.attachments ?? [];
    expect(ics).toMatchObject({
      '@odata.type': '#microsoft.graph.fileAttachment',
      name: `${EVENT_ID}.ics`,
      contentType: 'text/calendar',
    });
    expect(Buffer.from(ics.contentBytes, 'base64').toString('utf8')).toContain('BEGIN:VCALENDAR');
    expect(login?.message.body.content).toContain('https://teams.microsoft.com/l/meetup-join/');
    // Every sendMail the stand-in saw fitted the schema (it answers 400 otherwise).
    const sends = graph.requests.filter((r) => r.operation === SEND_MAIL);
    expect(sends.map((r) => r.status)).toEqual(sends.map(() => 202));
    // The chair's delivery report counts mail beside Teams.
    await waitFor('the three rows marked sent', async () =>
      (await chairSays(bot, chair, 'delivery')).includes('By email: 3 sent'),
    );
    // Nothing of it went to a Teams chat.
    expect(bot.connector.sent.filter((s) => s.conversationId === chat.conversationId)).toEqual(
      expect.not.arrayContaining([
        expect.objectContaining({
          activity: expect.objectContaining({ text: expect.stringContaining('REG-') }),
        }),
      ]),
    );
  });

  it('when a code is asked for while a backlog of mails waits, then the code mail goes ahead of the backlog', async () => {
    const [layla] = (await bot.store.registrations.listForEvent(EVENT_ID)).filter(
      (r) => r.email === 'layla.haddad@example.org',
    );
    // Eight web registrants, each with a mail waiting: eight mails the mailbox sends 2 s apart.
    const backlog = Array.from({ length: 8 }, (_, i) => `backlog${i}@example.org`);
    for (const [i, email] of backlog.entries()) {
      const registration = {
        ...layla!,
        id: randomUUID(),
        aadObjectId: randomUUID().replace(/-/g, ''),
        email,
        referenceCode: `REG-BKL${i}-0000`,
        formId: randomUUID(),
      };
      await bot.store.registrations.create(registration);
      await bot.store.outbox.enqueue(
        [
          {
            dedupeKey: `backlog:${registration.id}`,
            kind: 'received',
            eventId: EVENT_ID,
            registrationId: registration.id,
            recipient: { tenantId: registration.tenantId, aadObjectId: registration.aadObjectId },
            notBefore: bot.clock.now(),
            payload: {},
          },
        ],
        bot.clock.now(),
      );
    }
    const backlogSent = () => graph.mails.filter((m) => backlog.includes(recipientOf(m))).length;
    await waitFor('the backlog to start', () => backlogSent() >= 1, 30_000);
    const chat = webChat(bot.connector.serviceUrl);
    await bot.post(chat.message('omar.farouk@example.org'));
    expect(mailsTo('omar.farouk@example.org')).toHaveLength(1);
    // The code went while most of the backlog still waited its turn.
    expect(backlogSent()).toBeLessThanOrEqual(4);
    await waitFor('the backlog to be sent', () => backlogSent() === 8, 60_000);
  }, 90_000);

  it('refuses a sendMail body without the attachment bytes or with an unknown property', () => {
    const message = {
      subject: 's',
      body: { contentType: 'html', content: '<p>x</p>' },
      toRecipients: [{ emailAddress: { address: 'a@example.org' } }],
    };
    expect(checkAgainstSubset('x.sendMailRequest', { message })).toEqual([]);
    const noBytes = {
      message: {
        ...message,
        attachments: [{ '@odata.type': '#microsoft.graph.fileAttachment', name: 'a.ics' }],
      },
    };
    expect(checkAgainstSubset('x.sendMailRequest', noBytes).join()).toMatch(/contentBytes/);
    expect(
      checkAgainstSubset('x.sendMailRequest', { message: { ...message, bodyHtml: 'x' } }).join(),
    ).toMatch(/bodyHtml is not a property/);
  });
});
