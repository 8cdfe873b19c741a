import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { seedDialogue } from '../../core/testing/registration-fixtures';
import { attendees, createRequest, graphCalls, graphProvider } from './graph-fixtures';

describe('GraphMeetingProvider updates (operations outside the subset file)', () => {
  let standIn: GraphStandIn;
  beforeEach(async () => (standIn = await startGraphStandIn({ outsideSubset: true })));
  afterEach(() => standIn.close());

  it('when a registration is confirmed and another withdrawn, then the full attendee list is PATCHed', async () => {
    const provider = graphProvider(standIn);
    const meeting = await provider.createMeeting(createRequest());
    const next = [attendees[1]!, { email: 'new.person@example.org', name: 'New Person' }];

    const updated = await provider.updateAttendees(meeting, next);

    const patch = graphCalls(standIn).find((r) => r.method === 'PATCH');
    expect(patch).toMatchObject({ outsideSubset: true, status: 200 });
    expect(patch?.validationErrors).toBeUndefined();
    expect(patch?.body).toEqual({
      attendees: [
        { emailAddress: { address: 'li.wei@example.org', name: 'Li Wei' }, type: 'required' },
        {
          emailAddress: { address: 'new.person@example.org', name: 'New Person' },
          type: 'required',
        },
      ],
    });
    expect(updated.attendees.map((a) => a.email)).toEqual([
      'li.wei@example.org',
      'new.person@example.org',
    ]);
  });

  it('when nothing changed, then no request is sent', async () => {
    const provider = graphProvider(standIn);
    const meeting = await provider.createMeeting(createRequest());

    await provider.updateAttendees(meeting, [...attendees].reverse());

    expect(graphCalls(standIn).map((r) => r.method)).toEqual(['POST']);
  });

  it('when the meeting is moved and then cancelled, then Graph gets the new times and a comment', async () => {
    const provider = graphProvider(standIn);
    const meeting = await provider.createMeeting(createRequest());
    const moved = { ...seedDialogue(), start: '2024-03-01T10:00', end: '2024-03-01T13:00' };

    await provider.reschedule(meeting, moved);
    await provider.cancel(meeting, 'Postponed by the Chair.');

    const [, patch, cancel] = graphCalls(standIn);
    expect(patch?.body).toEqual({
      start: { dateTime: '2024-03-01T10:00:00', timeZone: 'America/New_York' },
      end: { dateTime: '2024-03-01T13:00:00', timeZone: 'America/New_York' },
    });
    expect(cancel).toMatchObject({ status: 202, body: { comment: 'Postponed by the Chair.' } });
    expect(standIn.events.get(meeting.eventId)?.isCancelled).toBe(true);
  });

  it('when the event is gone from the calendar, then the error says so', async () => {
    const provider = graphProvider(standIn);
    const meeting = await provider.createMeeting(createRequest());

    await expect(provider.cancel({ ...meeting, eventId: 'AAMk-gone' }, 'x')).rejects.toMatchObject({
      failure: 'meetingNotFound',
    });
  });
});
