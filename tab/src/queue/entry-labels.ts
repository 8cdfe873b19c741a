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

/**
 * A guiding question's label: "Question 2: Critical infrastructure" with the event's short
 * title in the reader's language, else "Question 2".
 */
export function questionTitle(t: T, question: GuidingQuestion, index: number): string {
  const number = index + 1;
  return question.shortTitle
    ? t('tab.questionLabels.titled', { number, title: question.shortTitle })
    : t('tab.questions.number', { number });
}

/** The label of an entry's guiding question, or null. */
export function questionLabel(
  t: T,
  questions: GuidingQuestion[],
  questionId: string | null,
): string | null {
  if (questionId === null) return null;
  const index = questions.findIndex((q) => q.id === questionId);
  const question = questions[index];
  return question ? questionTitle(t, question, index) : null;
}
