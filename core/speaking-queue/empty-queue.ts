import type { EventDefinition } from '../event/event';
import type { SpeakingQueue } from './queue-types';

/** What a queue takes from its event: the guiding questions and the default speaking time. */
export type QueueDefaults = Pick<
  EventDefinition,
  'guidingQuestions' | 'defaultSpeakingTimeSeconds'
>;

/**
 * A meeting's queue before anyone asks for the floor. The list starts open because the queue
 * is created when the meeting starts; the chair closes it when the list of speakers is full.
 */
export function emptyQueue(meetingId: string, event: QueueDefaults): SpeakingQueue {
  return {
    meetingId,
    version: 0,
    isOpen: true,
    currentQuestionId: null,
    questionIds: event.guidingQuestions.map((q) => q.id),
    defaultSpeakingSeconds: event.defaultSpeakingTimeSeconds,
    entries: [],
    nextEntryNumber: 1,
    undo: [],
  };
}
