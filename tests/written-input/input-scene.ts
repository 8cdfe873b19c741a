import type { BotHarness } from '../support/bot-harness';
import { aPerson, aTextInput } from '../store/store-fixtures';
import type { WrittenInput } from '../../core/registration/written-input';
import type { Registration } from '../../core/registration/registration';
import { EVENT_ID } from '../conversation/journey-helpers';

/** The bytes of the PDF statement, as the public download must return them. */
export const PDF_BYTES = new TextEncoder().encode(
  '%PDF-1.7 Statement of the Open Standards Institute',
);

/** A statement stored as the written-input service stores one, unreviewed. */
export function statementOf(
  registration: Registration,
  body: Pick<WrittenInput, 'kind' | 'text'> & Partial<WrittenInput>,
): WrittenInput {
  return {
    ...aTextInput(registration, new Date('2024-02-21T09:00:00Z')),
    sizeBytes: body.content?.length ?? Buffer.byteLength(body.text),
    ...body,
  };
}

/**
 * Three registrants of the seed dialogue, each with one unreviewed statement: a typed one of
 * an academic institute, a PDF of a technical body, and a typed one of a business.
 */
export async function seedStatements(bot: BotHarness) {
  const people = {
    academia: aPerson(EVENT_ID, {
      organization: 'Institute for Cyber Policy',
      category: 'academia',
      questionIds: ['q2'],
    }),
    technical: aPerson(EVENT_ID, {
      organization: 'Open Standards Institute',
      category: 'technical-community',
      questionIds: ['q1', 'q3'],
    }),
    business: aPerson(EVENT_ID, {
      organization: 'Acme Secure Ltd',
      category: 'business',
      questionIds: ['q1'],
    }),
  };
  for (const person of Object.values(people)) await bot.store.registrations.create(person);
  const inputs = {
    academia: statementOf(people.academia, {
      kind: 'text',
      text: 'Capacity building must reach <small> states first.\n\nSecond paragraph.',
    }),
    technical: statementOf(people.technical, {
      kind: 'file',
      text: '',
      fileName: 'OSI statement «final».pdf',
      contentType: 'application/pdf',
      content: PDF_BYTES,
    }),
    business: statementOf(people.business, {
      kind: 'text',
      text: 'Confidential draft, do not share.',
    }),
  };
  for (const input of Object.values(inputs)) await bot.store.writtenInputs.add(input);
  return { people, inputs };
}
