import type { Registration } from '../registration/registration';
import { aRegistration } from './registration-fixtures';

/** Countries cycled through: one of each regional group, and observers with none. */
const COUNTRIES = ['SN', 'JP', 'PL', 'BR', 'DE', 'KE', 'IN', 'UA', 'MX', 'FR', 'VA', 'PS'];
const CATEGORIES = ['ngo', 'academia', 'business', 'technical-community'];

/** How many registrations to make for a provisional list of speakers. */
export interface SpeakerSeed {
  eventId: string;
  tenantId: string;
  total: number;
  /** The first `wishing` registrants ask to take the floor. */
  wishing: number;
  /** Coalitions of three among the first wishing registrants (lead first). */
  coalitions: number;
  /** Wishing registrants, counted from the last wishing one back, who withdrew or were declined. */
  withdrawn?: number;
  declined?: number;
}

/**
 * Registrations for the speakers' list specs and journeys: everyone confirmed, accented and
 * Arabic names among them, countries of every regional group, coalitions of three whose
 * members registered one second apart (the first is the lead speaker).
 */
export function speakerRegistrations(seed: SpeakerSeed): Registration[] {
  const lastWishing = seed.wishing - 1;
  const withdrawn = seed.withdrawn ?? 0;
  const declined = seed.declined ?? 0;
  return Array.from({ length: seed.total }, (_, i) => {
    const coalition = i < seed.coalitions * 3 ? Math.floor(i / 3) + 1 : undefined;
    const status =
      i > lastWishing - withdrawn && i <= lastWishing
        ? 'withdrawn'
        : i > lastWishing - withdrawn - declined && i <= lastWishing
          ? 'declined'
          : 'confirmed';
    const n = String(i + 1).padStart(3, '0');
    return aRegistration({
      id: `00000000-0000-4000-8000-000000000${n}`,
      eventId: seed.eventId,
      tenantId: seed.tenantId,
      aadObjectId: `00000000-0000-4000-9000-000000000${n}`,
      referenceCode: `REG-${n}A-${n}B`.slice(0, 13),
      formId: `form-${n}`,
      createdAt: new Date(Date.UTC(2024, 1, 20, 10, 0, 0) + i * 1000),
      updatedAt: new Date(Date.UTC(2024, 1, 20, 10, 0, 0) + i * 1000),
      givenName: i % 7 === 0 ? 'ليلى' : i % 5 === 0 ? 'José' : `Speaker${n}`,
      familyName: i % 7 === 0 ? `الحسيني ${n}` : `García ${n}`,
      email: `speaker${n}@example.org`,
      organization: `Organization ${n}`,
      category: CATEGORIES[i % CATEGORIES.length]!,
      country: COUNTRIES[i % COUNTRIES.length]!,
      status,
      wishesToSpeak: i < seed.wishing,
      questionIds: [],
      ...(coalition
        ? {
            group: {
              name: `Coalition ${coalition}`,
              members: [`Member ${coalition}a`, `Member ${coalition}b`],
            },
          }
        : {}),
    });
  });
}
