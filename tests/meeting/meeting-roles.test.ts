import { startBot, type BotHarness } from '../support/bot-harness';
import { TENANT_BOT_ENV } from '../support/tenant-env';
import { MEETING_ID, meetingChat } from '../support/meeting-activities';
import {
  newSigningKey,
  signToken,
  startEntraStandIn,
  type EntraStandIn,
} from '../auth/entra-standin';
import { CLIENT_ID, PUBLIC_URL, TENANT, USER_OID, v2Claims } from '../auth/token-fixtures';
import { EVENT } from './meeting-helpers';

const QUEUE = `/api/events/${EVENT}/queue`;

/**
 * The meeting's Organizer and Presenters run the queue like the chair's team: the service asks
 * Teams for the signed-in person's role in the event's meeting (getMeetingParticipant through
 * the connector stand-in), with real Teams SSO tokens verified against a loopback key set.
 */
describe('Meeting roles from Teams', () => {
  let entra: EntraStandIn;
  let bot: BotHarness;
  const key = newSigningKey('roles-key');
  const token = signToken(v2Claims(), key);
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const response = await fetch(`${bot.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const addSpeaker = async () => {
    const { body } = await call('GET', QUEUE);
    return call('POST', `${QUEUE}/commands`, {
      type: 'add',
      baseVersion: body.queue.version,
      speaker: { name: 'Kenji Sato', organization: 'Open Standards Institute' },
    });
  };

  beforeAll(async () => {
    entra = await startEntraStandIn(TENANT);
    entra.published = [key];
  });
  beforeEach(async () => {
    bot = await startBot({
      now: '2026-01-01T00:00:00Z',
      unsignedActivities: true,
      env: {
        ...TENANT_BOT_ENV,
        AAD_APP_CLIENT_ID: CLIENT_ID,
        MicrosoftAppTenantId: TENANT,
        PUBLIC_URL,
        ENTRA_METADATA_URL: entra.metadataUrl,
      },
    });
  });
  afterEach(() => bot.close());
  afterAll(() => entra.close());

  /** The bot is in the meeting (its chat reference is kept) and the event is linked to it. */
  async function linkMeeting() {
    await bot.post(meetingChat(bot.connector.serviceUrl, { tenantId: TENANT }).install());
    await bot.store.meetings.link({
      eventId: EVENT,
      meetingId: MEETING_ID,
      linkedBy: 'chair',
      linkedAt: new Date('2026-01-01T00:00:00Z'),
    });
  }

  it('when Teams reports the person as a Presenter, then they may run the queue', async () => {
    await linkMeeting();
    bot.connector.meetingRoles.set(USER_OID, 'Presenter');
    expect((await call('GET', QUEUE)).body.role).toBe('chair');
    expect((await addSpeaker()).status).toBe(200);
    expect(bot.connector.participantLookups[0]).toBe(`${MEETING_ID}|${USER_OID}|${TENANT}`);
  });

  it.each([
    ['an Attendee', 'Attendee'],
    ['not a participant', undefined],
  ] as const)(
    'when Teams reports the person as %s, then chair actions are refused',
    async (_, role) => {
      await linkMeeting();
      if (role) bot.connector.meetingRoles.set(USER_OID, role);
      expect((await call('GET', QUEUE)).body.role).toBe('attendee');
      const refused = await addSpeaker();
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('queue.error.chairOnly');
    },
  );

  it('when the event has no linked meeting, then Teams is not asked and the person is an attendee', async () => {
    expect((await call('GET', QUEUE)).body.role).toBe('attendee');
    expect(bot.connector.participantLookups).toEqual([]);
  });

  it('when asked again within a minute, then the role comes from memory; after it, Teams is asked again', async () => {
    await linkMeeting();
    bot.connector.meetingRoles.set(USER_OID, 'Organizer');
    await call('GET', QUEUE);
    await call('GET', QUEUE);
    expect(bot.connector.participantLookups).toHaveLength(1);
    // Demoted in Teams: the change shows once the remembered role expires.
    bot.connector.meetingRoles.set(USER_OID, 'Attendee');
    bot.clock.set('2026-01-01T00:01:01Z');
    expect((await call('GET', QUEUE)).body.role).toBe('attendee');
    expect(bot.connector.participantLookups).toHaveLength(2);
  });
});
