import type { TargetedMeetingNotification } from 'botbuilder';
import { translate } from '../../core/i18n/catalog';

/** The two things a person is told in the meeting about their turn. */
export type NoticeKind = 'nowSpeaking' | 'upNext';

/** One person to tell: their Teams user id (`29:...`) and the language of their chat. */
export interface NoticeRecipient {
  kind: NoticeKind;
  userId: string;
  locale: string;
}

/** Teams accepts at most this many recipients in one targeted meeting notification. */
export const MAX_RECIPIENTS = 10;

/** Size of the notice on the meeting stage, in pixels. */
const NOTICE_SIZE = { height: 300, width: 400 } as const;

const TITLE = {
  nowSpeaking: 'meetingBot.notice.nowSpeaking',
  upNext: 'meetingBot.notice.upNext',
} as const;

/**
 * The targeted in-meeting notification for one batch of recipients of the same kind and
 * language: a task on the meeting stage showing the tab's notice page.
 */
export function meetingNotice(
  batch: readonly NoticeRecipient[],
  eventId: string,
  publicUrl: string,
): TargetedMeetingNotification {
  const [first] = batch;
  if (!first) throw new Error('a meeting notice needs at least one recipient');
  const query = new URLSearchParams({ view: 'notice', kind: first.kind, eventId });
  return {
    type: 'targetedMeetingNotification',
    value: {
      recipients: batch.map((r) => r.userId),
      surfaces: [
        {
          surface: 'meetingStage',
          contentType: 'task',
          content: {
            value: {
              ...NOTICE_SIZE,
              title: translate(first.locale, TITLE[first.kind]),
              url: `${publicUrl}/tab/index.html?${query.toString()}`,
            },
          },
        },
      ],
    },
  };
}

/** Recipients grouped by kind and language, at most MAX_RECIPIENTS per group. */
export function noticeBatches(recipients: readonly NoticeRecipient[]): NoticeRecipient[][] {
  const groups = new Map<string, NoticeRecipient[]>();
  for (const recipient of recipients) {
    const key = `${recipient.kind}|${recipient.locale}`;
    groups.set(key, [...(groups.get(key) ?? []), recipient]);
  }
  return [...groups.values()].flatMap((group) => {
    const batches: NoticeRecipient[][] = [];
    for (let i = 0; i < group.length; i += MAX_RECIPIENTS) {
      batches.push(group.slice(i, i + MAX_RECIPIENTS));
    }
    return batches;
  });
}
