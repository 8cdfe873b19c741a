import {
  MAX_RECIPIENTS,
  meetingNotice,
  noticeBatches,
  type NoticeRecipient,
} from './meeting-notification';

const people = (count: number, kind: NoticeRecipient['kind'], locale = 'en-US') =>
  Array.from({ length: count }, (_, i) => ({ kind, userId: `29:${kind}-${i}`, locale }));

describe('noticeBatches', () => {
  it('splits recipients into calls of at most ten, as Teams allows', () => {
    const batches = noticeBatches(people(23, 'upNext'));
    expect(MAX_RECIPIENTS).toBe(10);
    expect(batches.map((b) => b.length)).toEqual([10, 10, 3]);
    expect(batches.flat().map((r) => r.userId)).toEqual(people(23, 'upNext').map((r) => r.userId));
  });

  it('never mixes kinds or languages in one call, and keeps the order they came in', () => {
    const mixed = [
      ...people(1, 'nowSpeaking'),
      ...people(2, 'upNext'),
      ...people(1, 'upNext', 'fr-FR'),
    ];
    expect(noticeBatches(mixed).map((b) => b.map((r) => `${r.kind}/${r.locale}`))).toEqual([
      ['nowSpeaking/en-US'],
      ['upNext/en-US', 'upNext/en-US'],
      ['upNext/fr-FR'],
    ]);
    expect(noticeBatches([])).toEqual([]);
  });
});

describe('meetingNotice', () => {
  it('targets the batch on the meeting stage with the tab notice page for its kind and event', () => {
    const notice = meetingNotice(people(2, 'upNext'), 'event-1', 'https://app.example.org');
    expect(notice).toEqual({
      type: 'targetedMeetingNotification',
      value: {
        recipients: ['29:upNext-0', '29:upNext-1'],
        surfaces: [
          {
            surface: 'meetingStage',
            contentType: 'task',
            content: {
              value: {
                height: 300,
                width: 400,
                title: 'You are next on the list of speakers',
                url: 'https://app.example.org/tab/index.html?view=notice&kind=upNext&eventId=event-1',
              },
            },
          },
        ],
      },
    });
  });

  it('refuses an empty batch rather than send a notice to nobody', () => {
    expect(() => meetingNotice([], 'event-1', 'https://app.example.org')).toThrow();
  });
});
