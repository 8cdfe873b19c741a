/** Who of the speaking queue is in the Teams meeting, from join and leave events. */
export {
  queuePresence,
  registrantPresence,
  type EntryPresence,
  type PresenceRecord,
  type PresenceState,
  type QueuePresence,
  type Registrant,
  type RegistrantPresence,
} from './meeting-presence';
export { isMeetingId } from './meeting-id';
