import { startBot, type BotHarness } from '../support/bot-harness';
import { MEETING_ID, meetingChat, type Participant } from '../support/meeting-activities';
import { EVENT, aDelegate, tabApi, until } from './meeting-helpers';

/** Development sign-in (the tab calls here) serves loopback only, so a loopback public URL. */
const PUBLIC_URL = 'http://127.0.0.1:4780';

/** The exact body Teams expects at POST v1/meetings/{id}/notification. */
function targetedNotice(userId: string, kind: 'nowSpeaking' | 'upNext', title: string) {
  return {
    type: 'targetedMeetingNotification',
    value: {
      recipients: [userId],
      surfaces: [
        {
          surface: 'meetingStage',
          contentType: 'task',
          content: {
            value: {
              height: 300,
              width: 400,
              title,
              url: `${PUBLIC_URL}/tab/index.html?view=notice&kind=${kind}&eventId=${EVENT}`,
            },
          },
        },
      ],
    },
  };
}
const NOW_SPEAKING = 'You have the floor';
const UP_NEXT = 'You are next on the list of speakers';

/**
 * Targeted in-meeting notifications after queue commands, through the loopback connector:
 * only to the person concerned, never holding up or failing the command.
 */
describe('Meeting notifications', () => {
  let bot: BotHarness;
  const api = tabApi(() => bot);
  let amina: Participant;
  let lars: Participant;
  const notices = () => bot.connector.meetingNotifications;
  const waitFor = (count: number) => until(() => notices().length >= count, `${count} notices`);

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-28T14:05:00Z', env: { PUBLIC_URL } });
    amina = await aDelegate(bot, 'delegate-a', 'Amina');
    lars = await aDelegate(bot, 'delegate-b', 'Lars');
    bot.takeSent();
  });
  afterAll(() => bot.close());

  it('when the event has no linked meeting, then a call sends nothing', async () => {
    expect((await api.command('delegate-a', { type: 'requestFloor' })).status).toBe(200);
    expect((await api.command('delegate-b', { type: 'requestFloor' })).status).toBe(200);
    expect((await api.command('chair', { type: 'callNext' })).status).toBe(200);
    // Link now and call again: only this call's notices may appear.
    await bot.post(meetingChat(bot.connector.serviceUrl).install());
    expect((await api.link(MEETING_ID)).status).toBe(200);
    expect((await api.command('delegate-a', { type: 'requestFloor' })).status).toBe(200);
    expect((await api.command('chair', { type: 'callNext' })).status).toBe(200);
    await waitFor(2);
    expect(notices().map((n) => n.body)).toEqual([
      targetedNotice(lars.id, 'nowSpeaking', NOW_SPEAKING),
      targetedNotice(amina.id, 'upNext', UP_NEXT),
    ]);
    expect(notices().map((n) => n.meetingId)).toEqual([MEETING_ID, MEETING_ID]);
    expect(bot.takeSent()).toEqual([]);
  });

  it('when the chair calls the next speaker, then they are told they have the floor and the one after is told they are next', async () => {
    notices().length = 0;
    await api.command('chair', {
      type: 'add',
      speaker: { name: 'Ms. Zoë Ndiaye', organization: 'Walk-in Org' },
    });
    await api.command('delegate-b', { type: 'requestFloor' });
    const called = await api.command('chair', { type: 'callNext' });
    expect(called.status).toBe(200);
    await waitFor(1);
    expect(notices().map((n) => n.body)).toEqual([
      targetedNotice(amina.id, 'nowSpeaking', NOW_SPEAKING),
    ]);
    // Ms. Ndiaye, added by name, is next: she has no Teams id, so no one is told. Lars is
    // told once she has the floor, and that is the only notice of that call.
    await api.command('chair', { type: 'callNext' });
    await waitFor(2);
    expect(notices().map((n) => n.body)).toEqual([
      targetedNotice(amina.id, 'nowSpeaking', NOW_SPEAKING),
      targetedNotice(lars.id, 'upNext', UP_NEXT),
    ]);
  });

  it('when the meeting chat was never seen, then a linked event sends nothing and commands succeed', async () => {
    notices().length = 0;
    expect((await api.link('MCMxOTpuZXZlci1zZWVu')).status).toBe(200);
    // Lars has the floor and Amina is next, but the bot is not in that meeting's chat.
    expect((await api.command('delegate-a', { type: 'requestFloor' })).status).toBe(200);
    expect((await api.command('chair', { type: 'callNext' })).status).toBe(200);
    expect((await api.link(MEETING_ID)).status).toBe(200);
    expect((await api.command('delegate-b', { type: 'requestFloor' })).status).toBe(200);
    expect((await api.command('chair', { type: 'callNext' })).status).toBe(200);
    await waitFor(2);
    expect(notices().map((n) => n.body)).toEqual([
      targetedNotice(amina.id, 'nowSpeaking', NOW_SPEAKING),
      targetedNotice(lars.id, 'upNext', UP_NEXT),
    ]);
  });
  it('when the connector fails, then the command still succeeds and the queue moves on', async () => {
    notices().length = 0;
    // Last in this file: the connector client retries a 500 a few times, after the test.
    bot.connector.meetingNotificationStatus = 500;
    const before = (await api.queue()).body.queue.version as number;
    const called = await api.command('chair', { type: 'callNext' });
    expect(called.status).toBe(200);
    expect(called.body.queue.version).toBe(before + 1);
    await waitFor(1);
    expect(notices()[0]?.body).toEqual(targetedNotice(lars.id, 'nowSpeaking', NOW_SPEAKING));
    expect((await api.queue()).body.queue.version).toBe(before + 1);
  });
});
