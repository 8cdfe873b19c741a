import { isSelfCommand, type QueueCommandType } from '../speaking-queue';
import type { Role } from './role';

/** What the queue API is asked to do: a speaking-queue command, or reading the queue. */
export type QueueAction = QueueCommandType | 'viewQueue';

/**
 * Whether a role may take an action. The chair may take every action; attendees may read the
 * queue and send self commands (request the floor, withdraw their own request).
 */
export function authorize(role: Role, action: QueueAction): boolean {
  switch (role) {
    case 'chair':
      return true;
    case 'attendee':
      return action === 'viewQueue' || isSelfCommand(action);
  }
}
