import type { MessageKey, MessageParams } from '../../core/i18n/catalog';
import type { MeetingRecord } from './meeting-provider';

/**
 * What the chair's team is told about the meeting's lobby and presenter settings: applied,
 * refused (with what to grant) or failed; nothing before a meeting or offline.
 */
export function meetingOptionsStatus(
  meeting: MeetingRecord | undefined,
): { key: MessageKey; params: MessageParams } | undefined {
  switch (meeting?.options) {
    case undefined:
    case 'notApplicable':
      // Offline: the meeting's own label already says there is no Teams meeting.
      return undefined;
    case 'applied':
      return { key: 'attendance.options.applied', params: {} };
    case 'refused':
      return { key: 'attendance.options.refused', params: { organizer: meeting.organizer } };
    case 'failed':
      return { key: 'attendance.options.failed', params: {} };
  }
}
