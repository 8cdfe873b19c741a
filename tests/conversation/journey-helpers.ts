import type { BotHarness } from '../support/bot-harness';
import { actionData, cardOf } from '../support/card-inspect';
import { personalChat, type TeamsUser } from '../support/teams-activities';

export const EVENT_ID = 'oewg-informal-dialogue-2024-02-28';

/** Inputs of a complete registration card, as Teams merges them into the action data. */
export function validInputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    givenName: 'Amina',
    familyName: 'Diallo',
    email: 'amina.diallo@example.org',
    organization: 'Digital Rights Coalition',
    category: 'ngo',
    country: 'SN',
    jobTitle: 'Policy Director',
    wishesToSpeak: 'true',
    groupName: '',
    groupMembers: '',
    questionIds: 'q1',
    accessibilityNeeds: '',
    consent: 'true',
    ...overrides,
  };
}

/** Registers `user` for the seed dialogue through the real card flow; returns the card data used. */
export async function register(
  bot: BotHarness,
  user: TeamsUser,
  overrides: Record<string, string> = {},
) {
  const chat = personalChat(user, bot.connector.serviceUrl);
  const { body } = await bot.post(chat.invoke('registration.open', { eventId: EVENT_ID }));
  const data = { ...actionData(cardOf(body), 'registration.submit'), ...validInputs(overrides) };
  const reply = await bot.post(chat.invoke('registration.submit', data));
  if (reply.status !== 200) throw new Error(`registration failed with ${reply.status}`);
  return reply;
}
