/** Teams meeting ids are base64 text (`MCMxOTptZWV0aW5n...`), far under 400 characters. */
const MEETING_ID = /^[A-Za-z0-9+/=_:@.-]{1,400}$/;

/** Whether `value` can be a Teams meeting id, as in `channelData.meeting.id` or the tab's context. */
export function isMeetingId(value: unknown): value is string {
  return typeof value === 'string' && MEETING_ID.test(value);
}
