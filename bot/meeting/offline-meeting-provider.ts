import type { EventDefinition } from '../../core/event/event';
import type { Translate } from '../../core/i18n/catalog';
import type { MeetingAttendee } from '../../core/meeting/graph-event';
import type { Logger } from '../platform/logger';
import type { Ids } from '../platform/ports';
import type {
  AttendanceOutcome,
  CreateMeetingRequest,
  MeetingOptionsOutcome,
  MeetingProvider,
  MeetingRecord,
} from './meeting-provider';

/**
 * The meeting provider without Graph credentials: a clearly labelled local record with a
 * local join URL, so every flow can be exercised offline. Nobody is invited to anything.
 */
export class OfflineMeetingProvider implements MeetingProvider {
  readonly kind = 'offline' as const;

  constructor(
    private readonly publicUrl: string,
    private readonly ids: Ids,
    private readonly t: Translate,
    private readonly logger: Logger,
  ) {}

  async createMeeting(request: CreateMeetingRequest): Promise<MeetingRecord> {
    const meetingId = this.ids.uuid();
    const joinUrl = `${this.publicUrl.replace(/\/$/, '')}/local-meeting/${meetingId}`;
    this.logger.warn(
      { offline: true, meetingId, event: request.event.id },
      this.t('meeting.offline.created', { meetingId, title: request.event.title, joinUrl }),
    );
    return {
      provider: 'offline',
      eventId: meetingId,
      joinUrl,
      organizer: 'offline',
      attendees: request.attendees,
      label: this.t('meeting.offline.label'),
    };
  }

  async updateAttendees(meeting: MeetingRecord, attendees: MeetingAttendee[]) {
    this.logger.info({ offline: true, meetingId: meeting.eventId }, 'Local meeting attendees set');
    return { ...meeting, attendees };
  }

  async reschedule(meeting: MeetingRecord, event: EventDefinition) {
    this.logger.info(
      { offline: true, meetingId: meeting.eventId, start: event.start },
      'Local meeting moved',
    );
    return meeting;
  }

  async cancel(meeting: MeetingRecord, comment: string) {
    this.logger.info(
      { offline: true, meetingId: meeting.eventId, comment },
      'Local meeting cancelled',
    );
  }

  /** A local meeting has no lobby, presenters or attendance report to read. */
  async configureOptions(): Promise<MeetingOptionsOutcome> {
    return { kind: 'notApplicable' };
  }

  async readAttendance(): Promise<AttendanceOutcome> {
    return { kind: 'notApplicable' };
  }
}
