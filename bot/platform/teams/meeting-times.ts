/** Whether a start or end event's payload carries what the SDK requires (it throws otherwise). */
export function isMeetingTimesValue(value: unknown, time: 'StartTime' | 'EndTime'): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return ['Id', 'JoinUrl', 'MeetingType', 'Title', time].every(
    (k) => typeof fields[k] === 'string',
  );
}
