import { isActive } from '../../core/registration/registration';
import { REGISTRATION_LIMITS } from '../../core/registration/registration-limits';
import type { EventAt } from '../event';
import type { RegistrationOutcome } from './registration-outcome';
import { registrationCard } from './registration-card';
import { registrationFormCard } from './registration-form-card';
import { withdrawConfirmCard } from './withdraw-confirm-card';
import type { AdaptiveCardJson } from '../platform/teams/cards/card-json';
import type { TurnView } from '../platform/teams/turn-view';
import { notice } from '../platform/teams/respond';
import { inReaderLanguage } from '../event';
import { questionShortLabel } from '../../core/event/question-label';

const NOTES = {
  alreadyRegistered: 'registration.alreadyRegistered',
  stale: 'registration.stale',
  alreadyWithdrawn: 'registration.alreadyWithdrawn',
  backToReview: 'registration.backToReview',
} as const;

/** The card that answers each registration outcome. */
export function registrationOutcomeCard(
  given: RegistrationOutcome,
  view: TurnView,
): AdaptiveCardJson {
  const { t } = view;
  const outcome = inReaderLanguage(given, t);
  switch (outcome.kind) {
    case 'form': {
      const { event, instants } = outcome.at;
      const card = registrationFormCard(
        {
          eventId: event.id,
          origin: outcome.origin,
          eventTitle: event.title,
          deadline: view.both(instants.registrationDeadline, event.timeZone),
          locale: view.locale,
          categories: event.stakeholderCategories,
          questions: event.guidingQuestions,
          privacyNotice: event.privacyNotice,
          values: outcome.values,
          ...(outcome.errors ? { errors: outcome.errors } : {}),
          limits: REGISTRATION_LIMITS,
        },
        t,
      );
      return withSections(card, outcome, view);
    }
    case 'refused':
      return notice(
        view,
        [refusalLine(outcome.at, outcome.reason, outcome.purpose, view)],
        'warning',
      );
    case 'registration':
      return registrationDetails(outcome, view);
    case 'withdrawPrompt':
      return withdrawConfirmCard(
        {
          registrationId: outcome.registration.id,
          baseVersion: outcome.registration.version,
          eventTitle: outcome.at.event.title,
        },
        t,
      );
    case 'eventNotFound':
      return notice(view, [t('registration.eventNotFound')], 'warning');
    case 'notFound':
      return notice(view, [t('registration.notFound')], 'warning');
    case 'badRequest':
      return notice(view, [t('bot.unknownAction')], 'warning');
  }
}

/**
 * The form with what other features add to it (before its submit button), and, when the last
 * submit saved nothing, a warning at its top.
 */
function withSections(
  card: AdaptiveCardJson,
  outcome: Extract<RegistrationOutcome, { kind: 'form' }>,
  view: TurnView,
): AdaptiveCardJson {
  if (!outcome.sections?.length && !outcome.notSaved) return card;
  const body = Array.isArray(card.body) ? card.body : [];
  const warning = outcome.notSaved
    ? notice(view, [view.t('registration.notSaved')], 'warning')
    : {};
  const top = Array.isArray(warning.body) ? warning.body : [];
  const added = (outcome.sections ?? []).flatMap((section) => section(view.t));
  return { ...card, body: [...top, ...body, ...added] };
}

function registrationDetails(
  outcome: Extract<RegistrationOutcome, { kind: 'registration' }>,
  view: TurnView,
) {
  const { at, registration: r } = outcome;
  const { event, instants } = at;
  const canEdit = at.phase === 'open' && isActive(r.status);
  const reason = canEdit ? undefined : notEditableReason(at, isActive(r.status), view);
  return registrationCard(
    {
      variant: outcome.variant,
      ...(outcome.note ? { note: view.t(NOTES[outcome.note]) } : {}),
      registrationId: r.id,
      referenceCode: r.referenceCode,
      status: r.status,
      eventTitle: event.title,
      givenName: r.givenName,
      familyName: r.familyName,
      email: r.email,
      organization: r.organization,
      categoryLabel:
        event.stakeholderCategories.find((c) => c.id === r.category)?.label ?? r.category,
      country: r.country,
      locale: view.locale,
      jobTitle: r.jobTitle,
      wishesToSpeak: r.wishesToSpeak,
      ...(r.group ? { group: r.group } : {}),
      // A summary of what was chosen: the short label serves (the full text without one).
      questions: r.questionIds.map((id) => {
        const index = event.guidingQuestions.findIndex((q) => q.id === id);
        const question = event.guidingQuestions[index];
        return question ? questionShortLabel(view.t, question, index) : id;
      }),
      deadline: view.both(instants.registrationDeadline, event.timeZone),
      canEdit,
      ...(reason ? { notEditableReason: reason } : {}),
    },
    view.t,
  );
}

function notEditableReason(at: EventAt, active: boolean, view: TurnView): string | undefined {
  if (at.phase === 'closed') return refusalLine(at, 'closed', 'change', view);
  if (!active && at.phase === 'open') return view.t('registration.canRegisterAgain');
  return undefined;
}

/** Why registering or changing is not possible now, with the relevant time in both zones. */
export function refusalLine(
  at: EventAt,
  reason: 'notOpen' | 'closed',
  purpose: 'register' | 'change',
  view: TurnView,
): string {
  const { event, instants } = at;
  if (reason === 'notOpen') {
    const opens = view.both(instants.registrationOpens, event.timeZone);
    return view.t('registration.notOpen', {
      title: event.title,
      opens: opens.event,
      opensLocal: opens.user,
    });
  }
  const deadline = view.both(instants.registrationDeadline, event.timeZone);
  if (purpose === 'register') {
    return view.t('registration.closed', {
      title: event.title,
      deadline: deadline.event,
      deadlineLocal: deadline.user,
    });
  }
  const contact = event.contact
    ? `${event.contact.name} (${event.contact.email})`
    : view.t('registration.theChairsTeam');
  return view.t('registration.closedForEdits', {
    deadline: deadline.event,
    deadlineLocal: deadline.user,
    contact,
  });
}
