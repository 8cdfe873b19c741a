import type { Translate } from '../../core/i18n/catalog';
import { cardTemplate, type AdaptiveCardJson } from '../platform/teams/cards/card-json';
import type { RegistrationActionData } from './registration-card';
import template from './templates/withdraw-confirm.json';

export interface WithdrawConfirmView {
  registrationId: string;
  /** The version shown, so a confirmation of an outdated card changes nothing. */
  baseVersion: number;
  eventTitle: string;
}

/** Data of the Withdraw button (verb `registration.withdrawConfirm`). */
export interface WithdrawConfirmData {
  registrationId: string;
  baseVersion: number;
}

const expand = cardTemplate(template);

/** Asks before withdrawing: "Withdraw" confirms, "Keep my registration" shows it again. */
export function withdrawConfirmCard(view: WithdrawConfirmView, t: Translate): AdaptiveCardJson {
  const confirm: WithdrawConfirmData = {
    registrationId: view.registrationId,
    baseVersion: view.baseVersion,
  };
  const keep: RegistrationActionData = { registrationId: view.registrationId };
  return expand(
    {
      question: t('cards.withdraw.question', { title: view.eventTitle }),
      labels: {
        explain: t('cards.withdraw.explain'),
        confirm: t('cards.withdraw.confirm'),
        keep: t('cards.withdraw.keep'),
      },
      confirm,
      keep,
    },
    t,
  );
}
