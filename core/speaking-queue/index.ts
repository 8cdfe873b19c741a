/** The speaking queue of a meeting: pure state, commands and views; shells do the I/O. */
export { applyCommand } from './apply-command';
export {
  emptyQueue,
  MAIN_SESSION_ID,
  type QueueDefaults,
  type QueueSessionDefaults,
} from './empty-queue';
export {
  findQueueSession,
  GROUP_SEPARATOR,
  openingPlenary,
  queueSessions,
  type QueueSession,
} from './queue-sessions';
export { sessionToOpen, type ChosenSession } from './session-to-open';
export { nameKey, personKey, samePerson } from './person-key';
export { isQueueCommand, isSelfCommand } from './queue-commands';
export type { CommandOf, QueueCommand, QueueCommandType, TurnRequest } from './queue-commands';
export { QUEUE_LIMITS } from './queue-limits';
export type { Accepted, CommandResult, Refusal, RefusalStatus } from './queue-result';
export type * from './queue-types';
export {
  findEntry,
  forScreens,
  nextUndo,
  positionOf,
  speakingEntry,
  upcoming,
  waitingEntries,
  viaOf,
} from './queue-views';
export { queueBalance, type BalanceRow, type QueueBalance, type RegionKey } from './queue-balance';
export { elapsedMs, timerView, turnTimerView, type TimerView } from './timer';
export {
  DEFAULT_COALITION_SECONDS,
  placeCandidates,
  placedRegistrations,
  speakerPool,
  speakingTimesOf,
  type PlaceCandidate,
  type PoolRegistration,
  type SpeakingTimes,
} from './speaker-pool';
