import type { EventDefinition } from '../event/event';
import type { SpeakingQueue } from './queue-types';

/** What a queue takes from its event: the guiding questions and the default speaking time. */
export type QueueDefaults = Pick<
  EventDefinition,
  'guidingQuestions' | 'defaultSpeakingTimeSeconds'
>;

/** The session a list is for and its speaking time per turn. */
export interface QueueSessionDefaults {
  id: string;
  speakingSeconds: number;
}

/** The one session of an event without a programme session that keeps a list of speakers. */
export const MAIN_SESSION_ID = 'main';

/**
 * A session's queue before anyone asks for the floor. The list starts open because the queue
 * is created when the session starts; the chair closes it when the list of speakers is full.
 */
export function emptyQueue(
  meetingId: string,
  event: QueueDefaults,
  session: QueueSessionDefaults = {
    id: MAIN_SESSION_ID,
    speakingSeconds: event.defaultSpeakingTimeSeconds,
  },
): SpeakingQueue {
  return {
    meetingId,
    sessionId: session.id,
    version: 0,
    isOpen: true,
    currentQuestionId: null,
    questionIds: event.guidingQuestions.map((q) => q.id),
    defaultSpeakingSeconds: session.speakingSeconds,
    entries: [],
    nextEntryNumber: 1,
    undo: [],
  };
}
