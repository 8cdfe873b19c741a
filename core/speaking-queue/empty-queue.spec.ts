import { emptyQueue } from './index';

describe('emptyQueue', () => {
  it("takes the event's questions and default speaking time, at version 0", () => {
    const queue = emptyQueue('m-7', {
      defaultSpeakingTimeSeconds: 240,
      guidingQuestions: [{ id: 'gq1', text: 'Why?' }],
    });
    expect(queue).toEqual({
      meetingId: 'm-7',
      sessionId: 'main',
      version: 0,
      isOpen: true,
      currentQuestionId: null,
      questionIds: ['gq1'],
      defaultSpeakingSeconds: 240,
      entries: [],
      nextEntryNumber: 1,
      undo: [],
    });
  });

  it("takes a session's own speaking time when it names one", () => {
    const queue = emptyQueue(
      'm-7',
      { defaultSpeakingTimeSeconds: 240, guidingQuestions: [] },
      { id: 'panel-1', speakingSeconds: 120 },
    );
    expect(queue).toMatchObject({ sessionId: 'panel-1', defaultSpeakingSeconds: 120 });
  });
});
