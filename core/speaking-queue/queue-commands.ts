import type { OnBehalfOf, Speaker, TurnKind } from './queue-types';
import type { PlaceCandidate } from './speaker-pool';

/** Fields every command carries: the queue version the sender's screen was showing. */
interface Based {
  baseVersion: number;
}

/** What a person asking for the floor says about their turn. */
export interface TurnRequest {
  onBehalfOf?: OnBehalfOf;
  questionId?: string | null;
  kind?: TurnKind;
}

/** The operations on a speaking queue; positions are 1-based among the waiting turns. */
export type QueueCommand =
  | (Based & TurnRequest & { type: 'requestFloor' })
  | (Based & { type: 'withdraw'; entryId: string })
  | (Based &
      TurnRequest & {
        type: 'add';
        speaker: Speaker;
        allottedSeconds?: number;
        position?: number;
      })
  | (Based & { type: 'remove'; entryId: string })
  | (Based & { type: 'move'; entryId: string; position: number })
  | (Based & { type: 'setAllottedTime'; entryId: string; seconds: number })
  | (Based & { type: 'setEntryQuestion'; entryId: string; questionId: string | null })
  | (Based & { type: 'callNext' })
  | (Based & { type: 'startTimer' })
  | (Based & { type: 'pauseTimer' })
  | (Based & { type: 'resumeTimer' })
  | (Based & { type: 'finishTurn' })
  | (Based & { type: 'setCurrentQuestion'; questionId: string | null })
  | (Based & { type: 'openList' })
  | (Based & { type: 'closeList' })
  | (Based & { type: 'undo' })
  | (Based & { type: 'place'; candidates: PlaceCandidate[]; position?: number })
  | (Based & { type: 'publish' });

export type QueueCommandType = QueueCommand['type'];

/** The command of a given type, for the functions that carry it out. */
export type CommandOf<T extends QueueCommandType> = Extract<QueueCommand, { type: T }>;

/** Every command type, checked against the union so a new command cannot be forgotten here. */
const COMMAND_TYPES: Record<QueueCommandType, true> = {
  requestFloor: true,
  withdraw: true,
  add: true,
  remove: true,
  move: true,
  setAllottedTime: true,
  setEntryQuestion: true,
  callNext: true,
  startTimer: true,
  pauseTimer: true,
  resumeTimer: true,
  finishTurn: true,
  setCurrentQuestion: true,
  openList: true,
  closeList: true,
  undo: true,
  place: true,
  publish: true,
};

/** Commands arrive as JSON; an unknown type is refused rather than falling through. */
export function isQueueCommand(command: unknown): command is QueueCommand {
  if (typeof command !== 'object' || command === null) return false;
  const type: unknown = (command as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(COMMAND_TYPES, type);
}

/** Whether anyone may send the command about themselves; all others are the chair's alone. */
export function isSelfCommand(type: QueueCommandType): boolean {
  return type === 'requestFloor' || type === 'withdraw';
}
