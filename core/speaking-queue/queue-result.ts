import type { MessageKey, MessageParams } from '../i18n/catalog';
import type { AuditRecord, QueueEvent, SpeakingQueue } from './queue-types';

/** Why a command was refused; the HTTP shell maps it (`stale` -> 409, `forbidden` -> 403...). */
export type RefusalStatus = 'stale' | 'forbidden' | 'invalid' | 'notFound' | 'conflict';

/** A refused command: a catalog key to show, and the state is left exactly as it was. */
export interface Refusal {
  ok: false;
  status: RefusalStatus;
  error: { key: MessageKey; params?: MessageParams };
}

/** An accepted command: the next state, its audit record and what people may be told. */
export interface Accepted {
  ok: true;
  state: SpeakingQueue;
  audit: AuditRecord;
  events: QueueEvent[];
}

/** What `applyCommand` returns; a refusal hands back the unchanged state object itself. */
export type CommandResult = Accepted | (Refusal & { state: SpeakingQueue });

/** Builds a refusal. */
export function refuse(status: RefusalStatus, key: MessageKey, params?: MessageParams): Refusal {
  return params
    ? { ok: false, status, error: { key, params } }
    : { ok: false, status, error: { key } };
}
