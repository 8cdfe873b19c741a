import { randomUUID } from 'node:crypto';
import type { MeetingChat, Store } from '../../../bot/stores';
import { anEvent } from '../store-fixtures';

const T = (iso: string) => new Date(`2024-02-28T${iso}Z`);

/** Teams meetings: chat references, start and end times, links to events, and presence. */
export function meetingContract(store: () => Store): void {
  const aChat = (overrides: Partial<MeetingChat> = {}): MeetingChat => {
    const meetingId = `MCMxOTptZWV0aW5n${randomUUID()}`;
    return {
      meetingId,
      tenantId: `tenant-${randomUUID()}`,
      conversationId: `19:meeting_${randomUUID()}@thread.v2`,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      reference: {
        bot: { id: '28:bot', name: 'Stakeholder bot' },
        conversation: {
          id: '19:meeting_x@thread.v2',
          conversationType: 'groupChat',
          isGroup: true,
        },
        nested: { list: [1, 'texte «x»', null] },
      },
      updatedAt: T('13:55:00.250'),
      ...overrides,
    };
  };
  const anEventId = async () => {
    const event = anEvent();
    await store().events.upsert(event);
    return event.id;
  };

  it('when a meeting chat is saved, then get returns it, without times', async () => {
    const chat = aChat();
    await store().meetings.saveChat(chat);
    expect(await store().meetings.get(chat.meetingId)).toStrictEqual(chat);
    expect(await store().meetings.get('no-such-meeting')).toBeUndefined();
  });

  it('when start and end are recorded, then the latest of each is kept, also when the chat is saved again', async () => {
    const chat = aChat();
    await store().meetings.saveChat(chat);
    expect(await store().meetings.recordTime(chat.meetingId, 'start', T('14:00:00'))).toBe(true);
    await store().meetings.recordTime(chat.meetingId, 'start', T('13:00:00'));
    await store().meetings.recordTime(chat.meetingId, 'end', T('16:00:00.500'));
    const again = {
      ...chat,
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      updatedAt: T('15:00:00'),
    };
    await store().meetings.saveChat(again);
    expect(await store().meetings.get(chat.meetingId)).toStrictEqual({
      ...again,
      startedAt: T('14:00:00'),
      endedAt: T('16:00:00.500'),
    });
  });

  it('when a time is recorded for an unknown meeting, then nothing is stored', async () => {
    expect(await store().meetings.recordTime('unknown-meeting', 'end', T('16:00:00'))).toBe(false);
    expect(await store().meetings.get('unknown-meeting')).toBeUndefined();
  });

  it('when an event is linked to a meeting, then linkOf returns the link; a new link replaces it', async () => {
    const eventId = await anEventId();
    const first = { eventId, meetingId: 'meeting-a', linkedBy: 'chair-1', linkedAt: T('13:00:00') };
    await store().meetings.link(first);
    expect(await store().meetings.linkOf(eventId)).toStrictEqual(first);
    const second = { ...first, meetingId: `meeting-${randomUUID()}`, linkedAt: T('13:30:00') };
    await store().meetings.link(second);
    expect(await store().meetings.linkOf(eventId)).toStrictEqual(second);
    expect(await store().meetings.linkOf('event-without-link')).toBeUndefined();
  });

  it('when a meeting is linked to another event, then the former event loses its link', async () => {
    const [one, other] = [await anEventId(), await anEventId()];
    const meetingId = `meeting-${randomUUID()}`;
    await store().meetings.link({
      eventId: one,
      meetingId,
      linkedBy: 'c',
      linkedAt: T('13:00:00'),
    });
    await store().meetings.link({
      eventId: other,
      meetingId,
      linkedBy: 'c',
      linkedAt: T('13:01:00'),
    });
    expect(await store().meetings.linkOf(one)).toBeUndefined();
    expect((await store().meetings.linkOf(other))?.meetingId).toBe(meetingId);
  });

  it('when an event that does not exist is linked, then the store refuses it', async () => {
    await expect(
      store().meetings.link({
        eventId: 'no-such-event',
        meetingId: `meeting-${randomUUID()}`,
        linkedBy: 'c',
        linkedAt: T('13:00:00'),
      }),
    ).rejects.toThrow();
  });

  it('when join and leave events are recorded, then the newest per person is kept', async () => {
    const meetingId = `meeting-${randomUUID()}`;
    const [a, b] = ['aad-a', 'aad-b'];
    const record = (aadObjectId: string, state: 'present' | 'absent', at: string) =>
      store().meetings.recordPresence(meetingId, { aadObjectId, state, lastEventAt: T(at) });
    expect(await record(a, 'present', '14:00:00')).toBe('recorded');
    expect(await record(a, 'absent', '14:10:00.123')).toBe('recorded');
    expect(await record(a, 'present', '14:05:00')).toBe('older');
    expect(await record(b, 'present', '14:01:00')).toBe('recorded');
    expect(await store().meetings.presence(meetingId)).toStrictEqual([
      { aadObjectId: a, state: 'absent', lastEventAt: T('14:10:00.123') },
      { aadObjectId: b, state: 'present', lastEventAt: T('14:01:00') },
    ]);
    expect(await store().meetings.presence(`meeting-${randomUUID()}`)).toStrictEqual([]);
  });

  it('when two events for one person carry the same time, then the later-recorded one wins', async () => {
    const meetingId = `meeting-${randomUUID()}`;
    const at = T('14:00:00');
    await store().meetings.recordPresence(meetingId, {
      aadObjectId: 'x',
      state: 'absent',
      lastEventAt: at,
    });
    await store().meetings.recordPresence(meetingId, {
      aadObjectId: 'x',
      state: 'present',
      lastEventAt: at,
    });
    expect((await store().meetings.presence(meetingId))[0]?.state).toBe('present');
  });

  it('when presence is recorded in a linked meeting, then listeners hear the event; an older event says nothing', async () => {
    const eventId = await anEventId();
    const meetingId = `meeting-${randomUUID()}`;
    await store().meetings.link({ eventId, meetingId, linkedBy: 'c', linkedAt: T('13:00:00') });
    const unlinked = `meeting-${randomUUID()}`;
    const heard: Array<string | undefined> = [];
    const stop = await store().meetings.onPresenceChange((id) => heard.push(id));
    try {
      const record = (meeting: string, at: string) =>
        store().meetings.recordPresence(meeting, {
          aadObjectId: 'aad-a',
          state: 'present',
          lastEventAt: T(at),
        });
      await record(meetingId, '14:00:00');
      await record(meetingId, '13:59:00');
      await record(unlinked, '14:00:00');
      const deadline = Date.now() + 5_000;
      while (!heard.includes(eventId) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => setTimeout(r, 100));
      expect(heard.filter((id) => id === eventId)).toEqual([eventId]);
    } finally {
      await stop();
    }
  });
}
