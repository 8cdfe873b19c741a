import { translatorFor } from '../i18n/catalog';
import { seedDialogue } from '../testing/registration-fixtures';
import { buildCalendarEvent, buildCancel, invitationHtml } from './calendar-event';

const t = translatorFor('en');

describe('buildCalendarEvent', () => {
  it('makes a Teams meeting in the event zone with every attendee required', () => {
    const event = seedDialogue();
    const body = buildCalendarEvent(event, [{ email: 'a@example.org', name: 'A B' }], 'tx-1', t);

    expect(body).toMatchObject({
      subject: event.title,
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      body: { contentType: 'html' },
      start: { dateTime: `${event.start}:00`, timeZone: 'America/New_York' },
      end: { dateTime: `${event.end}:00`, timeZone: 'America/New_York' },
      attendees: [{ emailAddress: { address: 'a@example.org', name: 'A B' }, type: 'required' }],
      transactionId: 'tx-1',
    });
  });

  it('escapes the title, topic and guiding questions in the invitation HTML', () => {
    const event = {
      ...seedDialogue(),
      title: 'Q&A <live>',
      topic: 'Rights "online" & offline',
      guidingQuestions: [{ id: 'q1', text: '<script>alert(1)</script>' }],
    };

    const html = invitationHtml(event, t);

    expect(html).toContain('<h2>Q&amp;A &lt;live&gt;</h2>');
    expect(html).toContain('<p>Rights &quot;online&quot; &amp; offline</p>');
    expect(html).toContain('<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>');
    expect(html).not.toContain('<script>');
    expect(html).toContain(t('meeting.invitation.guidingQuestions'));
  });

  it('leaves out the questions heading when the event has none', () => {
    const html = invitationHtml({ ...seedDialogue(), guidingQuestions: [] }, t);
    expect(html).not.toContain(t('meeting.invitation.guidingQuestions'));
  });

  it('carries the chair’s note on a cancellation', () => {
    expect(buildCancel('Postponed')).toEqual({ comment: 'Postponed' });
  });
});
