import type { MessageKey, MessageParams } from '../../core/i18n/catalog';

/** Why a meeting operation failed; each names its cause and fix in the message catalog. */
export type MeetingFailure =
  | 'calendarPermission'
  | 'mailboxAccessPolicy'
  | 'teamsAccessPolicy'
  | 'organizerNotFound'
  | 'organizerWithoutMailbox'
  | 'attendeeWithoutMailbox'
  | 'tooManyAttendees'
  | 'meetingNotFound'
  | 'authentication'
  | 'throttled'
  | 'unavailable'
  | 'network'
  | 'invalidRequest'
  | 'unexpected';

/** The catalog key that explains a failure to the chair's team. */
export function messageKeyOf(failure: MeetingFailure): MessageKey {
  switch (failure) {
    case 'calendarPermission':
      return 'meeting.error.calendarPermission';
    case 'mailboxAccessPolicy':
      return 'meeting.error.mailboxAccessPolicy';
    case 'teamsAccessPolicy':
      return 'meeting.error.teamsAccessPolicy';
    case 'organizerNotFound':
      return 'meeting.error.organizerNotFound';
    case 'organizerWithoutMailbox':
      return 'meeting.error.organizerWithoutMailbox';
    case 'attendeeWithoutMailbox':
      return 'meeting.error.attendeeWithoutMailbox';
    case 'tooManyAttendees':
      return 'meeting.error.tooManyAttendees';
    case 'meetingNotFound':
      return 'meeting.error.meetingNotFound';
    case 'authentication':
      return 'meeting.error.authentication';
    case 'throttled':
      return 'meeting.error.throttled';
    case 'unavailable':
      return 'meeting.error.unavailable';
    case 'network':
      return 'meeting.error.network';
    case 'invalidRequest':
      return 'meeting.error.invalidRequest';
    case 'unexpected':
      return 'meeting.error.unexpected';
  }
}

/** A failed meeting operation, typed by cause; `cause` keeps the underlying error. */
export class MeetingProviderError extends Error {
  readonly messageKey: MessageKey;

  constructor(
    readonly failure: MeetingFailure,
    readonly params: MessageParams,
    readonly detail: { status?: number; graphCode?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(`Meeting operation failed: ${failure}`, options);
    this.name = 'MeetingProviderError';
    this.messageKey = messageKeyOf(failure);
  }
}
