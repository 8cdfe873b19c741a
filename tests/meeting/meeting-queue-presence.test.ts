import { startBot, type BotHarness } from '../support/bot-harness';
import { MEETING_ID, meetingChat, type Participant } from '../support/meeting-activities';
import { EVENT, aDelegate, tabApi } from './meeting-helpers';

/**
 * Linking an event to its Teams meeting from the tab, and the presence of the queue's
 * speakers in that meeting, on the real service with the development sign-in.
 */
describe('Meeting link and presence in the queue view', () => {
  let bot: BotHarness;
  const api = tabApi(() => bot);
  let amina: Participant & { registrationId: string };
  let lars: Participant & { registrationId: string };
  let chat: ReturnType<typeof meetingChat>;
  /** Presence by speaker name, for readable expectations. */
  const presenceByName = async () => {
    const { body } = await api.queue('delegate-a');
    const names = new Map<string, string>(
      body.queue.entries.map((e: any) => [e.id, e.speaker.name]),
    );
    return Object.fromEntries(
      Object.entries(body.presence as Record<string, string>).map(([id, p]) => [names.get(id), p]),
    );
  };

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-28T14:05:00Z' });
    chat = meetingChat(bot.connector.serviceUrl);
    amina = await aDelegate(bot, 'delegate-a', 'Amina', { chat: false });
    lars = await aDelegate(bot, 'delegate-b', 'Lars', { chat: false });
    await api.command('delegate-a', { type: 'requestFloor' });
    await api.command('delegate-b', { type: 'requestFloor' });
    await api.command('chair', {
      type: 'add',
      speaker: { name: 'Ms. Zoë Ndiaye', organization: 'Walk-in Org' },
    });
  });
  afterAll(() => bot.close());

  it('when nobody is signed in, then linking answers 401', async () => {
    const response = await fetch(`${bot.baseUrl}/api/events/${EVENT}/meeting`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ meetingId: MEETING_ID }),
    });
    expect(response.status).toBe(401);
  });

  it('when a delegate, an unknown event or a bad meeting id is given, then nothing is linked', async () => {
    const refused = [
      [await api.link(MEETING_ID, 'delegate-a'), 403, 'queue.error.chairOnly'],
      [await api.link(MEETING_ID, 'chair', 'no-such-event'), 404, 'queue.error.unknownMeeting'],
      [await api.link(undefined), 400, 'meetingBot.link.invalidMeetingId'],
      [await api.link(''), 400, 'meetingBot.link.invalidMeetingId'],
      [await api.link('has spaces and <html>'), 400, 'meetingBot.link.invalidMeetingId'],
      [await api.link('M'.repeat(401)), 400, 'meetingBot.link.invalidMeetingId'],
    ] as const;
    for (const [answer, status, code] of refused) {
      expect({ status: answer.status, code: answer.body.code }).toEqual({ status, code });
      expect(typeof answer.body.error).toBe('string');
    }
    expect(await bot.store.meetings.linkOf(EVENT)).toBeUndefined();
  });

  it('when no meeting is linked, then every registrant speaker is unknown and walk-ins are left out', async () => {
    await bot.post(chat.join([amina], '2024-02-28T14:01:00Z'));
    expect(await presenceByName()).toEqual({
      'Amina Delegate': 'unknown',
      'Lars Delegate': 'unknown',
    });
  });

  it('when a chair links the meeting, then it is stored and the view shows who joined', async () => {
    const linked = await api.link(MEETING_ID, 'presenter');
    expect(linked).toEqual({
      status: 200,
      body: { eventId: EVENT, meetingId: MEETING_ID, linkedAt: '2024-02-28T14:05:00.000Z' },
    });
    expect(await bot.store.meetings.linkOf(EVENT)).toMatchObject({ meetingId: MEETING_ID });
    // No event was ever seen for Lars: unknown, never absent.
    expect(await presenceByName()).toEqual({
      'Amina Delegate': 'present',
      'Lars Delegate': 'unknown',
    });
  });

  it('when people leave and join, then the view follows their last event, not the order of arrival', async () => {
    await bot.post(chat.join([lars], '2024-02-28T14:02:00Z'));
    await bot.post(chat.leave([amina], '2024-02-28T14:03:00Z'));
    // A join delivered late, older than the leave, changes nothing.
    await bot.post(chat.join([amina], '2024-02-28T14:02:30Z'));
    expect(await presenceByName()).toEqual({
      'Amina Delegate': 'absent',
      'Lars Delegate': 'present',
    });
  });

  it('when a speaker is called, then the speaker keeps a presence and finished turns drop out', async () => {
    await api.command('chair', { type: 'callNext' });
    expect(await presenceByName()).toEqual({
      'Amina Delegate': 'absent',
      'Lars Delegate': 'present',
    });
    await api.command('chair', { type: 'callNext' });
    expect(await presenceByName()).toEqual({ 'Lars Delegate': 'present' });
  });
});
