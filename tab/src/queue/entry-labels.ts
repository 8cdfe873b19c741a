import type { QueueEntry, QueueSession, TimerPhase } from '../../../core/speaking-queue';
import type { GuidingQuestion } from '../api/api-types';
import { listText } from '../../../core/i18n/list-text';
import type { T } from '../i18n/texts';

/** "Name (Organization)". */
export function speakerLabel(t: T, entry: QueueEntry): string {
  return t('tab.speaker.label', {
    name: entry.speaker.name,
    organization: entry.speaker.organization,
  });
}

/** A session as people name it; a breakout group with its breakout session. */
export function sessionTitle(t: T, session: QueueSession): string {
  return session.partOf
    ? t('tab.session.groupOption', { session: session.partOf, group: session.title })
    : session.title;
}

/** On whose behalf the turn is taken, in words; a group's members listed as `language` lists. */
export function behalfLabel(t: T, entry: QueueEntry, language: string): string {
  const behalf = entry.onBehalfOf;
  switch (behalf.kind) {
    case 'ownOrganization':
      return t('tab.behalf.own', { organization: entry.speaker.organization });
    case 'group':
      return t('tab.behalf.group', {
        group: behalf.name,
        members: listText(behalf.members, language),
      });
  }
}

export function kindLabel(t: T, entry: QueueEntry): string {
  switch (entry.kind) {
    case 'statement':
      return t('tab.kind.statement');
    case 'rightOfReply':
      return t('tab.kind.rightOfReply');
  }
}

export function phaseLabel(t: T, phase: TimerPhase): string {
  switch (phase) {
    case 'ready':
      return t('tab.timer.ready');
    case 'running':
      return t('tab.timer.running');
    case 'paused':
      return t('tab.timer.paused');
    case 'stopped':
      return t('tab.timer.stopped');
  }
}

/** "Question 2" for an entry's guiding question, or null. */
export function questionLabel(
  t: T,
  questions: GuidingQuestion[],
  questionId: string | null,
): string | null {
  if (questionId === null) return null;
  const index = questions.findIndex((q) => q.id === questionId);
  return index < 0 ? null : t('tab.questions.number', { number: index + 1 });
}
