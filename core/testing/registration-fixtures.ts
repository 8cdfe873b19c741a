import dialogue from '../../examples/oewg-informal-dialogue-2024-02-28.json';
import type { EventDefinition } from '../event/event';
import { parseEventDefinition } from '../event/event-schema';
import type { Registration } from '../registration/registration';

/** The seed dialogue as a validated event, for specs. */
export function seedDialogue(): EventDefinition {
  const result = parseEventDefinition(dialogue);
  if (!result.ok) throw new Error('The seed dialogue example must be valid');
  return result.value;
}

/** Card data of a complete, valid registration, as Teams merges the inputs into it. */
export function validCardData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    givenName: 'Amina',
    familyName: 'Diallo',
    email: 'Amina.Diallo@example.org',
    organization: 'Digital Rights Coalition',
    category: 'ngo',
    country: 'SN',
    jobTitle: 'Policy Director',
    wishesToSpeak: 'true',
    groupName: '',
    groupMembers: '',
    questionIds: 'q1,q3',
    accessibilityNeeds: '',
    consent: 'true',
    ...overrides,
  };
}

/** A stored registration with sensible defaults, for specs. */
export function aRegistration(overrides: Partial<Registration> = {}): Registration {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    eventId: 'oewg-informal-dialogue-2024-02-28',
    tenantId: 'tenant-1',
    aadObjectId: 'user-1',
    channel: 'teams',
    referenceCode: 'REG-AAAA-BBBB',
    status: 'pending',
    version: 1,
    formId: 'form-1',
    createdAt: new Date('2024-02-20T10:00:00Z'),
    updatedAt: new Date('2024-02-20T10:00:00Z'),
    givenName: 'Amina',
    familyName: 'Diallo',
    email: 'amina.diallo@example.org',
    organization: 'Digital Rights Coalition',
    category: 'ngo',
    country: 'SN',
    jobTitle: 'Policy Director',
    wishesToSpeak: true,
    questionIds: ['q1'],
    consent: true,
    ...overrides,
  };
}
