import type { TurnContext } from 'botbuilder';
import type { EventDefinition } from '../../../core/event/event';
import { openingPlenary, waitingEntries } from '../../../core/speaking-queue';
import { unStateNameEn } from '../../../core/roundtable/un-state-names';
import type { Principal } from '../../platform/auth/principal';
import type { Person } from '../../platform/ports';
import type { BotServices } from '../../bot-services';
import { turnView } from '../../platform/teams/turn-view';
import { profileOf } from '../../platform/teams/profile';

/**
 * Adds the heads of delegation who asked for opening remarks to the opening plenary's list
 * of speakers (no other session's), in the order of precedence, as the chair would one by
 * one ('add' commands). Speakers already waiting are skipped, so repeating the command adds
 * only the newcomers.
 */
export async function openingRemarksToQueue(
  services: BotServices,
  context: TurnContext,
  person: Person,
  event: EventDefinition,
): Promise<string[]> {
  const { t } = turnView(context);
  const { queues, invitations } = services.roundtable;
  const order = await invitations.openingRemarks(event.id);
  if (!queues || order.length === 0) return [t('rt.remarks.none')];
  const email = await chairEmail(services, context, person);
  const principal: Principal = {
    dev: false,
    oid: person.aadObjectId,
    tid: person.tenantId,
    name: context.activity.from?.name ?? '',
    ...(email ? { email } : {}),
  };
  const opening = openingPlenary(event).id;
  let added = 0;
  let skipped = 0;
  for (const request of order) {
    const speaker = {
      name: `${request.speakerName}, ${request.speakerTitle}`.slice(0, 200),
      organization: unStateNameEn(request.stateCode),
    };
    const queue = await queues.current(event.id, opening);
    const waiting = queue ? waitingEntries(queue) : [];
    if (
      waiting.some(
        (e) => e.speaker.name === speaker.name && e.speaker.organization === speaker.organization,
      )
    ) {
      skipped += 1;
      continue;
    }
    const command = { type: 'add', speaker, baseVersion: queue?.version ?? 0 };
    const result = await queues.command(event.id, principal, command, opening);
    if (!result.ok) return [t(result.error.key, result.error.params)];
    added += 1;
  }
  return [t('rt.remarks.queued', { added, skipped })];
}

/** A directory email for the queue's chair check, when the team is named by email. */
async function chairEmail(
  services: BotServices,
  context: TurnContext,
  person: Person,
): Promise<string | undefined> {
  return services.organizer.needsEmail(person) ? (await profileOf(context)).email : undefined;
}
