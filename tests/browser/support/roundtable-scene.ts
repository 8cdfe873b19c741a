import roundtableJson from '../../../examples/global-roundtable-2024-05-10.json';
import { DEV_TENANT_ID, devPrincipalOf } from '../../../bot/platform/auth/dev-users';
import { parseEventDefinition } from '../../../core/event/event-schema';
import type { Registration } from '../../../core/registration/registration';
import { invitationsToAllStates } from '../../../core/roundtable/new-invitation';
import type { BotHarness } from '../../support/bot-harness';
import { aPerson } from '../../store/store-fixtures';

/** The seed roundtable of 10 May 2024 in New York. */
export const ROUNDTABLE_ID = 'global-roundtable-ict-capacity-building-2024-05-10';

/** Imports the seed roundtable and invites every State, as the chair's "invite all" does. */
export async function importRoundtable(bot: BotHarness): Promise<void> {
  const parsed = parseEventDefinition(roundtableJson);
  if (!parsed.ok) throw new Error('seed roundtable must be valid');
  await bot.store.events.upsert(parsed.value);
  await bot.store.roundtable.invitations.addMissing(
    invitationsToAllStates(ROUNDTABLE_ID, bot.clock.now()),
  );
}

/** Registers a development user for the roundtable, confirmed, with no roundtable details. */
export async function registerForRoundtable(
  bot: BotHarness,
  devUser: string,
  person: Partial<Registration>,
): Promise<Registration> {
  const principal = devPrincipalOf(devUser);
  if (!principal) throw new Error(`the dev user ${devUser} must exist`);
  const registration = aPerson(ROUNDTABLE_ID, {
    tenantId: DEV_TENANT_ID,
    aadObjectId: principal.oid,
    status: 'confirmed',
    group: undefined,
    ...person,
  });
  await bot.store.registrations.create(registration);
  return registration;
}
