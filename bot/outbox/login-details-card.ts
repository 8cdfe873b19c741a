import type { Translate } from '../../core/i18n/catalog';
import { cardTemplate, type AdaptiveCardJson, type Fact } from '../platform/teams/cards/card-json';
import template from './templates/login-details.json';

/** What a confirmed participant needs to take part, already formatted for them. */
export interface LoginDetailsView {
  eventTitle: string;
  referenceCode: string;
  /** The start in the event's zone, and in the person's own when known and different. */
  when: { event: string; user?: string };
  joinUrl: string;
  /** Shown under the link when the meeting is a local stand-in (offline mode). */
  joinLabel?: string;
  calendarUrl: string;
  guidingQuestions: string[];
  speaking: string;
}

const expand = cardTemplate<object>(template);

/** The login details card: join link, times, guiding questions, speaking, calendar file. */
export function loginDetailsCard(view: LoginDetailsView, t: Translate): AdaptiveCardJson {
  const when = [view.when.event];
  if (view.when.user && view.when.user !== view.when.event)
    when.push(t('outbox.login.yourTime', { time: view.when.user }));
  const facts: Fact[] = [
    { label: t('outbox.login.when'), lines: when },
    {
      label: t('outbox.login.joinLink'),
      lines: [view.joinUrl, ...(view.joinLabel ? [view.joinLabel] : [])],
    },
    { label: t('outbox.login.reference'), lines: [view.referenceCode] },
    ...(view.guidingQuestions.length > 0
      ? [{ label: t('outbox.login.guidingQuestions'), lines: view.guidingQuestions }]
      : []),
    { label: t('outbox.login.speaking'), lines: [view.speaking] },
  ];
  return expand(
    {
      labels: {
        heading: t('outbox.login.heading'),
        join: t('outbox.login.join'),
        calendar: t('outbox.login.calendar'),
      },
      intro: t('outbox.login.intro', { title: view.eventTitle }),
      facts,
      joinUrl: view.joinUrl,
      calendarUrl: view.calendarUrl,
    },
    t,
  );
}
