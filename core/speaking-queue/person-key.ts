import type { Speaker } from './queue-types';

/**
 * Identifies a person in the list: a registrant by registration id, someone added by the chair
 * by name and organization, compared without case, accents or extra spaces.
 */
export function personKey(speaker: Speaker): string {
  if (speaker.registrationId) return `registration:${speaker.registrationId}`;
  return nameKey(speaker);
}

/** The name-and-organization key, also used to match a chair-added guest with a registrant. */
export function nameKey(speaker: Speaker): string {
  return `name:${normalize(speaker.name)}|${normalize(speaker.organization)}`;
}

/**
 * Whether two speakers are the same person. A guest typed in by the chair may be a registrant
 * already waiting, so guests also match anyone with the same name and organization.
 */
export function samePerson(a: Speaker, b: Speaker): boolean {
  if (personKey(a) === personKey(b)) return true;
  const eitherIsGuest = !a.registrationId || !b.registrationId;
  return eitherIsGuest && nameKey(a) === nameKey(b);
}

function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
