import { randomBytes, randomUUID } from 'node:crypto';
import type { EventDefinition } from '../../core/event/event';
import type { Registration } from '../../core/registration/registration';
import { aRegistration, seedDialogue } from '../../core/testing/registration-fixtures';
import { UNREVIEWED, type WrittenInput } from '../../core/registration/written-input';

/**
 * Rows with fresh ids, so the tests of one file share a database without seeing each
 * other's data.
 */
export function anEvent(overrides: Partial<EventDefinition> = {}): EventDefinition {
  return { ...seedDialogue(), id: `event-${randomBytes(6).toString('hex')}`, ...overrides };
}

/** A registration of a new person for `eventId`, with every optional field filled in. */
export function aPerson(eventId: string, overrides: Partial<Registration> = {}): Registration {
  return aRegistration({
    id: randomUUID(),
    eventId,
    tenantId: `tenant-${randomUUID()}`,
    aadObjectId: randomUUID(),
    referenceCode: aReferenceCode(),
    formId: randomUUID(),
    createdAt: new Date('2024-02-20T10:15:30.123Z'),
    updatedAt: new Date('2024-02-20T10:15:30.123Z'),
    givenName: 'Zoë',
    familyName: 'Ñúñez-O’Brien',
    group: { name: 'Coalición «Datos»', members: ['Org A', 'Организация Б', '組織 C'] },
    questionIds: ['q1', 'q3'],
    accessibilityNeeds: 'Sign language interpretation\nand captions',
    wishesToSpeak: true,
    ...overrides,
  });
}

/** A new reference code in the format core makes them. */
export function aReferenceCode(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const chars = Array.from(randomBytes(8), (b) => alphabet[b % 32]).join('');
  return `REG-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** An uploaded statement file of `registration`, with bytes covering every byte value. */
export function aFileInput(registration: Registration, receivedAt: Date): WrittenInput {
  const content = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
  return {
    id: randomUUID(),
    eventId: registration.eventId,
    registrationId: registration.id,
    tenantId: registration.tenantId,
    aadObjectId: registration.aadObjectId,
    kind: 'file',
    text: '',
    fileName: 'statement.pdf',
    contentType: 'application/pdf',
    content,
    sizeBytes: content.length,
    receivedAt,
    review: UNREVIEWED,
  };
}

/** A typed statement of `registration`. */
export function aTextInput(registration: Registration, receivedAt: Date): WrittenInput {
  const text = 'We call for an open, inclusive process — «merci».';
  return {
    id: randomUUID(),
    eventId: registration.eventId,
    registrationId: registration.id,
    tenantId: registration.tenantId,
    aadObjectId: registration.aadObjectId,
    kind: 'text',
    text,
    sizeBytes: Buffer.byteLength(text),
    receivedAt,
    review: UNREVIEWED,
  };
}

/** A hex SHA-256-sized token hash, as the organizer service stores them. */
export function aTokenHash(): string {
  return randomBytes(32).toString('hex');
}
