/**
 * Bounds of a speaking queue. They keep one meeting's JSONB row and live updates small and
 * refuse oversized input with a clear message rather than truncating it.
 */
export const QUEUE_LIMITS = {
  name: 200,
  organization: 200,
  groupName: 200,
  groupMembers: 50,
  groupMember: 200,
  /** Every turn of one meeting, finished ones included. */
  entries: 1000,
  /** Chair actions that can be undone one after another. */
  undoDepth: 20,
  minAllottedSeconds: 10,
  maxAllottedSeconds: 3600,
} as const;
