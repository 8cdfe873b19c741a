import { startBot, type BotHarness } from '../support/bot-harness';
import { MEETING_ID, meetingChat } from '../support/meeting-activities';
import { TENANT_ID } from '../support/teams-activities';

const amina = {
  id: '29:1amina',
  aadObjectId: 'A1B2C3D4-0000-4000-8000-00000000000A',
  name: 'Amina',
};
const lars = { id: '29:1lars', aadObjectId: '0a1b2c3d-0000-4000-8000-00000000000b', name: 'Lars' };

/** Meeting events as Teams sends them to the real service, and what the bot records of them. */
describe('Meeting records', () => {
  let bot: BotHarness;
  let chat: ReturnType<typeof meetingChat>;
  const presence = () => bot.store.meetings.presence(MEETING_ID);

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-28T13:50:00Z' });
    chat = meetingChat(bot.connector.serviceUrl);
  });
  afterAll(() => bot.close());

  it('when the bot is added to the meeting chat, then the chat reference is stored', async () => {
    expect((await bot.post(chat.install())).status).toBe(200);
    expect(await bot.store.meetings.get(MEETING_ID)).toMatchObject({
      meetingId: MEETING_ID,
      tenantId: TENANT_ID,
      conversationId: chat.conversationId,
      serviceUrl: bot.connector.serviceUrl,
      reference: {
        conversation: { id: chat.conversationId, tenantId: TENANT_ID },
        serviceUrl: bot.connector.serviceUrl,
        channelId: 'msteams',
      },
    });
    expect(bot.takeSent()).toEqual([]);
  });

  it('when the meeting starts and ends, then both times are stored as Teams gave them', async () => {
    expect((await bot.post(chat.start('2024-02-28T14:00:03.4388966Z'))).status).toBe(200);
    expect(await bot.store.meetings.get(MEETING_ID)).toMatchObject({
      startedAt: new Date('2024-02-28T14:00:03.438Z'),
    });
    expect((await bot.post(chat.end('2024-02-28T16:02:00Z'))).status).toBe(200);
    expect(await bot.store.meetings.get(MEETING_ID)).toMatchObject({
      startedAt: new Date('2024-02-28T14:00:03.438Z'),
      endedAt: new Date('2024-02-28T16:02:00Z'),
    });
  });

  it('when a start event comes from a meeting the bot never saw, then its chat is stored with it', async () => {
    const other = meetingChat(bot.connector.serviceUrl, { meetingId: 'MCMxOTpvdGhlcg==' });
    await bot.post(other.start('2024-02-28T09:00:00Z'));
    expect(await bot.store.meetings.get('MCMxOTpvdGhlcg==')).toMatchObject({
      conversationId: other.conversationId,
      startedAt: new Date('2024-02-28T09:00:00Z'),
    });
  });

  it('when participants join and leave, then each one’s last event is stored by Entra object id', async () => {
    await bot.post(chat.join([amina, lars], '2024-02-28T14:01:00Z'));
    await bot.post(chat.leave([lars], '2024-02-28T14:30:00Z'));
    expect(await presence()).toEqual(
      expect.arrayContaining([
        {
          aadObjectId: amina.aadObjectId.toLowerCase(),
          state: 'present',
          lastEventAt: new Date('2024-02-28T14:01:00Z'),
        },
        {
          aadObjectId: lars.aadObjectId,
          state: 'absent',
          lastEventAt: new Date('2024-02-28T14:30:00Z'),
        },
      ]),
    );
    expect(await presence()).toHaveLength(2);
  });

  it('when a join arrives after a later leave, then the person stays absent', async () => {
    await bot.post(chat.join([lars], '2024-02-28T14:20:00Z'));
    expect((await presence()).find((p) => p.aadObjectId === lars.aadObjectId)?.state).toBe(
      'absent',
    );
  });

  it('when meeting events are unknown or malformed, then nothing changes and the bot does not fail', async () => {
    const before = {
      meeting: await bot.store.meetings.get(MEETING_ID),
      presence: await presence(),
    };
    const fresh = meetingChat(bot.connector.serviceUrl, { meetingId: 'MCMxOTpmcmVzaA==' });
    const noMeeting = (activity: Record<string, any>) => ({
      ...activity,
      channelData: { tenant: { id: TENANT_ID } },
    });
    const bad: Array<Record<string, any>> = [
      chat.event('application/vnd.microsoft.meetingStart', {
        Id: MEETING_ID,
        StartTime: '2024-02-28T18:00:00Z',
      }),
      chat.event('application/vnd.microsoft.meetingEnd', null),
      chat.event('application/vnd.microsoft.meetingStart', {
        ...chat.start('x').value,
        StartTime: 'not a time',
      }),
      chat.event('application/vnd.microsoft.meetingParticipantJoin', { members: 'everyone' }),
      chat.event('application/vnd.microsoft.meetingParticipantLeave', {
        members: [{ user: { id: '29:x' } }, null, 7],
      }),
      chat.event('application/vnd.microsoft.meetingParticipantLeave', undefined),
      chat.event('application/vnd.microsoft.meetingSomethingNew', { members: [{ user: amina }] }),
      noMeeting(chat.leave([amina], '2024-02-28T15:00:00Z')),
      noMeeting(chat.end('2024-02-28T18:00:00Z')),
      fresh.event('application/vnd.microsoft.meetingStart', { Id: 'MCMxOTpmcmVzaA==' }),
      fresh.join([], '2024-02-28T15:00:00Z'),
    ];
    for (const activity of bad) {
      const answer = await bot.post(activity);
      expect({ name: activity.name, status: answer.status }).toEqual({
        name: activity.name,
        status: 200,
      });
    }
    expect({
      meeting: await bot.store.meetings.get(MEETING_ID),
      presence: await presence(),
    }).toEqual(before);
    expect(await bot.store.meetings.get('MCMxOTpmcmVzaA==')).toBeUndefined();
    expect(bot.takeSent()).toEqual([]);
  });
});
