import { startBot, type BotHarness } from '../support/bot-harness';
import { MEETING_ID, meetingChat, type Participant } from '../support/meeting-activities';
import { openSse, type SseClient } from '../queue/sse-client';
import { EVENT, aDelegate, tabApi } from './meeting-helpers';

/**
 * Presence pushed to the chair's screens: participant join and leave events recorded by the
 * bot reach every open chair stream at once; attendees never receive anyone's presence.
 */
describe('Presence on the live stream', () => {
  let bot: BotHarness;
  const api = tabApi(() => bot);
  let amina: Participant & { registrationId: string };
  let lars: Participant & { registrationId: string };
  let chat: ReturnType<typeof meetingChat>;
  const streams: SseClient[] = [];
  const open = async (user: string) => {
    const stream = await openSse(`${bot.baseUrl}/api/events/${EVENT}/queue/stream`, {
      'X-Dev-User': user,
    });
    streams.push(stream);
    return stream;
  };
  const presenceFrames = (stream: SseClient) =>
    stream.messages
      .filter((m) => m.event === 'presence')
      .map((m) => JSON.parse(m.data).presence as Record<string, string>);
  const nextPresence = (stream: SseClient, expected: Record<string, string>) =>
    stream.next((m) => m.data === JSON.stringify({ presence: expected }), 5_000, 'presence');

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-28T14:05:00Z' });
    chat = meetingChat(bot.connector.serviceUrl);
    amina = await aDelegate(bot, 'delegate-a', 'Amina', { chat: false });
    lars = await aDelegate(bot, 'delegate-b', 'Lars', { chat: false });
    await api.command('delegate-a', { type: 'requestFloor' });
    expect((await api.link(MEETING_ID, 'chair')).status).toBe(200);
  });
  afterAll(async () => {
    streams.forEach((s) => s.close());
    await bot.close();
  });

  it('when a chair connects, then the stream starts with the presence known so far (none yet)', async () => {
    const chairStream = await open('chair');
    expect(chairStream.status).toBe(200);
    await nextPresence(chairStream, {});
    await chairStream.next(() => true);
  });

  it('when people join and leave, then every chair stream hears it and an attendee stream does not', async () => {
    const [first, second] = [await open('chair'), await open('presenter')];
    const attendee = await open('delegate-b');
    await Promise.all([nextPresence(first, {}), nextPresence(second, {})]);
    await attendee.next(() => true);

    await bot.post(chat.join([amina, lars], '2024-02-28T14:01:00Z'));
    const bothIn = { [amina.registrationId]: 'present', [lars.registrationId]: 'present' };
    await Promise.all([nextPresence(first, bothIn), nextPresence(second, bothIn)]);

    await bot.post(chat.leave([amina], '2024-02-28T14:03:00Z'));
    const aminaOut = { ...bothIn, [amina.registrationId]: 'absent' };
    await Promise.all([nextPresence(first, aminaOut), nextPresence(second, aminaOut)]);

    // A join older than the leave changes nothing, so it is not announced.
    const framesBefore = presenceFrames(first).length;
    await bot.post(chat.join([amina], '2024-02-28T14:02:30Z'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(presenceFrames(first)).toHaveLength(framesBefore);
    expect(presenceFrames(attendee)).toEqual([]);
  });

  it('when the chair reads the queue, then it carries registrant presence; an attendee’s does not', async () => {
    const chairView = await api.queue('chair');
    expect(chairView.body.registrantPresence).toEqual({
      [amina.registrationId]: 'absent',
      [lars.registrationId]: 'present',
    });
    const attendeeView = await api.queue('delegate-a');
    expect(attendeeView.body.registrantPresence).toBeUndefined();
  });
});
