import type {
  Registration,
  RegistrationChannel,
  RegistrationStatus,
  SpeakingGroup,
} from '../../core/registration/registration';

/** A row of `registrations` as both drivers return it. */
export interface RegistrationRow {
  id: string;
  event_id: string;
  tenant_id: string;
  aad_object_id: string;
  reference_code: string;
  created_at: Date;
  channel: RegistrationChannel;
  status: RegistrationStatus;
  version: number;
  form_id: string;
  given_name: string;
  family_name: string;
  email: string;
  organization: string;
  category: string;
  country: string;
  job_title: string;
  wishes_to_speak: boolean;
  speaking_group: SpeakingGroup | null;
  question_ids: string[];
  accessibility_needs: string | null;
  consent: true;
  updated_at: Date;
}

/** Columns fixed when the registration is created. */
export const KEY_COLUMNS = [
  'id',
  'event_id',
  'tenant_id',
  'aad_object_id',
  'reference_code',
  'created_at',
  'channel',
] as const;

/** Columns an update may change, in the order of `changeableValues`. */
export const CHANGEABLE_COLUMNS = [
  'status',
  'version',
  'form_id',
  'given_name',
  'family_name',
  'email',
  'organization',
  'category',
  'country',
  'job_title',
  'wishes_to_speak',
  'speaking_group',
  'question_ids',
  'accessibility_needs',
  'consent',
  'updated_at',
] as const;

/** Every column, for SELECT and RETURNING lists. */
export const ALL_COLUMNS = [...KEY_COLUMNS, ...CHANGEABLE_COLUMNS].join(', ');

/** Parameter values for KEY_COLUMNS. */
export function keyValues(r: Registration): unknown[] {
  return [r.id, r.eventId, r.tenantId, r.aadObjectId, r.referenceCode, r.createdAt, r.channel];
}

/** Parameter values for CHANGEABLE_COLUMNS; JSON goes as text so both drivers read it alike. */
export function changeableValues(r: Registration): unknown[] {
  return [
    r.status,
    r.version,
    r.formId,
    r.givenName,
    r.familyName,
    r.email,
    r.organization,
    r.category,
    r.country,
    r.jobTitle,
    r.wishesToSpeak,
    r.group === undefined ? null : JSON.stringify(r.group),
    r.questionIds,
    r.accessibilityNeeds ?? null,
    r.consent,
    r.updatedAt,
  ];
}

/** The registration a row holds; absent optional fields stay absent rather than undefined. */
export function fromRow(row: RegistrationRow): Registration {
  return {
    id: row.id,
    eventId: row.event_id,
    tenantId: row.tenant_id,
    aadObjectId: row.aad_object_id,
    referenceCode: row.reference_code,
    channel: row.channel,
    status: row.status,
    version: row.version,
    formId: row.form_id,
    givenName: row.given_name,
    familyName: row.family_name,
    email: row.email,
    organization: row.organization,
    category: row.category,
    country: row.country,
    jobTitle: row.job_title,
    wishesToSpeak: row.wishes_to_speak,
    ...(row.speaking_group === null ? {} : { group: row.speaking_group }),
    questionIds: row.question_ids,
    ...(row.accessibility_needs === null ? {} : { accessibilityNeeds: row.accessibility_needs }),
    consent: row.consent,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
