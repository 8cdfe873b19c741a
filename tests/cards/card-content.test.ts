import { downloadLinkCard, organizerSummaryCard } from '../../bot/organizer/organizer-summary-card';
import { eventListCard } from '../../bot/event/event-list-card';
import { noticeCard } from '../../bot/platform/teams/cards/notice-card';
import { registrationCard } from '../../bot/registration/registration-card';
import { withdrawConfirmCard } from '../../bot/registration/withdraw-confirm-card';
import { zonedLines } from '../../bot/platform/teams/cards/card-json';
import { both, dialogue, registrationView, t } from './card-fixtures';
import { body, factLines, nodes, textRuns } from './card-nodes';
import { listItem, organizerView, roundtable } from './card-samples';

const texts = (card: unknown) => body(card).map((n) => n.text);

describe('times in both zones', () => {
  it('shows the event’s time and the person’s own, or one line when they read the same', () => {
    const deadline = new Date('2024-02-26T17:00:00Z');
    expect(zonedLines(both(deadline, dialogue), t)).toEqual([
      'Monday, 26 February 2024, 12:00 EST',
      'Monday, 26 February 2024, 18:00 GMT+1 (your time)',
    ]);
    expect(zonedLines(both(deadline, dialogue, dialogue.timeZone), t)).toEqual([
      'Monday, 26 February 2024, 12:00 EST',
    ]);
  });
});

describe('eventListCard', () => {
  it('lists each event with its kind, date and deadline under an introduction', () => {
    const card = eventListCard({ events: [dialogue, roundtable].map(listItem) }, t);
    expect(texts(card)).toContain(t('cards.eventList.intro'));
    expect(textRuns(card)).toEqual(expect.arrayContaining([dialogue.title, roundtable.title]));
    expect(nodes(card, 'TextBlock').map((n) => n.text)).toEqual(
      expect.arrayContaining(['Virtual dialogue', 'In-person meeting']),
    );
    expect(factLines(card, 'Register by')).toEqual(zonedLines(listItem(dialogue).deadline, t));
  });

  it('says so when no event is open, without the introduction', () => {
    const card = eventListCard({ events: [] }, t);
    expect(texts(card)).toContain(t('cards.eventList.empty'));
    expect(texts(card)).not.toContain(t('cards.eventList.intro'));
  });
});

describe('registrationCard', () => {
  it('shows every detail of the registration, in words', () => {
    const card = registrationCard(registrationView(), t);
    expect(texts(card)[0]).toBe('Registration received');
    expect(factLines(card, 'Reference')).toEqual(['REG-AAAA-BBBB']);
    expect(factLines(card, 'Status')).toEqual(["Pending confirmation by the Chair's team"]);
    expect(factLines(card, 'Name')).toEqual(['Amina Diallo']);
    expect(factLines(card, 'Stakeholder category')).toEqual(['Non-governmental organization']);
    expect(factLines(card, 'Country or territory')).toEqual(['Senegal']);
    expect(factLines(card, 'Wishes to speak')).toEqual(['Yes']);
    expect(factLines(card, 'Speaking for')).toEqual(['Cyber Peace Coalition']);
    expect(factLines(card, 'Group members')).toEqual([
      'Digital Rights Coalition',
      'Open Net Africa',
    ]);
    expect(factLines(card, 'Questions addressed')).toEqual(
      ['q1', 'q3'].map((id) => dialogue.guidingQuestions.find((q) => q.id === id)?.text),
    );
    expect(factLines(card, 'Changes possible until')).toEqual(
      zonedLines(registrationView().deadline, t),
    );
  });

  it('heads each variant in its own words and shows a note when given', () => {
    const heading = (variant: 'updated' | 'existing' | 'withdrawn') =>
      texts(registrationCard(registrationView({ variant }), t))[0];
    expect([heading('updated'), heading('existing'), heading('withdrawn')]).toEqual([
      'Registration updated',
      'Your registration',
      'Registration withdrawn',
    ]);
    const note = t('registration.stale');
    expect(textRuns(registrationCard(registrationView({ note }), t))).toContain(note);
  });

  it('leaves out an absent group and says "None" for no questions', () => {
    const card = registrationCard(registrationView({ group: undefined, questions: [] }), t);
    expect(factLines(card, 'Speaking for')).toBeUndefined();
    expect(factLines(card, 'Questions addressed')).toEqual(['None']);
  });

  it('explains why it cannot be changed, only when it cannot', () => {
    const reason = 'Changes were possible until Monday, 26 February 2024, 12:00 EST.';
    const closed = registrationCard(
      registrationView({ canEdit: false, notEditableReason: reason }),
      t,
    );
    expect(textRuns(closed)).toContain(reason);
    const open = registrationCard(registrationView({ notEditableReason: reason }), t);
    expect(textRuns(open)).not.toContain(reason);
  });
});

describe('withdrawConfirmCard', () => {
  it('names the event in its question', () => {
    const card = withdrawConfirmCard(
      { registrationId: 'r', baseVersion: 1, eventTitle: dialogue.title },
      t,
    );
    expect(textRuns(card)).toContain(`Withdraw your registration for "${dialogue.title}"?`);
  });
});

describe('noticeCard', () => {
  it('shows a title and each line, styled as asked or plainly by default', () => {
    const card = noticeCard({ title: 'Closed', lines: ['One.', 'Two.'], style: 'warning' }, t);
    expect(textRuns(card)).toEqual(['Closed', 'One.', 'Two.']);
    expect(body(card)[0]?.style).toBe('warning');
    expect(body(noticeCard({ title: 'Done', lines: [] }, t))[0]?.style).toBe('default');
  });
});

describe('organizerSummaryCard', () => {
  it('counts by status and by category in the event’s order, then other categories', () => {
    const card = organizerSummaryCard(organizerView(), t);
    expect(factLines(card, 'All registrations')).toEqual(['4']);
    expect(factLines(card, "Pending confirmation by the Chair's team")).toEqual(['2']);
    expect(factLines(card, 'Withdrawn')).toEqual(['1']);
    expect(factLines(card, 'Written inputs received')).toEqual(['2']);
    const labels = nodes(card, 'ColumnSet').map(
      (row) => textRuns((row.columns as unknown[])[0])[0],
    );
    const categories = [...dialogue.stakeholderCategories.map((c) => c.label), 'retired-category'];
    expect(labels.slice(-categories.length)).toEqual(categories);
    expect(factLines(card, 'Academia')).toEqual(['1']);
    expect(factLines(card, 'Business')).toEqual(['0']);
  });

  it('lists the emails that more than one person registered with', () => {
    const card = organizerSummaryCard(organizerView(), t);
    expect(texts(card)).toContain('Emails used by more than one person: 1');
    expect(textRuns(card)).toContain('amina.diallo@example.org');
  });
});

describe('downloadLinkCard', () => {
  it('names the event and says when the single-use link expires', () => {
    const view = { eventTitle: 'E', url: 'https://bot.example/x', expiresAt: '16:15 CET' };
    expect(textRuns(downloadLinkCard(view, t))).toEqual([
      'The CSV file of the registrations for "E" is ready.',
      'The link works once and expires at 16:15 CET.',
    ]);
  });
});
